package se.samverkan.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A recipient's answer to a referral: its own registry number (diarienummer), case officer
 * (handläggare), the date the answer was decided (for a committee, its meeting), the date of the
 * administration's statement (tjänsteutlåtande), the bodies consulted before, the proposed
 * decision, a summary and the full text.
 */
public record ReferralResponse(UUID id, UUID roundId, UUID unitId, String caseNumber, String caseOfficer,
		LocalDate decisionDate, LocalDate meetingDate, String proposedDecision, String summary, String text,
		String recordedBy, OffsetDateTime recordedAt, LocalDate statementDate, List<Consultation> consultations) {

	public ReferralResponse {
		consultations = consultations == null ? List.of() : List.copyOf(consultations);
	}

	/** A body that saw the matter before the answer (e.g. the pensioners' council), and when. */
	public record Consultation(LocalDate date, String body) {
	}
}
