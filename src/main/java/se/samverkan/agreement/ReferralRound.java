package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A referral round (remissomgång): a draft agreement version sent to named bodies for their
 * statements by a due date, under the sender's registry number (e.g. KS 2023/740). A round
 * {@code recordedAfterTheFact} was entered from the documents afterwards: only the answers known
 * then are in it.
 */
public record ReferralRound(UUID id, String caseNumber, String title, UUID agreementId, LocalDate sentOn,
		LocalDate dueDate, List<String> documents, List<UUID> recipientUnitIds, boolean recordedAfterTheFact,
		int version) {

	/**
	 * Answered once a response is recorded; without one, not recorded in a round entered after the
	 * fact, otherwise overdue when the due date has passed.
	 */
	public RecipientStatus statusOf(UUID unitId, Collection<ReferralResponse> responses, LocalDate today) {
		if (responses.stream().anyMatch(response -> response.unitId().equals(unitId))) {
			return RecipientStatus.ANSWERED;
		}
		if (recordedAfterTheFact) {
			return RecipientStatus.NOT_RECORDED;
		}
		return today.isAfter(dueDate) ? RecipientStatus.OVERDUE : RecipientStatus.PENDING;
	}

	public boolean isRecipient(UUID unitId) {
		return recipientUnitIds.contains(unitId);
	}
}
