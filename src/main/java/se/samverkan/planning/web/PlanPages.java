package se.samverkan.planning.web;

import se.samverkan.platform.web.FormValues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.NotAddressed;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.governance.DecisionInput;
import se.samverkan.governance.DecisionRecord;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.Activity;
import se.samverkan.planning.GoalInput;
import se.samverkan.planning.GoldenThread;
import se.samverkan.planning.PlanManagement;
import se.samverkan.planning.PlanProfile;
import se.samverkan.planning.PlanStatus;
import se.samverkan.planning.Timeline;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.BarChart;
import se.samverkan.platform.web.ProblemMessages;

/** The plan pages: the list, one plan with its goals and activities, the timeline and the golden thread. */
@Controller
class PlanPages {

	private final PlanManagement plans;

	private final GoldenThread goldenThread;

	private final AgreementManagement agreements;

	private final OrganisationDirectory organisation;

	private final ProblemMessages messages;

	private final se.samverkan.governance.SteeringDocumentRegister steeringDocuments;

	private final se.samverkan.planning.GoalFigures goalFigures;

	private final se.samverkan.indicator.IndicatorManagement indicators;

	private final java.time.Clock clock;

	PlanPages(PlanManagement plans, GoldenThread goldenThread, AgreementManagement agreements,
			OrganisationDirectory organisation, ProblemMessages messages,
			se.samverkan.governance.SteeringDocumentRegister steeringDocuments,
			se.samverkan.planning.GoalFigures goalFigures, se.samverkan.indicator.IndicatorManagement indicators,
			java.time.Clock clock) {
		this.steeringDocuments = steeringDocuments;
		this.goalFigures = goalFigures;
		this.indicators = indicators;
		this.plans = plans;
		this.goldenThread = goldenThread;
		this.agreements = agreements;
		this.organisation = organisation;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/plans")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) UUID districtId,
			Model model) {
		return listPage(year, districtId, FormValues.empty().set("year", LocalDate.now(clock).getYear()), Map.of(), model);
	}

	@PostMapping("/plans")
	String create(@RequestParam MultiValueMap<String, String> values, Model model, RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		try {
			UUID district = form.uuid("districtId");
			Integer year = form.integer("year");
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(List.of());
			}
			ActionPlan plan = plans.create(CurrentActor.get(), form.text("scope"), district, year);
			redirect.addFlashAttribute("notice", messages.of("planning.notice.created"));
			return "redirect:/plans/" + plan.id();
		}
		catch (InvalidInput invalid) {
			return listPage(null, null, form, form.errors(invalid.fieldProblems()), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return listPage(null, null, form, Map.of(), model);
		}
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable UUID id, Model model) {
		return planPage(id, FormValues.empty(), Map.of(), model);
	}

	@PostMapping("/plans/{id}/goals")
	String addGoal(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		GoalInput input = goalInput(form);
		try {
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(List.of());
			}
			plans.addGoal(CurrentActor.get(), id, input);
			redirect.addFlashAttribute("notice", messages.of("planning.notice.goal-added"));
			return "redirect:/plans/" + id;
		}
		catch (InvalidInput invalid) {
			return planPage(id, form, form.errors(invalid.fieldProblems()), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return planPage(id, form, Map.of(), model);
		}
	}

	/** A goal as the goal fields (goal-fields.html) send it, for adding and for correcting. */
	static GoalInput goalInput(FormValues form) {
		return new GoalInput(form.text("title"), form.uuid("indicatorId"), form.decimal("baselineValue"),
				form.text("baselinePeriod"), form.decimal("targetValue"), form.date("targetDate"),
				form.uuid("priorityAreaId"), form.text("targetText"), form.uuids("steeringDocumentGoalIds"));
	}

	@PostMapping("/plans/{id}/establish")
	String establish(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		return decide(id, form, model, redirect, "planning.notice.established",
				() -> plans.establish(CurrentActor.get(), id, decision(form)));
	}

	@PostMapping("/plans/{id}/reopen")
	String reopen(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		return decide(id, form, model, redirect, "planning.notice.reopened",
				() -> plans.reopen(CurrentActor.get(), id, decision(form)));
	}

	/** The areas the plan leaves without activities and goals, each with its reason. */
	@PostMapping("/plans/{id}/not-addressed")
	String leaveAreas(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		List<NotAddressed> reasons = new ArrayList<>();
		for (PriorityArea area : agreements.priorityAreasOfYear(plans.get(CurrentActor.get(), id).year())) {
			String reason = form.text("reason-" + area.id());
			if (reason != null) {
				reasons.add(new NotAddressed(area.id(), reason));
			}
		}
		return decide(id, form, model, redirect, "planning.notice.saved",
				() -> plans.leaveAreas(CurrentActor.get(), id, form.integer("version"), reasons));
	}

	/** The steering documents' goals the plan as a whole serves. */
	@PostMapping("/plans/{id}/steering-goals")
	String steeringGoals(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		return decide(id, form, model, redirect, "planning.notice.saved", () -> plans.revise(CurrentActor.get(), id,
				form.integer("version"), null, form.uuids("steeringDocumentGoalIds")));
	}

	@PostMapping("/plans/{id}/goals/{goalId}/assessments")
	String assess(@PathVariable UUID id, @PathVariable UUID goalId, @RequestParam MultiValueMap<String, String> values,
			Model model, RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		return decide(id, form, model, redirect, "planning.notice.assessed",
				() -> plans.assess(CurrentActor.get(), goalId, form.date("date"), form.text("result"), form.text("comment")));
	}

	private String decide(UUID id, FormValues form, Model model, RedirectAttributes redirect, String notice,
			Runnable step) {
		try {
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(List.of());
			}
			step.run();
			redirect.addFlashAttribute("notice", messages.of(notice));
			return "redirect:/plans/" + id;
		}
		catch (InvalidInput invalid) {
			return planPage(id, form, form.errors(invalid.fieldProblems()), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			redirect.addFlashAttribute("problem", messages.of(problem));
			return "redirect:/plans/" + id;
		}
	}

	private static DecisionInput decision(FormValues form) {
		List<UUID> present = form.uuids("presentMemberIds");
		return new DecisionInput(form.date("decisionDate"), form.text("decisionText"), present.isEmpty() ? null : present);
	}

	@GetMapping("/plans/{id}/timeline")
	String timeline(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		ActionPlan plan = plans.get(actor, id);
		List<Activity> activities = plans.activities(plan);
		model.addAttribute("plan", plan);
		model.addAttribute("planName", planName(plan));
		model.addAttribute("labels", Labels.of(messages));
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("timeline", Timeline.of(plan.year(), activities, today, LocaleContextHolder.getLocale()));
		model.addAttribute("today", today);
		return "planning/timeline";
	}

	@GetMapping("/plans/{id}/profile")
	String profile(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		ActionPlan plan = plans.get(actor, id);
		PlanProfile profile = plans.profile(actor, id);
		model.addAttribute("plan", plan);
		model.addAttribute("planName", planName(plan));
		model.addAttribute("profile", profile);
		model.addAttribute("levels", BarChart.of(labelled(profile.preventionLevels(), "planning.preventionLevel.")));
		model.addAttribute("types", BarChart.of(labelled(profile.preventionTypes(), "planning.preventionType.")));
		model.addAttribute("horizons", BarChart.of(labelled(profile.horizons(), "planning.horizon.")));
		model.addAttribute("parties", BarChart.of(labelled(profile.responsibleParties(), "planning.responsibleParty.")));
		Map<String, Integer> bodies = new java.util.LinkedHashMap<>();
		profile.responsibleBodies().forEach(body -> bodies.put(body.name(), body.activities()));
		model.addAttribute("bodies", BarChart.of(bodies));
		return "planning/profile";
	}

	private <E extends Enum<E>> Map<String, Integer> labelled(Map<E, Integer> counts, String prefix) {
		Map<String, Integer> labelled = new java.util.LinkedHashMap<>();
		counts.forEach((key, count) -> labelled.put(messages.of(prefix + key.name()), count));
		return labelled;
	}

	@GetMapping("/golden-thread")
	String goldenThread(@RequestParam(required = false) String districtId, @RequestParam(required = false) Integer year,
			Model model) {
		Actor actor = CurrentActor.get();
		List<OrganisationalUnit> districts = readableDistricts(actor);
		boolean city = "CITY".equals(districtId);
		UUID given = city || districtId == null || districtId.isBlank() ? null : UUID.fromString(districtId);
		UUID chosen = given != null ? given : !city && districts.size() == 1 ? districts.get(0).id() : null;
		int chosenYear = year != null ? year : LocalDate.now(clock).getYear();
		model.addAttribute("districts", districts);
		model.addAttribute("districtId", chosen);
		model.addAttribute("city", city);
		model.addAttribute("year", chosenYear);
		model.addAttribute("areaNames", areaNames());
		if (city) {
			model.addAttribute("labels", Labels.of(messages));
			model.addAttribute("mayAct", plans.mayEditDistrict(actor, null));
			model.addAttribute("thread", goldenThread.ofCity(actor, chosenYear));
			model.addAttribute("districtName", messages.of("planning.thread.city"));
		}
		else if (chosen != null) {
			model.addAttribute("labels", Labels.of(messages));
			model.addAttribute("mayAct", plans.mayEditDistrict(actor, chosen));
			model.addAttribute("thread", goldenThread.of(actor, chosen, chosenYear));
			model.addAttribute("districtName", districtNames().get(chosen));
		}
		return "planning/golden-thread";
	}

	private String listPage(Integer year, UUID districtId, FormValues form, Map<String, String> errors, Model model) {
		Actor actor = CurrentActor.get();
		List<ActionPlan> found = plans.find(actor, year, districtId);
		model.addAttribute("plans", found);
		model.addAttribute("planNames", found.stream().collect(Collectors.toMap(ActionPlan::id, this::planName)));
		model.addAttribute("year", year);
		model.addAttribute("districtId", districtId);
		model.addAttribute("districts", readableDistricts(actor));
		List<OrganisationalUnit> editable = organisation.units(UnitType.DISTRICT, null, LocalDate.now())
			.stream()
			.filter(district -> plans.mayEditDistrict(actor, district.id()))
			.toList();
		model.addAttribute("editableDistricts", editable);
		model.addAttribute("mayCreateCityWide", actor.has(se.samverkan.identity.Role.CENTRAL_COORDINATOR));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "planning/plans";
	}

	private String planPage(UUID id, FormValues form, Map<String, String> errors, Model model) {
		Actor actor = CurrentActor.get();
		ActionPlan plan = plans.get(actor, id);
		List<Activity> activities = plans.activities(plan);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("plan", plan);
		model.addAttribute("planName", planName(plan));
		List<se.samverkan.planning.Goal> goals = plans.goals(plan);
		model.addAttribute("goals", goals);
		model.addAttribute("goalFigures", goalFigures.of(plan, goals));
		model.addAttribute("indicators", indicators.catalogue());
		model.addAttribute("activities", activities);
		List<UUID> activityIds = activities.stream().map(Activity::id).toList();
		model.addAttribute("carriedTo", plans.carriedTo(activityIds));
		model.addAttribute("carriedFrom", plans.carriedFrom(activityIds));
		model.addAttribute("today", today);
		model.addAttribute("labels", Labels.of(messages));
		model.addAttribute("lateCount", activities.stream().filter(activity -> activity.isLate(today)).count());
		model.addAttribute("unitNames", unitNames(activities));
		boolean open = plan.status() == PlanStatus.DRAFT;
		model.addAttribute("mayEdit", open && plans.mayEdit(actor, plan));
		model.addAttribute("mayReport", plans.mayEdit(actor, plan));
		model.addAttribute("decisionRecord", DecisionRecord.of(plans.decisions(plan)));
		model.addAttribute("decisionGroup", plans.decidingGroup(plan).orElse(null));
		model.addAttribute("mayDecide", open && plans.mayDecide(actor, plan));
		model.addAttribute("mayReopen", plans.mayReopen(actor, plan));
		model.addAttribute("assessments", plans.assessments(goals));
		model.addAttribute("areas", agreements.priorityAreasOfYear(plan.year()));
		model.addAttribute("areaNames", areaNames());
		model.addAttribute("notAddressed", plans.notAddressed(plan)
			.stream()
			.collect(Collectors.toMap(NotAddressed::priorityAreaId, NotAddressed::reason)));
		model.addAttribute("unaddressed", plans.unaddressedAreas(plan));
		model.addAttribute("results", se.samverkan.planning.GoalAssessment.Result.values());
		model.addAttribute("steeringDocuments", steeringDocuments.all(actor));
		Map<UUID, List<UUID>> steering = plans.steeringGoalsOf(plan, goals);
		model.addAttribute("steeringLinks", steering);
		model.addAttribute("steeringGoalNames", steeringDocuments.all(actor)
			.stream()
			.flatMap(document -> document.goals().stream())
			.collect(Collectors.toMap(se.samverkan.governance.SteeringDocument.Goal::id,
					se.samverkan.governance.SteeringDocument.Goal::label)));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "planning/plan";
	}

	String planName(ActionPlan plan) {
		return plan.districtId() == null ? messages.of("planning.plan.name.city", String.valueOf(plan.year()))
				: messages.of("planning.plan.name.local", districtNames().get(plan.districtId()),
						String.valueOf(plan.year()));
	}

	private Map<UUID, String> unitNames(List<Activity> activities) {
		return organisation.units(activities.stream().map(a -> a.content().responsibleUnitId()).distinct().toList())
			.stream()
			.collect(Collectors.toMap(OrganisationalUnit::id, OrganisationalUnit::name, (a, b) -> a));
	}

	private List<OrganisationalUnit> readableDistricts(Actor actor) {
		return organisation.units(UnitType.DISTRICT, null, LocalDate.now())
			.stream()
			.filter(district -> plans.mayRead(actor, district.id()))
			.toList();
	}

	private Map<UUID, String> districtNames() {
		return organisation.units(UnitType.DISTRICT, null, LocalDate.now())
			.stream()
			.collect(Collectors.toMap(OrganisationalUnit::id, OrganisationalUnit::name, (a, b) -> a));
	}

	/** The names of every priority area, of this agreement and earlier ones. */
	Map<UUID, String> areaNames() {
		return agreements.priorityAreaNames();
	}
}
