package se.samverkan.agreement.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.FocusArea;
import se.samverkan.agreement.NotAddressed;
import se.samverkan.agreement.PriorityArea;

/** An agreement as the API shows it (API.md, "Agreements and referral rounds"). */
record AgreementResponse(UUID id, String kind, String title, String goal, UUID districtId, List<UUID> partyUnitIds,
		LocalDate validFrom, LocalDate validTo, int revisionIntervalYears, LocalDate nextRevisionDue,
		List<UUID> priorityAreaIds, List<FocusArea> focusAreas, List<NotAddressed> notAddressed, String status,
		List<SignatureResponse> signatures, UUID supersedesId, int version) {

	record SignatureResponse(String party, String signedBy, OffsetDateTime signedAt, String note) {
	}

	static AgreementResponse of(Agreement agreement, List<PriorityArea> areas) {
		return new AgreementResponse(agreement.id(), agreement.kind().name(), agreement.title(), agreement.goal(),
				agreement.districtId(), agreement.partyUnitIds(), agreement.validFrom(), agreement.validTo(),
				agreement.revisionIntervalYears(), agreement.nextRevisionDue(), areas.stream().map(PriorityArea::id).toList(),
				agreement.focusAreas(), agreement.notAddressed(), agreement.status().name(), agreement.signatures()
					.stream()
					.map(signature -> new SignatureResponse(signature.party(), signature.signedBy(), signature.signedAt(),
							signature.note()))
					.toList(),
				agreement.supersedesId(), agreement.version());
	}
}
