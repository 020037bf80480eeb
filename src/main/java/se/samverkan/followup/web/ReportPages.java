package se.samverkan.followup.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.agreement.PriorityArea;
import se.samverkan.followup.FollowupCharts;
import se.samverkan.followup.FollowupDocuments;
import se.samverkan.followup.FollowupExports;
import se.samverkan.followup.FollowupReport;
import se.samverkan.followup.Narrative;
import se.samverkan.followup.ReportManagement;
import se.samverkan.followup.ReportManagement.ReportView;
import se.samverkan.followup.ReportPeriod;
import se.samverkan.followup.ReportStatus;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.PlanManagement;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.FormValues;
import se.samverkan.platform.web.ProblemMessages;

/** The report pages: the list with a new report, one report with its text and decisions, a frozen version. */
@Controller
class ReportPages {

	private final ReportManagement reports;

	private final PlanManagement plans;

	private final FollowupDocuments documents;

	private final FollowupExports exports;

	private final OrganisationDirectory organisation;

	private final ProblemMessages messages;

	private final Clock clock;

	ReportPages(ReportManagement reports, PlanManagement plans, FollowupDocuments documents, FollowupExports exports,
			OrganisationDirectory organisation, ProblemMessages messages, Clock clock) {
		this.reports = reports;
		this.plans = plans;
		this.documents = documents;
		this.exports = exports;
		this.organisation = organisation;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/reports")
	String list(@RequestParam(required = false) Integer year, Model model) {
		return listPage(year == null ? LocalDate.now(clock).getYear() : year, FormValues.empty(), Map.of(), model);
	}

	@PostMapping("/reports")
	String create(@RequestParam MultiValueMap<String, String> values, Model model, RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		Integer year = form.integer("year");
		try {
			UUID plan = form.uuid("planId");
			if (plan == null) {
				throw InvalidInput.of("planId", "required", messages.of("followup.page.plan.required"));
			}
			ReportView view = reports.create(CurrentActor.get(), plan, form.text("period"));
			redirect.addFlashAttribute("notice", messages.of("followup.notice.created"));
			return "redirect:/reports/" + view.report().id();
		}
		catch (InvalidInput invalid) {
			return listPage(year == null ? LocalDate.now(clock).getYear() : year, form, form.errors(invalid.fieldProblems()), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return listPage(year == null ? LocalDate.now(clock).getYear() : year, form, Map.of(), model);
		}
	}

	@GetMapping("/reports/{id}")
	String report(@PathVariable UUID id, Model model) {
		return reportPage(id, null, Map.of(), model);
	}

	@PostMapping("/reports/{id}/narrative")
	String write(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		List<Narrative.AreaText> areas = new ArrayList<>();
		for (PriorityArea area : documents.priorityAreas()) {
			String text = form.text("area-" + area.id());
			if (text != null) {
				areas.add(new Narrative.AreaText(area.id(), text));
			}
		}
		try {
			reports.write(CurrentActor.get(), id, new Narrative(form.text("overall"), areas), form.integer("version"));
			redirect.addFlashAttribute("notice", messages.of("followup.notice.saved"));
			return "redirect:/reports/" + id;
		}
		catch (InvalidInput invalid) {
			return reportPage(id, form, errorsByFormField(form, invalid), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return reportPage(id, form, Map.of(), model);
		}
	}

	@PostMapping("/reports/{id}/submit")
	String submit(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			reports.submit(CurrentActor.get(), id);
			redirect.addFlashAttribute("notice", messages.of("followup.notice.submitted"));
			return "redirect:/reports/" + id;
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return reportPage(id, null, Map.of(), model);
		}
	}

	@PostMapping("/reports/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		try {
			if ("return".equals(form.text("decision"))) {
				reports.returnReport(CurrentActor.get(), id, form.text("comment"));
				redirect.addFlashAttribute("notice", messages.of("followup.notice.returned"));
			}
			else {
				reports.acknowledge(CurrentActor.get(), id, form.text("comment"));
				redirect.addFlashAttribute("notice", messages.of("followup.notice.acknowledged"));
			}
			return "redirect:/reports/" + id;
		}
		catch (InvalidInput invalid) {
			return reportPage(id, form, form.errors(invalid.fieldProblems()), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return reportPage(id, form, Map.of(), model);
		}
	}

	/** Starts the export in the background and shows its progress. */
	@PostMapping("/reports/{id}/exports")
	String export(@PathVariable UUID id, @RequestParam(required = false) String format) {
		UUID job = exports.inBackground(CurrentActor.get(), FollowupExports.Kind.REPORT, id, format,
				LocaleContextHolder.getLocale());
		return "redirect:/exports/" + job;
	}

	/** The report as a file, for the signed-in user (the API's export needs a token). */
	@GetMapping("/reports/{id}/export")
	org.springframework.http.ResponseEntity<byte[]> download(@PathVariable UUID id,
			@RequestParam(required = false) String format) {
		return se.samverkan.platform.web.FileDownloads.attachment(exports.export(CurrentActor.get(),
				FollowupExports.Kind.REPORT, id, format, LocaleContextHolder.getLocale()));
	}

	@GetMapping("/reports/{id}/versions/{number}")
	String version(@PathVariable UUID id, @PathVariable int number, Model model) {
		Actor actor = CurrentActor.get();
		ReportView view = reports.get(actor, id);
		var version = reports.version(actor, id, number);
		model.addAttribute("reportTitle", reports.title(view.plan(), view.report()));
		model.addAttribute("report", view.report());
		model.addAttribute("v", version);
		model.addAttribute("snapshot", version.snapshot());
		model.addAttribute("narrative", version.narrative());
		addSnapshotModel(model, version.snapshot());
		return "followup/report-version";
	}

	private String listPage(int year, FormValues form, Map<String, String> errors, Model model) {
		Actor actor = CurrentActor.get();
		List<FollowupReport> found = reports.find(actor, year, null, null);
		Map<UUID, ActionPlan> byPlan = new HashMap<>();
		List<ActionPlan> yearPlans = plans.find(actor, year, null);
		yearPlans.forEach(plan -> byPlan.put(plan.id(), plan));
		Map<UUID, String> titles = new HashMap<>();
		for (FollowupReport report : found) {
			ActionPlan plan = byPlan.get(report.planId());
			if (plan != null) {
				titles.put(report.id(), reports.title(plan, report));
			}
		}
		List<PlanChoice> writable = yearPlans.stream()
			.filter(plan -> reports.mayWrite(actor, plan))
			.map(plan -> new PlanChoice(plan.id(), planName(plan)))
			.toList();
		model.addAttribute("year", year);
		model.addAttribute("reports", found);
		model.addAttribute("titles", titles);
		model.addAttribute("writable", writable);
		model.addAttribute("periods", ReportPeriod.of(year));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "followup/reports";
	}

	record PlanChoice(UUID id, String name) {
	}

	private String planName(ActionPlan plan) {
		return plan.districtId() == null ? messages.of("followup.citywide") + " " + plan.year()
				: organisation.unit(plan.districtId()).map(unit -> unit.name()).orElse("") + " " + plan.year();
	}

	private String reportPage(UUID id, FormValues form, Map<String, String> errors, Model model) {
		Actor actor = CurrentActor.get();
		ReportView view = reports.get(actor, id);
		FollowupReport report = view.report();
		boolean writable = report.status() == ReportStatus.DRAFT || report.status() == ReportStatus.RETURNED;
		model.addAttribute("reportTitle", reports.title(view.plan(), report));
		model.addAttribute("view", view);
		model.addAttribute("report", report);
		model.addAttribute("snapshot", view.snapshot());
		model.addAttribute("narrative", report.narrative());
		model.addAttribute("mayWrite", writable && reports.mayWrite(actor, view.plan()));
		model.addAttribute("mayDecide", report.status() == ReportStatus.SUBMITTED && reports.mayDecide(actor, view.plan(), report));
		model.addAttribute("isAuthorWithSteer", report.status() == ReportStatus.SUBMITTED && report.isAuthor(actor.username())
				&& !reports.mayDecide(actor, view.plan(), report) && plans.maySteer(actor, view.plan()));
		FormValues values = form == null ? FormValues.empty() : form;
		if (form == null) {
			values.set("overall", report.narrative().overall());
			report.narrative().priorityAreas().forEach(area -> values.set("area-" + area.priorityAreaId(), area.text()));
		}
		model.addAttribute("form", values);
		model.addAttribute("errors", errors);
		model.addAttribute("areas", documents.priorityAreas());
		addSnapshotModel(model, view.snapshot());
		return "followup/report";
	}

	private void addSnapshotModel(Model model, se.samverkan.followup.ReportSnapshot snapshot) {
		var t = documents.texts(LocaleContextHolder.getLocale());
		model.addAttribute("chart", FollowupCharts.byStatus(snapshot.activitiesByStatus(), t.get("followup.chart.by-status"),
				t.get("followup.report.status.column"), t.get("followup.report.count"),
				status -> t.get("planning.activity.status." + status)));
	}

	/** The narrative's field names (narrative.priorityAreas[i].text) as the form's (area-{id}). */
	private Map<String, String> errorsByFormField(FormValues form, InvalidInput invalid) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		List<PriorityArea> areas = documents.priorityAreas();
		List<UUID> sent = new ArrayList<>();
		for (PriorityArea area : areas) {
			if (form.text("area-" + area.id()) != null) {
				sent.add(area.id());
			}
		}
		invalid.fieldProblems().forEach(problem -> {
			String field = problem.field();
			if (field.equals("narrative.overall")) {
				field = "overall";
			}
			else if (field.startsWith("narrative.priorityAreas[")) {
				int index = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
				field = index < sent.size() ? "area-" + sent.get(index) : "overall";
			}
			errors.putIfAbsent(field, problem.message());
		});
		return errors;
	}
}
