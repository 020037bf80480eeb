package se.samverkan.governance;

import java.util.UUID;

/**
 * What a decision is about: a situation picture or an action plan of a district (or of the whole
 * city, {@code districtId} null), by a party or jointly ({@code authorParty} CITY, POLICE, JOINT,
 * or null for an item of the collaboration as a whole), and the text used when none is given.
 */
public record DecisionSubject(String type, UUID id, UUID districtId, String authorParty, String defaultText) {

	public static final String SITUATION_PICTURE = "SITUATION_PICTURE";

	public static final String ACTION_PLAN = "ACTION_PLAN";

	public boolean isJoint() {
		return "JOINT".equals(authorParty);
	}

	/** A party's own item: only members of that party decide on it. */
	public boolean isOneParty() {
		return authorParty != null && !isJoint();
	}
}
