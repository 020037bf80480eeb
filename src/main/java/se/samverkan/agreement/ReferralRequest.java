package se.samverkan.agreement;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One request (yrkande) in an answer to a referral round, entered by the sender as an item to
 * decide: accepted or rejected, with the reason, before the draft is signed. {@code decision} null:
 * not yet decided.
 */
public record ReferralRequest(UUID id, UUID roundId, UUID responseId, int ordinal, String text, Decision decision,
		String reason, String decidedBy, OffsetDateTime decidedAt, String createdBy, OffsetDateTime createdAt,
		int version) {

	public enum Decision {
		ACCEPTED, REJECTED
	}

	public boolean isDecided() {
		return decision != null;
	}
}
