package se.samverkan.organisation;

/** What kind of body a {@link Partner} is. */
public enum PartnerKind {
	HOUSING_COMPANY, SCHOOL, SECURITY_COMPANY, BUSINESS, CIVIL_SOCIETY, PUBLIC_AUTHORITY, OTHER
}
