package se.samverkan.indicator.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.indicator.Direction;
import se.samverkan.indicator.Frequency;
import se.samverkan.indicator.Indicator;
import se.samverkan.indicator.IndicatorInput;
import se.samverkan.indicator.IndicatorManagement;
import se.samverkan.indicator.IndicatorReading;
import se.samverkan.indicator.IndicatorSource;
import se.samverkan.indicator.IndicatorValue;
import se.samverkan.indicator.MeasurementLevel;
import se.samverkan.indicator.UnitSeries;
import se.samverkan.indicator.ValueInput;
import se.samverkan.indicator.ValueRecording;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.FormValues;
import se.samverkan.platform.web.ProblemMessages;

/** The indicator pages: the list, the definition form, and one indicator with its trends, values and value form. */
@Controller
class IndicatorPages {

	private final IndicatorManagement indicators;

	private final IndicatorReading reading;

	private final ValueRecording recording;

	private final AgreementManagement agreements;

	private final OrganisationDirectory organisation;

	private final ProblemMessages messages;

	IndicatorPages(IndicatorManagement indicators, IndicatorReading reading, ValueRecording recording,
			AgreementManagement agreements, OrganisationDirectory organisation, ProblemMessages messages) {
		this.indicators = indicators;
		this.reading = reading;
		this.recording = recording;
		this.agreements = agreements;
		this.organisation = organisation;
		this.messages = messages;
	}

	@GetMapping("/indicators")
	String list(Model model) {
		Actor actor = CurrentActor.get();
		List<Indicator> all = indicators.find(actor);
		model.addAttribute("indicators", all);
		model.addAttribute("areaLabels", areaLabels(all));
		model.addAttribute("mayEdit", indicators.mayEdit(actor));
		model.addAttribute("mayWrite", recording.mayWriteSome(actor));
		return "indicator/list";
	}

	@GetMapping("/indicators/new")
	String newIndicator(Model model) {
		indicators.find(CurrentActor.get());
		return form(model, null, FormValues.empty().set("direction", "LOWER_IS_BETTER").set("frequency", "YEARLY")
			.set("level", "DISTRICT").set("source", "MANUAL"), Map.of());
	}

	@PostMapping("/indicators")
	String create(@RequestParam MultiValueMap<String, String> values, Model model, RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		try {
			Indicator indicator = indicators.create(CurrentActor.get(), input(form));
			redirect.addFlashAttribute("notice", messages.of("indicator.notice.created"));
			return "redirect:/indicators/" + indicator.id();
		}
		catch (InvalidInput invalid) {
			return form(model, null, form, form.errors(invalid.fieldProblems()));
		}
	}

	@GetMapping("/indicators/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Indicator indicator = indicators.get(CurrentActor.get(), id);
		FormValues form = FormValues.empty()
			.set("code", indicator.code())
			.set("name", indicator.name())
			.set("unit", indicator.unit())
			.set("direction", indicator.direction())
			.set("source", indicator.source())
			.set("sourceRef", indicator.sourceRef())
			.set("level", indicator.level())
			.set("frequency", indicator.frequency())
			.set("definition", indicator.definition())
			.set("limitations", indicator.limitations())
			.set("version", indicator.version())
			.setAll("priorityAreaIds", indicator.priorityAreaIds());
		if (indicator.isPublic()) {
			form.set("public", "true");
		}
		return form(model, indicator, form, Map.of());
	}

	@PostMapping("/indicators/{id}")
	String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		Indicator current = indicators.get(CurrentActor.get(), id);
		try {
			indicators.revise(CurrentActor.get(), id, form.integer("version"), input(form));
			redirect.addFlashAttribute("notice", messages.of("indicator.notice.saved"));
			return "redirect:/indicators/" + id;
		}
		catch (InvalidInput invalid) {
			return form(model, current, form, form.errors(invalid.fieldProblems()));
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return form(model, current, form, Map.of());
		}
	}

	@GetMapping("/indicators/{id}")
	String indicator(@PathVariable UUID id, Model model) {
		return page(id, FormValues.empty(), Map.of(), model);
	}

	@PostMapping("/indicators/{id}/values")
	String addValue(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		String unit = form.text("unitId");
		boolean municipality = unit == null || unit.equals(reading.municipalityCode());
		ValueInput input = new ValueInput(municipality ? null : unit, null, form.text("period"), form.text("value"),
				form.has("approved", "true") ? "APPROVED" : null, form.text("eventCount"), form.text("note"));
		try {
			recording.record(CurrentActor.get(), id, List.of(input));
			redirect.addFlashAttribute("notice", messages.of("indicator.notice.value-saved"));
			return "redirect:/indicators/" + id + "#varden";
		}
		catch (InvalidInput invalid) {
			List<FieldProblem> plain = invalid.fieldProblems()
				.stream()
				.map(problem -> new FieldProblem(problem.field().replace("[0].", ""), problem.code(), problem.message()))
				.toList();
			return page(id, form, form.errors(plain), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm() && problem.fieldProblems().isEmpty()) {
				throw problem;
			}
			model.addAttribute("problem", problem.fieldProblems().isEmpty() ? messages.of(problem)
					: String.join(" ", problem.fieldProblems().stream().map(FieldProblem::message).toList()));
			return page(id, form, Map.of(), model);
		}
	}

	@PostMapping("/indicators/{id}/approve")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		int approved = recording.approve(CurrentActor.get(), id, List.of(), List.of()).size();
		redirect.addFlashAttribute("notice", messages.of("indicator.notice.approved", approved));
		return "redirect:/indicators/" + id + "#varden";
	}

	/** What the trend charts show, as CSV: Swedish Excel's semicolons and decimal commas in Swedish, commas in English. */
	@GetMapping("/indicators/{id}/trend.csv")
	ResponseEntity<byte[]> trendCsv(@PathVariable UUID id) throws IOException {
		IndicatorReading.Trend trend = reading.trend(CurrentActor.get(), id, IndicatorReading.Selection.ALL);
		List<List<Object>> rows = new ArrayList<>();
		for (UnitSeries series : trend.units()) {
			for (IndicatorValue value : series.values()) {
				rows.add(List.of(text(series.unit().code()), series.unit().name(), value.period().code(),
						Exports.number(value.value()), value.state().name(), value.demo() ? "DEMO" : value.origin(),
						series.baseline() == null ? "" : Exports.number(series.baseline().value()),
						series.target() == null ? "" : Exports.number(series.target().value())));
			}
		}
		return Exports.csv(trend.indicator().code() + "-trend.csv",
				List.of("unitCode", "unitName", "period", "value", "state", "source", "baseline", "target"), rows);
	}

	private String page(UUID id, FormValues form, Map<String, String> errors, Model model) {
		Actor actor = CurrentActor.get();
		Indicator indicator = indicators.get(actor, id);
		IndicatorReading.Trend trend = reading.trend(actor, id, IndicatorReading.Selection.ALL);
		Map<UnitSeries, Object> charts = new LinkedHashMap<>();
		trend.units().forEach(series -> charts.put(series, Figures.chart(series, 340, 190)));
		model.addAttribute("indicator", indicator);
		model.addAttribute("trend", trend);
		model.addAttribute("charts", charts);
		model.addAttribute("format", Figures.format());
		model.addAttribute("areaLabels", areaLabels(List.of(indicator)));
		model.addAttribute("mayEdit", indicators.mayEdit(actor));
		model.addAttribute("mayApprove", recording.mayApprove(actor) && !indicator.computed()
				&& trend.units().stream().flatMap(s -> s.values().stream()).anyMatch(v -> v.state().name().equals("PRELIMINARY")));
		model.addAttribute("writableUnits", indicator.computed() ? List.of() : writableUnits(actor, indicator));
		model.addAttribute("municipality", reading.unit(null));
		model.addAttribute("periodExample", switch (indicator.periodKind()) {
			case YEAR -> "2025";
			case TERTIAL -> "2025-T1";
			case QUARTER -> "2025-Q2";
			case MONTH -> "2025-05";
		});
		model.addAttribute("hasDemo", trend.units().stream().flatMap(s -> s.values().stream()).anyMatch(IndicatorValue::demo));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "indicator/indicator";
	}

	private List<OrganisationalUnit> writableUnits(Actor actor, Indicator indicator) {
		List<OrganisationalUnit> units = new ArrayList<>();
		if (indicator.level().unitType() != null) {
			organisation.units(indicator.level().unitType(), null, java.time.LocalDate.now())
				.stream()
				.filter(unit -> recording.mayWrite(actor, unit.id()))
				.forEach(units::add);
		}
		return units;
	}

	private String form(Model model, Indicator indicator, FormValues form, Map<String, String> errors) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("areas", agreements.currentPriorityAreas());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("sources", IndicatorSource.values());
		model.addAttribute("levels", MeasurementLevel.values());
		model.addAttribute("frequencies", Frequency.values());
		return "indicator/form";
	}

	private static IndicatorInput input(FormValues form) {
		return new IndicatorInput(form.text("code"), form.text("name"), form.text("unit"), form.text("direction"),
				form.text("source"), form.text("sourceRef"), form.uuids("priorityAreaIds"), form.text("level"),
				form.text("frequency"), form.has("public", "true"), form.text("definition"), form.text("limitations"));
	}

	/** Each indicator's priority areas by name, for the pages. */
	private Map<UUID, String> areaLabels(List<Indicator> list) {
		Map<UUID, String> names = new LinkedHashMap<>();
		agreements.currentPriorityAreas().forEach(area -> names.put(area.id(), area.name()));
		Map<UUID, String> labels = new LinkedHashMap<>();
		for (Indicator indicator : list) {
			List<String> areas = indicator.priorityAreaIds().stream().map(names::get).filter(java.util.Objects::nonNull).toList();
			labels.put(indicator.id(), areas.isEmpty() ? "–" : String.join(", ", areas));
		}
		return labels;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
