package se.samverkan.agreement;

/** DRAFT -> AWAITING_SIGNATURES (one party has signed) -> SIGNED -> SUPERSEDED (by a newer version). */
public enum AgreementStatus {
	DRAFT, AWAITING_SIGNATURES, SIGNED, SUPERSEDED
}
