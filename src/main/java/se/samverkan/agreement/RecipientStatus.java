package se.samverkan.agreement;

/**
 * Where a recipient of a referral round stands. NOT_RECORDED: the round was entered after the
 * fact and this recipient's answer is not known (it may well have answered), so it is not overdue.
 */
public enum RecipientStatus {
	PENDING, ANSWERED, OVERDUE, NOT_RECORDED
}
