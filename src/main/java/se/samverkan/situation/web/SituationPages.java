package se.samverkan.situation.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.identity.Scope;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.web.PageOf;
import se.samverkan.platform.web.ProblemMessages;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.situation.CityOverview;
import se.samverkan.situation.DistrictOverview;
import se.samverkan.situation.OverviewPeriod;
import se.samverkan.situation.ImportJobs;
import se.samverkan.situation.NewObservation;
import se.samverkan.situation.Observation;
import se.samverkan.situation.ObservationCategory;
import se.samverkan.situation.ObservationForms;
import se.samverkan.situation.ObservationReporting;
import se.samverkan.situation.Observations;
import se.samverkan.situation.SituationMaps;
import se.samverkan.situation.Place;
import se.samverkan.situation.PlaceManagement;
import se.samverkan.situation.PoliceEventImport;
import se.samverkan.situation.Position;
import se.samverkan.situation.WeekChart;

/** Reporting, the district overview with its map, places, imports and police events. */
@Controller
class SituationPages {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A report sent from the start page goes back there, where the reporter's latest reports are listed. */
	private static final String RETURN_TO_START = "start";

	private final ObservationReporting reporting;

	private final DistrictOverview overview;

	private final PlaceManagement places;

	private final ImportJobs imports;

	private final PoliceEventImport policeEvents;

	private final OrganisationDirectory organisation;

	private final AccessPolicy policy;

	private final ProblemMessages messages;

	private final SituationMaps maps;

	private final String tileUrl;

	private final CityOverview cityOverview;

	private final ObservationForms forms;

	SituationPages(ObservationReporting reporting, DistrictOverview overview, PlaceManagement places, ImportJobs imports,
			PoliceEventImport policeEvents, OrganisationDirectory organisation, AccessPolicy policy,
			ProblemMessages messages, @Value("${samverkan.map.tile-url:}") String tileUrl, CityOverview cityOverview,
			ObservationForms forms, SituationMaps maps) {
		this.cityOverview = cityOverview;
		this.reporting = reporting;
		this.overview = overview;
		this.places = places;
		this.imports = imports;
		this.policeEvents = policeEvents;
		this.organisation = organisation;
		this.policy = policy;
		this.messages = messages;
		this.maps = maps;
		this.tileUrl = tileUrl;
		this.forms = forms;
	}

	@GetMapping("/situation")
	String index(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("districts", districtsIn(policy.scope(actor, Action.READ)));
		model.addAttribute("mayReport", !policy.scope(actor, Action.REPORT_OBSERVATION).isEmpty());
		model.addAttribute("mayReadCity", cityOverview.mayRead(actor));
		model.addAttribute("mayReadPictures", !policy.scope(actor, Action.READ).isEmpty());
		model.addAttribute("mayImport", !policy.scope(actor, Action.REPORT_OBSERVATION).isEmpty()
				&& !actor.roles().equals(java.util.Set.of(se.samverkan.identity.Role.REPORTER)));
		return "situation/index";
	}

	@GetMapping("/observations/new")
	String reportForm(@RequestParam(required = false) String find, Model model) {
		return reportForm(model, null, Map.of(), find);
	}

	@PostMapping("/observations")
	String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
			@RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
			@RequestParam(required = false) UUID placeId, @RequestParam(required = false) UUID districtId,
			@RequestParam(required = false) String categoryCode, @RequestParam(required = false) Integer severity,
			@RequestParam(required = false) String description, @RequestParam(required = false) String proposedMeasure,
			@RequestParam(required = false) String spot, @RequestParam(required = false) String returnTo, Model model,
			RedirectAttributes redirect) {
		NewObservation input = new NewObservation(occurredAt == null ? null : occurredAt.atZone(STOCKHOLM).toOffsetDateTime(),
				new Position(lat, lon), placeId, districtId, categoryCode, severity, description, proposedMeasure, null, spot);
		try {
			Observation saved = reporting.report(CurrentActor.get(), input, "FORM");
			String where = organisation.unit(saved.districtId()).map(OrganisationalUnit::name).orElse("")
					+ (saved.neighbourhood() == null ? "" : ", " + saved.neighbourhood());
			redirect.addFlashAttribute("notice", messages.of("observation.notice.saved", where));
			return RETURN_TO_START.equals(returnTo) ? "redirect:/" : "redirect:/observations/new";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("returnTo", RETURN_TO_START.equals(returnTo) ? RETURN_TO_START : null);
			return reportForm(model, input, FieldProblem.byField(invalid.fieldProblems()), null);
		}
	}

	private String reportForm(Model model, NewObservation entered, Map<String, String> errors, String find) {
		Actor actor = CurrentActor.get();
		ObservationForms.Choices choices = forms.choicesFor(actor);
		model.addAttribute("entered", entered);
		model.addAttribute("errors", errors);
		model.addAttribute("form", choices);
		maps.addTo(model, actor, choices.districts().stream().map(OrganisationalUnit::id).toList(),
				LocalDate.now(STOCKHOLM), find);
		return "situation/report";
	}

	@GetMapping("/districts/{id}/overview")
	String overview(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String categoryCode, @RequestParam(required = false) String find,
			Model model) {
		Actor actor = CurrentActor.get();
		OrganisationalUnit district = organisation.unit(id)
			.filter(unit -> unit.type() == UnitType.DISTRICT)
			.orElseThrow(() -> new NotFound("district", id));
		OverviewPeriod period = OverviewPeriod.lenient(from, to, LocalDate.now(STOCKHOLM));
		LocalDate start = period.first();
		LocalDate end = period.last();
		String clean = FieldChecks.clean(categoryCode);
		String category = reporting.categories().stream().anyMatch(c -> c.code().equals(clean)) ? clean : null;
		DistrictOverview.Overview figures = overview.overview(actor, id, start, end, category);
		PageOf<Observation> points = reporting.find(actor, new Observations.Filter(id,
				start.atStartOfDay(STOCKHOLM).toOffsetDateTime(), end.plusDays(1).atStartOfDay(STOCKHOLM).toOffsetDateTime(),
				category, null, null, null), 0, 500);
		Map<String, String> categoryNames = new LinkedHashMap<>();
		reporting.categories().forEach(c -> categoryNames.put(c.code(), c.name()));
		model.addAttribute("district", district);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("categoryCode", category);
		model.addAttribute("categories", reporting.categories());
		model.addAttribute("categoryNames", categoryNames);
		model.addAttribute("overview", figures);
		model.addAttribute("chart", WeekChart.of(figures.byWeek(), start, end));
		model.addAttribute("pointsJson", JSON.writeValueAsString(points.items()
			.stream()
			.filter(o -> o.lat() != null)
			.map(o -> List.of(o.lat(), o.lon(), categoryNames.getOrDefault(o.categoryCode(), o.categoryCode())))
			.toList()));
		model.addAttribute("hotspotsJson", JSON.writeValueAsString(figures.hotspots()));
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("predecessorNames", organisation.units(figures.countedDistrictIds())
			.stream()
			.filter(unit -> !unit.id().equals(id))
			.map(OrganisationalUnit::name)
			.toList());
		model.addAttribute("listLink", ObservationListPage.link(id, start, end, category, null));
		Map<String, String> statusLinks = new LinkedHashMap<>();
		figures.byStatus().forEach(s -> statusLinks.put(s.status(), ObservationListPage.link(id, start, end, category, s.status())));
		model.addAttribute("statusLinks", statusLinks);
		model.addAttribute("mayReadCity", cityOverview.mayRead(actor));
		maps.addTo(model, actor, List.of(id), end, find);
		return "situation/overview";
	}

	@GetMapping("/places")
	String places(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("places", places.find(actor, null));
		model.addAttribute("districtNames", districtNames());
		model.addAttribute("mayCreate", !policy.scope(actor, Action.EDIT_LOCAL).isEmpty());
		return "situation/places";
	}

	@GetMapping("/places/{id}")
	String place(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Place place = places.get(actor, id);
		model.addAttribute("place", place);
		model.addAttribute("districtName", districtNames().get(place.districtId()));
		model.addAttribute("observations", reporting.find(actor,
				new Observations.Filter(null, null, null, null, id, null, null), 0, 100).items());
		Map<String, String> categoryNames = new LinkedHashMap<>();
		reporting.categories().forEach(c -> categoryNames.put(c.code(), c.name()));
		model.addAttribute("categoryNames", categoryNames);
		return "situation/place";
	}

	@GetMapping("/places/new")
	String newPlace(Model model) {
		return placeForm(model, null, Map.of());
	}

	@PostMapping("/places")
	String createPlace(@RequestParam(required = false) String name, @RequestParam(required = false) UUID districtId,
			@RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
			@RequestParam(required = false) List<String> tags, Model model, RedirectAttributes redirect) {
		var input = new PlaceManagement.PlaceInput(name, districtId, new Position(lat, lon), tags, null);
		try {
			Place place = places.create(CurrentActor.get(), input);
			redirect.addFlashAttribute("notice", messages.of("place.notice.saved"));
			return "redirect:/places/" + place.id();
		}
		catch (InvalidInput invalid) {
			return placeForm(model, input, FieldProblem.byField(invalid.fieldProblems()));
		}
	}

	private String placeForm(Model model, PlaceManagement.PlaceInput entered, Map<String, String> errors) {
		model.addAttribute("entered", entered);
		model.addAttribute("errors", errors);
		model.addAttribute("districts", districtsIn(policy.scope(CurrentActor.get(), Action.EDIT_LOCAL)));
		model.addAttribute("tags", Place.TAGS);
		return "situation/place-form";
	}

	@GetMapping("/observations/import")
	String importForm(Model model) {
		return "situation/import";
	}

	@PostMapping("/observations/import")
	String startImport(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		imports.requireMayImport(CurrentActor.get());
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", messages.of("import.empty"));
			return "situation/import";
		}
		Path copy = Files.createTempFile("samverkan-upload", ".csv");
		try (var in = file.getInputStream()) {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
		}
		UUID job = imports.start(CurrentActor.get(), copy, file.getOriginalFilename());
		return "redirect:/imports/" + job;
	}

	@GetMapping("/imports/{id}")
	String importJob(@PathVariable UUID id, Model model) {
		model.addAttribute("job", imports.job(id, CurrentActor.get().username()).orElseThrow(() -> new NotFound("import", id)));
		return "situation/import-job";
	}

	@GetMapping("/imports/{id}/status")
	String importStatus(@PathVariable UUID id, Model model) {
		model.addAttribute("job", imports.job(id, CurrentActor.get().username()).orElseThrow(() -> new NotFound("import", id)));
		return "situation/import-job :: status";
	}

	@GetMapping("/police-events")
	String policeEvents(Model model) {
		model.addAttribute("city", policeEvents.at("Stockholm", 200));
		model.addAttribute("county", policeEvents.at("Stockholms län", 200));
		return "situation/police-events";
	}

	private List<OrganisationalUnit> districtsIn(Scope scope) {
		return forms.districtsIn(scope);
	}

	private Map<UUID, String> districtNames() {
		Map<UUID, String> names = new LinkedHashMap<>();
		organisation.units(UnitType.DISTRICT, null, LocalDate.now(STOCKHOLM)).forEach(d -> names.put(d.id(), d.name()));
		return names;
	}


}
