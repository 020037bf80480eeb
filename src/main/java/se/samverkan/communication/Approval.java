package se.samverkan.communication;

import java.time.OffsetDateTime;

/**
 * One party's approval of one revision of the text. An edit voids it ({@code voidedAt}); it is
 * kept, so the approver can be shown what changed since.
 */
public record Approval(String party, String username, String displayName, OffsetDateTime approvedAt, int revision,
		OffsetDateTime voidedAt) {

	public boolean standing() {
		return voidedAt == null;
	}

	Approval voided(OffsetDateTime at) {
		return standing() ? new Approval(party, username, displayName, approvedAt, revision, at) : this;
	}
}
