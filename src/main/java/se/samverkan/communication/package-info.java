/**
 * Joint communication (DESIGN.md, "Joint communication"): the City of Stockholm and Police Region
 * Stockholm strive to communicate jointly on matters tied to the agreement. Items are drafted by
 * either party's communicators or coordinators, approved once by each party by someone who did not
 * write the text (an edit voids the approvals), and published; external items reach the public
 * pages and the Atom feeds, which also say what is being done in each district.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Communication")
package se.samverkan.communication;
