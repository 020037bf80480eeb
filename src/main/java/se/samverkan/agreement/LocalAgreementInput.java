package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a user writes in a local agreement. {@code partyUnitIds} may be left empty: the district and
 * the local police areas covering it are then the parties. {@code situationPictureId}: the
 * district's situation picture the focus areas rest on.
 */
public record LocalAgreementInput(String title, UUID districtId, List<UUID> partyUnitIds, LocalDate validFrom,
		LocalDate validTo, List<FocusAreaInput> focusAreas, List<NotAddressed> notAddressed, UUID situationPictureId) {

	/** {@code id}: an existing focus area of the agreement being changed, kept under the same id. */
	public record FocusAreaInput(String title, UUID priorityAreaId, String description, UUID id) {

		public FocusAreaInput(String title, UUID priorityAreaId, String description) {
			this(title, priorityAreaId, description, null);
		}
	}

	public LocalAgreementInput {
		partyUnitIds = partyUnitIds == null ? List.of() : partyUnitIds;
		focusAreas = focusAreas == null ? List.of() : focusAreas;
		notAddressed = notAddressed == null ? List.of() : notAddressed;
	}

	public LocalAgreementInput(String title, UUID districtId, List<UUID> partyUnitIds, LocalDate validFrom,
			LocalDate validTo, List<FocusAreaInput> focusAreas, List<NotAddressed> notAddressed) {
		this(title, districtId, partyUnitIds, validFrom, validTo, focusAreas, notAddressed, null);
	}
}
