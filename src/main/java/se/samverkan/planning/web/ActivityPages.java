package se.samverkan.planning.web;

import se.samverkan.platform.web.FormValues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.analysis.Cause;
import se.samverkan.analysis.Problem;
import se.samverkan.analysis.ProblemManagement;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.Activity;
import se.samverkan.planning.ActivityConflict;
import se.samverkan.planning.ActivityContent;
import se.samverkan.planning.ActivityInput;
import se.samverkan.planning.ActivityStatus;
import se.samverkan.planning.Goal;
import se.samverkan.planning.Horizon;
import se.samverkan.planning.PlanManagement;
import se.samverkan.planning.PlanScope;
import se.samverkan.planning.PlanStatus;
import se.samverkan.planning.PreventionLevel;
import se.samverkan.planning.PreventionType;
import se.samverkan.planning.ProgressInput;
import se.samverkan.planning.ResponsibleParty;
import se.samverkan.planning.Signal;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.ProblemMessages;

/**
 * The activity pages: adding and changing an activity (a concurrent save is refused with what the
 * other changed, and the form keeps what the user typed), and an activity with its progress.
 */
@Controller
class ActivityPages {

	private final PlanManagement plans;

	private final ProblemManagement problems;

	private final AgreementManagement agreements;

	private final OrganisationDirectory organisation;

	private final ProblemMessages messages;

	private final PlanPages planPages;

	private final java.time.Clock clock;

	ActivityPages(PlanManagement plans, ProblemManagement problems, AgreementManagement agreements,
			OrganisationDirectory organisation, ProblemMessages messages, PlanPages planPages, java.time.Clock clock) {
		this.plans = plans;
		this.problems = problems;
		this.agreements = agreements;
		this.organisation = organisation;
		this.messages = messages;
		this.planPages = planPages;
		this.clock = clock;
	}

	@GetMapping("/plans/{planId}/activities/new")
	String newActivity(@PathVariable UUID planId, Model model) {
		ActionPlan plan = plans.get(CurrentActor.get(), planId);
		FormValues form = FormValues.empty();
		if (plan.districtId() != null) {
			form.set("responsibleUnitId", plan.districtId());
		}
		return form(plan, null, form, Map.of(), model);
	}

	@PostMapping("/plans/{planId}/activities")
	String create(@PathVariable UUID planId, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		ActionPlan plan = plans.get(actor, planId);
		FormValues form = new FormValues(values);
		ActivityInput input = input(form);
		try {
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(List.of());
			}
			Activity activity = plans.addActivity(actor, planId, input);
			redirect.addFlashAttribute("notice", messages.of("planning.notice.activity-added"));
			return "redirect:/activities/" + activity.id();
		}
		catch (InvalidInput invalid) {
			return form(plan, null, form, form.errors(invalid.fieldProblems()), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return form(plan, null, form, Map.of(), model);
		}
	}

	@GetMapping("/activities/{id}")
	String activity(@PathVariable UUID id, Model model) {
		return activityPage(id, FormValues.empty().set("date", LocalDate.now(clock)), Map.of(), model);
	}

	@PostMapping("/activities/{id}/updates")
	String report(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		ProgressInput input = new ProgressInput(form.date("date"), form.text("status"), form.text("signal"),
				form.text("note"), form.integer("doneCount"));
		try {
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(List.of());
			}
			plans.reportProgress(CurrentActor.get(), id, input);
			redirect.addFlashAttribute("notice", messages.of("planning.notice.progress"));
			return "redirect:/activities/" + id;
		}
		catch (InvalidInput invalid) {
			return activityPage(id, form, form.errors(invalid.fieldProblems()), model);
		}
	}

	@GetMapping("/activities/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Activity activity = plans.activity(actor, id);
		ActionPlan plan = plans.get(actor, activity.planId());
		return form(plan, activity, values(activity), Map.of(), model);
	}

	@PostMapping("/activities/{id}/edit")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Activity activity = plans.activity(actor, id);
		ActionPlan plan = plans.get(actor, activity.planId());
		FormValues form = new FormValues(values);
		ActivityInput input = input(form);
		Integer version = form.integer("version");
		try {
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(List.of());
			}
			plans.reviseActivity(actor, id, version, input);
			redirect.addFlashAttribute("notice", messages.of("planning.notice.activity-saved"));
			return "redirect:/activities/" + id;
		}
		catch (InvalidInput invalid) {
			return form(plan, activity, form, form.errors(invalid.fieldProblems()), model);
		}
		catch (ActivityConflict conflict) {
			// Keep what the user typed; take the current version so that saving again is a decision.
			form.set("version", conflict.currentVersion());
			model.addAttribute("problem", messages.of(conflict));
			model.addAttribute("conflict", conflict.changes()
				.stream()
				.map(change -> new ShownChange(change.label(), shown(change.field(), change.original()),
						shown(change.field(), change.theirs()), shown(change.field(), change.yours())))
				.toList());
			return form(plan, activity, form, Map.of(), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return form(plan, activity, form, Map.of(), model);
		}
	}

	/** One field of a conflict, as text for people. */
	record ShownChange(String label, String original, String theirs, String yours) {
	}

	private String activityPage(UUID id, FormValues form, Map<String, String> errors, Model model) {
		Actor actor = CurrentActor.get();
		Activity activity = plans.activity(actor, id);
		ActionPlan plan = plans.get(actor, activity.planId());
		ActivityContent c = activity.content();
		model.addAttribute("a", activity);
		model.addAttribute("c", c);
		model.addAttribute("plan", plan);
		model.addAttribute("planName", planPages.planName(plan));
		model.addAttribute("late", activity.isLate(LocalDate.now(clock)));
		model.addAttribute("unitName", organisation.unit(c.responsibleUnitId()).map(OrganisationalUnit::name).orElse("–"));
		model.addAttribute("areaNames", names("priorityAreaIds", c.priorityAreaIds()));
		List<Cause> causes = problems.causes(actor, c.causeIds());
		model.addAttribute("causes", causes);
		model.addAttribute("hiddenCauses", c.causeIds().size() - causes.size());
		model.addAttribute("goalNames", names("goalIds", c.goalIds()));
		model.addAttribute("updates", plans.updates(activity));
		model.addAttribute("mayEdit", plan.status() == PlanStatus.DRAFT && plans.mayEdit(actor, plan));
		model.addAttribute("mayReport", plans.mayEdit(actor, plan));
		model.addAttribute("statuses", ActivityStatus.values());
		model.addAttribute("signals", Signal.values());
		if (form.get("status").isEmpty()) {
			form.set("status", activity.status());
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "planning/activity";
	}

	private String form(ActionPlan plan, Activity activity, FormValues form, Map<String, String> errors, Model model) {
		Actor actor = CurrentActor.get();
		if (!plans.mayEdit(actor, plan)) {
			throw new se.samverkan.platform.rules.Forbidden();
		}
		model.addAttribute("plan", plan);
		model.addAttribute("planName", planPages.planName(plan));
		model.addAttribute("activity", activity);
		model.addAttribute("areas", agreements.currentPriorityAreas());
		model.addAttribute("problems", causeChoices(actor, plan));
		model.addAttribute("goals", plans.goals(plan));
		model.addAttribute("units", organisation.units(null, null, LocalDate.now()));
		model.addAttribute("parties", ResponsibleParty.values());
		model.addAttribute("levels", PreventionLevel.values());
		model.addAttribute("types", PreventionType.values());
		model.addAttribute("horizons", Horizon.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "planning/activity-form";
	}

	/** The problems whose causes the plan's activities may act on: the district's, or all for the city-wide plan. */
	private List<Problem> causeChoices(Actor actor, ActionPlan plan) {
		List<Problem> found = plan.scope() == PlanScope.LOCAL ? problems.problemsOf(plan.districtId())
				: problems.find(actor, null);
		return found.stream().filter(problem -> !problem.causes().isEmpty()).toList();
	}

	private static ActivityInput input(FormValues form) {
		return new ActivityInput(form.text("title"), form.text("what"), form.text("how"), form.text("followUpMethod"),
				form.text("responsibleParty"), form.uuid("responsibleUnitId"), form.text("responsiblePerson"),
				form.text("participants"), form.text("milestones"), form.date("startDate"), form.date("endDate"),
				form.uuids("priorityAreaIds"), form.uuids("causeIds"), form.uuids("goalIds"), form.text("preventionLevel"),
				form.text("preventionType"), form.text("horizon"), form.integer("targetCount"));
	}

	private static FormValues values(Activity activity) {
		ActivityContent c = activity.content();
		FormValues form = FormValues.empty();
		c.fields().forEach((field, value) -> {
			if (value instanceof Collection<?> list) {
				form.setAll(field, list);
			}
			else {
				form.set(field, value);
			}
		});
		return form.set("version", activity.version());
	}

	/** A stored value as people read it: names for ids, "–" for nothing. */
	private String shown(String field, Object value) {
		if (value == null || (value instanceof Collection<?> list && list.isEmpty())) {
			return "–";
		}
		if (value instanceof Collection<?> list) {
			List<UUID> ids = new ArrayList<>();
			list.forEach(item -> {
				try {
					ids.add(UUID.fromString(String.valueOf(item)));
				}
				catch (IllegalArgumentException ex) {
					// not an id: shown as it is below
				}
			});
			return String.join(", ", names(field, ids));
		}
		if ("responsibleUnitId".equals(field)) {
			try {
				return organisation.unit(UUID.fromString(value.toString())).map(OrganisationalUnit::name).orElse(value.toString());
			}
			catch (IllegalArgumentException ex) {
				return value.toString();
			}
		}
		if (value instanceof String text && List.of("responsibleParty", "preventionLevel", "preventionType", "horizon")
			.contains(field)) {
			return messages.of("planning." + field + "." + text);
		}
		return value.toString();
	}

	private List<String> names(String field, List<UUID> ids) {
		Map<UUID, String> known = switch (field) {
			case "priorityAreaIds" -> planPages.areaNames();
			case "causeIds" -> problems.causes(CurrentActor.get(), ids).stream().collect(Collectors.toMap(Cause::id, Cause::text));
			case "goalIds" -> ids.isEmpty() ? Map.of() : goalNames(ids);
			default -> Map.of();
		};
		return ids.stream().map(id -> known.getOrDefault(id, id.toString())).toList();
	}

	private Map<UUID, String> goalNames(List<UUID> ids) {
		return plans.goalsByIds(ids).stream().collect(Collectors.toMap(Goal::id, Goal::title));
	}
}
