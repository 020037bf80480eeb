package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a user writes in a local agreement. {@code partyUnitIds} may be left empty: the district and
 * the local police areas covering it are then the parties.
 */
public record LocalAgreementInput(String title, UUID districtId, List<UUID> partyUnitIds, LocalDate validFrom,
		LocalDate validTo, List<FocusAreaInput> focusAreas, List<NotAddressed> notAddressed) {

	public record FocusAreaInput(String title, UUID priorityAreaId, String description) {
	}

	public LocalAgreementInput {
		partyUnitIds = partyUnitIds == null ? List.of() : partyUnitIds;
		focusAreas = focusAreas == null ? List.of() : focusAreas;
		notAddressed = notAddressed == null ? List.of() : notAddressed;
	}
}
