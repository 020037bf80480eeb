package se.samverkan.organisation;

/** The kinds of organisational unit. */
public enum UnitType {
	DISTRICT, CENTRAL_OFFICE, COMMITTEE, COMPANY, POLICE_REGION, POLICE_AREA, LOCAL_POLICE_AREA
}
