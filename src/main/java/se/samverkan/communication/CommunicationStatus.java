package se.samverkan.communication;

/**
 * DRAFT until each party has approved it, then APPROVED; PUBLISHED by hand or on its planned date;
 * WITHDRAWN with a reason, after which it stays in the history only.
 */
public enum CommunicationStatus {
	DRAFT, APPROVED, PUBLISHED, WITHDRAWN
}
