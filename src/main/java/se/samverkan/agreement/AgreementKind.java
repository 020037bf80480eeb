package se.samverkan.agreement;

/** The city-wide agreement, or one district's local agreement under it. */
public enum AgreementKind {
	OVERARCHING, LOCAL
}
