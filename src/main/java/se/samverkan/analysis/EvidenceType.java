package se.samverkan.analysis;

/** What a piece of evidence for a problem is. */
public enum EvidenceType {
	OBSERVATION, INDICATOR, SITUATION_PICTURE
}
