package se.samverkan.agreement.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.FocusArea;
import se.samverkan.agreement.NotAddressed;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.agreement.RevisionManagement;

/**
 * An agreement as the API shows it (API.md, "Agreements and referral rounds"). For an overarching
 * agreement {@code priorityAreas} lists its areas with the codes of the earlier areas each continues
 * ({@code mapsFrom}); for a revision {@code areaChanges} says what became of each area of the
 * agreement it supersedes. A local agreement made under a superseded overarching agreement has
 * {@code revisionNeeded}; {@code situationPictureId} is the picture its focus areas rest on.
 */
record AgreementResponse(UUID id, String kind, String title, String goal, UUID districtId, List<UUID> partyUnitIds,
		LocalDate validFrom, LocalDate validTo, int revisionIntervalYears, LocalDate nextRevisionDue,
		List<UUID> priorityAreaIds, List<FocusArea> focusAreas, List<NotAddressed> notAddressed, String status,
		List<SignatureResponse> signatures, UUID supersedesId, List<AreaResponse> priorityAreas,
		List<RevisionManagement.AreaChange> areaChanges, boolean revisionNeeded, UUID revisionNeededFor,
		UUID situationPictureId, int version) {

	record SignatureResponse(String party, String signedBy, OffsetDateTime signedAt, String note) {
	}

	record AreaResponse(UUID id, String code, String name, String nameEn, String description, int ordinal,
			List<String> mapsFrom) {
	}

	static AgreementResponse of(Agreement agreement, List<PriorityArea> areas) {
		return of(agreement, areas, java.util.Map.of(), List.of());
	}

	static AgreementResponse of(Agreement agreement, List<PriorityArea> areas, java.util.Map<UUID, List<String>> mapsFrom,
			List<RevisionManagement.AreaChange> changes) {
		boolean overarching = agreement.kind() == se.samverkan.agreement.AgreementKind.OVERARCHING;
		return new AgreementResponse(agreement.id(), agreement.kind().name(), agreement.title(), agreement.goal(),
				agreement.districtId(), agreement.partyUnitIds(), agreement.validFrom(), agreement.validTo(),
				agreement.revisionIntervalYears(), agreement.nextRevisionDue(), areas.stream().map(PriorityArea::id).toList(),
				agreement.focusAreas(), agreement.notAddressed(), agreement.status().name(), agreement.signatures()
					.stream()
					.map(signature -> new SignatureResponse(signature.party(), signature.signedBy(), signature.signedAt(),
							signature.note()))
					.toList(),
				agreement.supersedesId(),
				overarching ? areas.stream()
					.map(area -> new AreaResponse(area.id(), area.code(), area.name(), area.nameEn(), area.description(),
							area.ordinal(), mapsFrom.getOrDefault(area.id(), List.of())))
					.toList() : List.of(),
				changes, agreement.revisionNeeded(), agreement.revisionNeededFor(), agreement.situationPictureId(),
				agreement.version());
	}
}
