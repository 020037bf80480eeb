package se.samverkan.analysis.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.organisation.OrganisationalUnit;

/** The focus areas a problem may belong to: those of the districts' local agreements in force. */
@Component
class FocusAreaChoices {

	private final AgreementManagement agreements;

	FocusAreaChoices(AgreementManagement agreements) {
		this.agreements = agreements;
	}

	/** Each focus area by id, labelled with its district and priority area. */
	Map<UUID, String> of(List<OrganisationalUnit> districts) {
		Map<UUID, String> choices = new LinkedHashMap<>();
		Map<UUID, String> areaNames = agreements.currentPriorityAreas()
			.stream()
			.collect(Collectors.toMap(PriorityArea::id, PriorityArea::name, (a, b) -> a));
		for (OrganisationalUnit district : districts) {
			agreements.localAgreementOf(district.id())
				.ifPresent(agreement -> agreement.focusAreas()
					.forEach(focus -> choices.put(focus.id(), district.name() + ": " + focus.title() + " ("
							+ areaNames.getOrDefault(focus.priorityAreaId(), "") + ")")));
		}
		return choices;
	}
}
