package se.samverkan.followup;

/** Where a follow-up report stands: written, submitted, then acknowledged or returned for a new version. */
public enum ReportStatus {
	DRAFT, SUBMITTED, ACKNOWLEDGED, RETURNED
}
