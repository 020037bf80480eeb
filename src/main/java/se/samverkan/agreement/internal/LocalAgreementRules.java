package se.samverkan.agreement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.samverkan.agreement.FocusArea;
import se.samverkan.agreement.LocalAgreementInput;
import se.samverkan.agreement.NotAddressed;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.organisation.Coverage;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.FieldChecks;

/**
 * Checks a local agreement as written and works out its parties. Every problem is collected, so
 * the user sees all of them at once.
 */
public final class LocalAgreementRules {

	private final OrganisationDirectory organisation;

	private final List<PriorityArea> priorityAreas;

	private final FieldChecks checks = new FieldChecks();

	public LocalAgreementRules(OrganisationDirectory organisation, List<PriorityArea> priorityAreas) {
		this.organisation = organisation;
		this.priorityAreas = priorityAreas;
	}

	public record Checked(Map<UUID, String> partyUnits, List<FocusArea> focusAreas, List<NotAddressed> notAddressed) {
	}

	public Checked check(LocalAgreementInput input) {
		new FieldChecks().noNulls("focusAreas", input.focusAreas())
			.noNulls("notAddressed", input.notAddressed())
			.noNulls("partyUnitIds", input.partyUnitIds())
			.throwIfAny();
		checks.text("title", input.title(), true, 300);
		checks.required("validFrom", input.validFrom(), "Ange från vilket datum överenskommelsen gäller.")
			.notBefore("validTo", input.validTo(), input.validFrom(), "Slutdatum kan inte ligga före startdatum.");
		Map<UUID, String> parties = parties(input);
		Set<UUID> known = new HashSet<>(priorityAreas.stream().map(PriorityArea::id).toList());
		List<FocusArea> focus = new ArrayList<>();
		Set<UUID> withFocus = new HashSet<>();
		for (int i = 0; i < input.focusAreas().size(); i++) {
			var area = input.focusAreas().get(i);
			String field = "focusAreas[" + i + "]";
			checks.text(field + ".title", area.title(), true, 300);
			checks.text(field + ".description", area.description(), false, 4000);
			if (area.priorityAreaId() == null || !known.contains(area.priorityAreaId())) {
				checks.problem(field + ".priorityAreaId", "unknown", "Välj ett av de prioriterade samverkansområdena.");
			}
			withFocus.add(area.priorityAreaId());
			focus.add(new FocusArea(UUID.randomUUID(), FieldChecks.clean(area.title()), area.priorityAreaId(), FieldChecks.clean(area.description())));
		}
		List<NotAddressed> reasons = new ArrayList<>();
		Set<UUID> withReason = new HashSet<>();
		for (int i = 0; i < input.notAddressed().size(); i++) {
			var reason = input.notAddressed().get(i);
			String field = "notAddressed[" + i + "]";
			checks.text(field + ".reason", reason.reason(), true, 4000);
			if (reason.priorityAreaId() == null || !known.contains(reason.priorityAreaId())) {
				checks.problem(field + ".priorityAreaId", "unknown", "Välj ett av de prioriterade samverkansområdena.");
			}
			else if (withFocus.contains(reason.priorityAreaId())) {
				checks.problem(field + ".priorityAreaId", "conflict",
						"Området har redan ett fokusområde; ett skäl behövs bara när det saknas.");
			}
			else if (!withReason.add(reason.priorityAreaId())) {
				checks.problem(field + ".priorityAreaId", "duplicate", "Området har redan ett skäl.");
			}
			reasons.add(new NotAddressed(reason.priorityAreaId(), FieldChecks.clean(reason.reason())));
		}
		checks.throwIfAny();
		return new Checked(parties, focus, reasons);
	}

	/**
	 * The parties: always the district, and at least one local police area covering it when the
	 * agreement starts (all of them when the list is left empty). A local agreement is between the
	 * district and the police (the 2024 agreement, law 2023:196), so a list that names no covering
	 * police area is refused rather than drafted as an agreement one party could sign alone.
	 */
	private Map<UUID, String> parties(LocalAgreementInput input) {
		Map<UUID, String> parties = new LinkedHashMap<>();
		if (input.districtId() == null) {
			checks.problem("districtId", "required", "Välj stadsdelsområde.");
			return parties;
		}
		OrganisationalUnit district = organisation.unit(input.districtId()).orElse(null);
		if (district == null || district.type() != UnitType.DISTRICT) {
			checks.problem("districtId", "unknown", "Det finns inget sådant stadsdelsområde.");
			return parties;
		}
		LocalDate on = input.validFrom() != null ? input.validFrom() : LocalDate.now();
		List<OrganisationalUnit> covering = organisation.coverage(district.id(), on)
			.stream()
			.map(Coverage::unit)
			.filter(unit -> unit.type() == UnitType.LOCAL_POLICE_AREA)
			.toList();
		parties.put(district.id(), district.party());
		if (input.partyUnitIds().isEmpty()) {
			covering.forEach(unit -> parties.put(unit.id(), unit.party()));
		}
		else {
			Set<UUID> allowed = new HashSet<>(covering.stream().map(OrganisationalUnit::id).toList());
			allowed.add(district.id());
			List<OrganisationalUnit> named = organisation.units(input.partyUnitIds());
			for (OrganisationalUnit unit : named) {
				if (!allowed.contains(unit.id())) {
					checks.problem("partyUnitIds", "not-covering",
							unit.name() + " täcker inte " + district.name() + " det datum överenskommelsen börjar gälla.");
				}
				parties.put(unit.id(), unit.party());
			}
			if (named.size() != new HashSet<>(input.partyUnitIds()).size()) {
				checks.problem("partyUnitIds", "unknown", "En av parterna finns inte.");
			}
		}
		boolean withPolice = covering.stream().anyMatch(unit -> parties.containsKey(unit.id()));
		if (!withPolice) {
			checks.problem("partyUnitIds", "missing-party", covering.isEmpty()
					? "Inget lokalpolisområde täcker " + district.name() + " det datum överenskommelsen börjar gälla."
					: "En lokal överenskommelse har två parter: ange minst ett av de lokalpolisområden som täcker "
							+ district.name() + ".");
		}
		return parties;
	}

}
