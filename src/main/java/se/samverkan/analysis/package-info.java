/**
 * Prioritised problems per district and priority area, with places and evidence, and their root
 * cause analyses after Brå's method: a cause tree of direct and indirect causes, each placed on the
 * problem triangle (offender, victim or target, place, and their handler, guardian, manager) and
 * marked as a risk or a protective factor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analysis")
package se.samverkan.analysis;
