package se.samverkan.situation.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.web.PageOf;
import se.samverkan.platform.web.ProblemMessages;
import se.samverkan.situation.Observation;
import se.samverkan.situation.ObservationHandling;
import se.samverkan.situation.ObservationReporting;
import se.samverkan.situation.ObservationStatus;
import se.samverkan.situation.Observations;
import se.samverkan.situation.PlaceManagement;

/**
 * A district's observations to work through: filtered by period, category, status, neighbourhood
 * and place, a page at a time, each opening to its details where the district's coordinators
 * mark it handled or forwarded with a note.
 */
@Controller
class ObservationListPage {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	static final int PAGE_SIZE = 50;

	private final ObservationReporting reporting;

	private final ObservationHandling handling;

	private final PlaceManagement places;

	private final OrganisationDirectory organisation;

	private final ProblemMessages messages;

	private final AccessPolicy policy;

	ObservationListPage(ObservationReporting reporting, ObservationHandling handling, PlaceManagement places,
			OrganisationDirectory organisation, ProblemMessages messages, AccessPolicy policy) {
		this.policy = policy;
		this.reporting = reporting;
		this.handling = handling;
		this.places = places;
		this.organisation = organisation;
		this.messages = messages;
	}

	/** The list of a district's observations with these filters (any may be null). */
	static String link(UUID districtId, LocalDate from, LocalDate to, String categoryCode, String status) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/districts/{id}/observations");
		if (from != null) {
			link.queryParam("from", from);
		}
		if (to != null) {
			link.queryParam("to", to);
		}
		if (categoryCode != null) {
			link.queryParam("categoryCode", categoryCode);
		}
		if (status != null) {
			link.queryParam("status", status);
		}
		return link.buildAndExpand(districtId).toUriString();
	}

	@GetMapping("/districts/{id}/observations")
	String list(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String categoryCode, @RequestParam(required = false) String status,
			@RequestParam(required = false) String neighbourhood, @RequestParam(required = false) UUID placeId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		OrganisationalUnit district = district(id);
		Filters filters = new Filters(from, to, known(categoryCode), status(status), FieldChecks.clean(neighbourhood), placeId);
		PageOf<Observation> found = reporting.find(actor, new Observations.Filter(id,
				from == null ? null : from.atStartOfDay(STOCKHOLM).toOffsetDateTime(),
				to == null ? null : to.plusDays(1).atStartOfDay(STOCKHOLM).toOffsetDateTime(), filters.categoryCode(),
				placeId, null, null, filters.status(), filters.neighbourhood()), Math.max(0, page), PAGE_SIZE);
		model.addAttribute("district", district);
		model.addAttribute("filters", filters);
		model.addAttribute("found", found);
		model.addAttribute("categories", reporting.categories());
		model.addAttribute("categoryNames", categoryNames());
		model.addAttribute("statuses", ObservationStatus.values());
		model.addAttribute("neighbourhoods", organisation.neighbourhoodNames(organisation.lineage(id)));
		model.addAttribute("places", places.find(actor, id));
		model.addAttribute("previousPage", found.page() > 0 ? pageLink(id, filters, found.page() - 1) : null);
		model.addAttribute("nextPage",
				(long) (found.page() + 1) * found.size() < found.totalItems() ? pageLink(id, filters, found.page() + 1) : null);
		model.addAttribute("firstShown", found.items().isEmpty() ? 0 : (long) found.page() * found.size() + 1);
		model.addAttribute("lastShown", (long) found.page() * found.size() + found.items().size());
		return "situation/observations";
	}

	/** The filters as the page shows them again. */
	record Filters(LocalDate from, LocalDate to, String categoryCode, String status, String neighbourhood, UUID placeId) {
	}

	@GetMapping("/observations/{id}")
	String observation(@PathVariable UUID id, Model model) {
		return observationPage(id, model, null, Map.of());
	}

	@PostMapping("/observations/{id}/status")
	String changeStatus(@PathVariable UUID id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String note, @RequestParam(required = false) Integer version, Model model,
			RedirectAttributes redirect) {
		try {
			Observation changed = handling.changeStatus(CurrentActor.get(), id, status, note, version);
			redirect.addFlashAttribute("notice",
					messages.of("observation.notice.status", messages.of("observation.status." + changed.status())));
			return "redirect:/observations/" + id;
		}
		catch (InvalidInput invalid) {
			return observationPage(id, model, new Entered(status, note), FieldProblem.byField(invalid.fieldProblems()));
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return observationPage(id, model, new Entered(status, note), Map.of());
		}
	}

	/** What the user chose and typed, shown again when the change was refused. */
	record Entered(String status, String note) {
	}

	private String observationPage(UUID id, Model model, Entered entered, Map<String, String> errors) {
		Actor actor = CurrentActor.get();
		Observation observation = reporting.get(actor, id);
		model.addAttribute("observation", observation);
		model.addAttribute("districtName", organisation.unit(observation.districtId()).map(OrganisationalUnit::name).orElse(""));
		model.addAttribute("placeName", placeName(actor, observation.placeId()));
		model.addAttribute("categoryNames", categoryNames());
		model.addAttribute("changes", reporting.statusChanges(actor, id));
		model.addAttribute("mayHandle", handling.mayHandle(actor, observation));
		model.addAttribute("nextStatuses", ObservationStatus.valueOf(observation.status()).next().stream().map(Enum::name).toList());
		model.addAttribute("entered", entered);
		model.addAttribute("errors", errors);
		model.addAttribute("mayReadList", policy.allows(actor, Action.READ, observation.districtId()));
		return "situation/observation";
	}

	private String placeName(Actor actor, UUID placeId) {
		try {
			return placeId == null ? null : places.get(actor, placeId).name();
		}
		catch (Forbidden | NotFound hidden) {
			return null;
		}
	}

	private OrganisationalUnit district(UUID id) {
		return organisation.unit(id).filter(unit -> unit.type() == UnitType.DISTRICT).orElseThrow(() -> new NotFound("district", id));
	}

	private String known(String categoryCode) {
		String clean = FieldChecks.clean(categoryCode);
		return reporting.categories().stream().anyMatch(category -> category.code().equals(clean)) ? clean : null;
	}

	private static String status(String status) {
		ObservationStatus parsed = ObservationStatus.parse(FieldChecks.clean(status));
		return parsed == null ? null : parsed.name();
	}

	private Map<String, String> categoryNames() {
		Map<String, String> names = new LinkedHashMap<>();
		reporting.categories().forEach(category -> names.put(category.code(), category.name()));
		return names;
	}

	private static String pageLink(UUID id, Filters filters, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromUriString(link(id, filters.from(), filters.to(),
				filters.categoryCode(), filters.status()));
		if (filters.neighbourhood() != null) {
			link.queryParam("neighbourhood", filters.neighbourhood());
		}
		if (filters.placeId() != null) {
			link.queryParam("placeId", filters.placeId());
		}
		return link.queryParam("page", page).encode().toUriString();
	}
}
