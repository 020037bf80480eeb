package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A referral round (remissomgång): a draft agreement version sent to named bodies for their
 * statements by a due date, under the sender's registry number (e.g. KS 2023/740).
 */
public record ReferralRound(UUID id, String caseNumber, String title, UUID agreementId, LocalDate sentOn,
		LocalDate dueDate, List<String> documents, List<UUID> recipientUnitIds, int version) {

	/** Answered once a response is recorded; overdue when the due date has passed without one. */
	public RecipientStatus statusOf(UUID unitId, Collection<ReferralResponse> responses, LocalDate today) {
		if (responses.stream().anyMatch(response -> response.unitId().equals(unitId))) {
			return RecipientStatus.ANSWERED;
		}
		return today.isAfter(dueDate) ? RecipientStatus.OVERDUE : RecipientStatus.PENDING;
	}

	public boolean isRecipient(UUID unitId) {
		return recipientUnitIds.contains(unitId);
	}
}
