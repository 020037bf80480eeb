package se.samverkan.planning;

/** Which party answers for an activity. */
public enum ResponsibleParty {
	CITY, POLICE, JOINT
}
