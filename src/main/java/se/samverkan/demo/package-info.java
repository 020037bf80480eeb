/**
 * A living demo year for the embedded default with demo data on: generated observations in
 * Södermalm and Farsta, the police's real events sample, an established situation picture,
 * problems with cause trees, a signed local agreement and this year's action plan with activities
 * in several states. Made through the modules' own services, so it obeys their rules; everything
 * made is listed in {@code demo_record}. Never loaded on an external database or in prod.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package se.samverkan.demo;
