package se.samverkan.notification;

/** What a notification is about. */
public enum NotificationType {
	/** A follow-up report is due by the reporting calendar and not yet submitted. */
	REPORT_DUE,
	/** An activity is past its end date and neither done nor cancelled. */
	ACTIVITY_LATE,
	/** A referral round's answer from the user's unit is due within 7 days. */
	REFERRAL_DUE,
	/** An agreement's revision falls due within 6 months. */
	AGREEMENT_REVISION_DUE,
	/** A report was submitted and awaits the user's acknowledgement. */
	AWAITING_DECISION,
	/** The user's report was returned with a comment. */
	REPORT_RETURNED,
	/** The user's report was acknowledged. */
	REPORT_ACKNOWLEDGED,
	/** The yearly compilation was published. */
	COMPILATION_PUBLISHED,
	/** Activities are proposed for carrying over into the district's next plan. */
	CARRY_OVER_PROPOSED,
	/** Something (joint communication) awaits the user's approval. */
	AWAITING_APPROVAL
}
