package se.samverkan.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A recipient's answer to a referral: its own registry number (diarienummer), case officer
 * (handläggare), the date of the statement, the meeting that decides it, the proposed decision,
 * a summary and the full text.
 */
public record ReferralResponse(UUID id, UUID roundId, UUID unitId, String caseNumber, String caseOfficer,
		LocalDate decisionDate, LocalDate meetingDate, String proposedDecision, String summary, String text,
		String recordedBy, OffsetDateTime recordedAt) {
}
