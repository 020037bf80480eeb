/**
 * The overarching agreement between the city and the police and its versions, the priority areas,
 * the local agreements of the districts with their focus areas and two-party signing, the
 * four-year revision cycle, and referral rounds (remiss) with the recipients' responses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreement")
package se.samverkan.agreement;
