package se.samverkan.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.identity.Role;
import se.samverkan.identity.Scope;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.attention.AttentionItem;
import se.samverkan.platform.attention.AttentionSource;
import se.samverkan.situation.ObservationForms;
import se.samverkan.situation.SituationMaps;

/**
 * The start page: who you are, what you reach, and what needs you. A field reporter finds the
 * observation form first, with their latest reports below it; its map has the neighbourhoods'
 * names, the saved places and the search, as on the report page ({@code ?find=} without JavaScript).
 */
@Controller
class StartController {

	private final AccessPolicy policy;

	private final OrganisationDirectory organisation;

	private final List<AttentionSource> attention;

	private final ObservationForms observationForms;

	private final SituationMaps maps;

	StartController(AccessPolicy policy, OrganisationDirectory organisation, List<AttentionSource> attention,
			ObservationForms observationForms, SituationMaps maps) {
		this.policy = policy;
		this.organisation = organisation;
		this.attention = attention;
		this.observationForms = observationForms;
		this.maps = maps;
	}

	@GetMapping("/")
	String start(@RequestParam(required = false) String find, Model model) {
		Actor actor = CurrentActor.get();
		Scope scope = policy.scope(actor, Action.READ);
		Scope reporting = policy.scope(actor, Action.REPORT_OBSERVATION);
		model.addAttribute("everything", scope.everything());
		model.addAttribute("districts", scope.everything() ? List.of() : districtsIn(scope, reporting));
		if (actor.has(Role.REPORTER) && !reporting.isEmpty()) {
			ObservationForms.Choices choices = observationForms.choicesFor(actor);
			model.addAttribute("form", choices);
			maps.addTo(model, actor, choices.districts().stream().map(OrganisationalUnit::id).toList(),
					java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")), find);
			model.addAttribute("recentReports", observationForms.recentReportsOf(actor));
			model.addAttribute("returnTo", "start");
			model.addAttribute("errors", Map.of());
		}
		List<AttentionItem> items = new ArrayList<>();
		var roles = actor.roles().stream().map(Enum::name).collect(Collectors.toSet());
		attention.forEach(source -> items.addAll(source.itemsFor(actor.username(), roles, scope.unitIdsOrNull())));
		model.addAttribute("attention", items);
		return "shell/start";
	}

	/** Today's districts the actor works with: those they read and those they report in. */
	private List<OrganisationalUnit> districtsIn(Scope reading, Scope reporting) {
		Set<UUID> units = new LinkedHashSet<>(reading.unitIds());
		units.addAll(reporting.unitIds());
		return organisation.units(units)
			.stream()
			.filter(unit -> unit.type() == UnitType.DISTRICT && unit.validTo() == null)
			.toList();
	}
}
