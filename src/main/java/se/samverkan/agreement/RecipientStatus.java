package se.samverkan.agreement;

/** Where a recipient of a referral round stands. */
public enum RecipientStatus {
	PENDING, ANSWERED, OVERDUE
}
