package se.samverkan.planning.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.Activity;
import se.samverkan.planning.Goal;
import se.samverkan.planning.GoalInput;
import se.samverkan.planning.PlanCorrections;
import se.samverkan.planning.PlanManagement;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.web.FormValues;
import se.samverkan.platform.web.ProblemMessages;

/**
 * Correcting a plan: a goal changed (the form keeps what the user typed when it is refused, a stale
 * version included), a goal or an activity of a draft plan removed after a confirmation page.
 */
@Controller
class PlanCorrectionPages {

	private final PlanManagement plans;

	private final PlanCorrections corrections;

	private final PlanPages planPages;

	private final AgreementManagement agreements;

	private final se.samverkan.governance.SteeringDocumentRegister steeringDocuments;

	private final se.samverkan.indicator.IndicatorManagement indicators;

	private final ProblemMessages messages;

	PlanCorrectionPages(PlanManagement plans, PlanCorrections corrections, PlanPages planPages,
			AgreementManagement agreements, se.samverkan.governance.SteeringDocumentRegister steeringDocuments,
			se.samverkan.indicator.IndicatorManagement indicators, ProblemMessages messages) {
		this.plans = plans;
		this.corrections = corrections;
		this.planPages = planPages;
		this.agreements = agreements;
		this.steeringDocuments = steeringDocuments;
		this.indicators = indicators;
		this.messages = messages;
	}

	@GetMapping("/goals/{id}/edit")
	String editGoal(@PathVariable UUID id, Model model) {
		Goal goal = goal(id);
		ActionPlan plan = editable(goal.planId());
		List<UUID> steering = plans.steeringGoalsOf(plan, List.of(goal)).getOrDefault(goal.id(), List.of());
		FormValues form = FormValues.empty()
			.set("title", goal.title())
			.set("baselineValue", plain(goal.baselineValue()))
			.set("baselinePeriod", goal.baselinePeriod())
			.set("targetValue", plain(goal.targetValue()))
			.set("targetText", goal.targetText())
			.set("targetDate", goal.targetDate())
			.set("priorityAreaId", goal.priorityAreaId())
			.set("indicatorId", goal.indicatorId())
			.set("version", goal.version())
			.setAll("steeringDocumentGoalIds", steering);
		return goalForm(plan, id, form, Map.of(), model);
	}

	@PostMapping("/goals/{id}/edit")
	String updateGoal(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		Goal goal = goal(id);
		ActionPlan plan = editable(goal.planId());
		FormValues form = new FormValues(values);
		GoalInput input = PlanPages.goalInput(form);
		try {
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(List.of());
			}
			corrections.updateGoal(CurrentActor.get(), id, input, form.integer("version"));
			redirect.addFlashAttribute("notice", messages.of("planning.notice.goal-updated"));
			return "redirect:/plans/" + plan.id();
		}
		catch (InvalidInput invalid) {
			return goalForm(plan, id, form, form.errors(invalid.fieldProblems()), model);
		}
		catch (DomainProblem refused) {
			if (!refused.showsInForm()) {
				throw refused;
			}
			model.addAttribute("problem", messages.of(refused));
			return goalForm(plan, id, form, Map.of(), model);
		}
	}

	@GetMapping("/goals/{id}/delete")
	String confirmGoalRemoval(@PathVariable UUID id, Model model) {
		Goal goal = goal(id);
		ActionPlan plan = editable(goal.planId());
		int assessments = plans.assessments(List.of(goal)).getOrDefault(id, List.of()).size();
		return confirm(model, plan, messages.of("planning.goal.remove.heading", goal.title()),
				messages.of("planning.goal.remove.what", assessments), "/goals/" + id + "/delete", goal.version());
	}

	@PostMapping("/goals/{id}/delete")
	String removeGoal(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		ActionPlan plan = editable(goal(id).planId());
		return removal(plan, redirect, "planning.notice.goal-removed",
				() -> corrections.removeGoal(CurrentActor.get(), id, version));
	}

	@GetMapping("/activities/{id}/delete")
	String confirmActivityRemoval(@PathVariable UUID id, Model model) {
		Activity activity = plans.activity(CurrentActor.get(), id);
		ActionPlan plan = editable(activity.planId());
		return confirm(model, plan, messages.of("planning.activity.remove.heading", activity.content().title()),
				messages.of("planning.activity.remove.what", plans.updates(activity).size()),
				"/activities/" + id + "/delete", activity.version());
	}

	@PostMapping("/activities/{id}/delete")
	String removeActivity(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		ActionPlan plan = editable(plans.activity(CurrentActor.get(), id).planId());
		return removal(plan, redirect, "planning.notice.activity-removed",
				() -> corrections.removeActivity(CurrentActor.get(), id, version));
	}

	/** A goal of a plan the user may read. */
	private Goal goal(UUID id) {
		Goal goal = plans.goalsByIds(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFound("goal", id));
		plans.get(CurrentActor.get(), goal.planId());
		return goal;
	}

	/** The plan, if the user may change it (a reader gets 403, as for the other editing pages). */
	private ActionPlan editable(UUID planId) {
		Actor actor = CurrentActor.get();
		ActionPlan plan = plans.get(actor, planId);
		if (!plans.mayEdit(actor, plan)) {
			throw new Forbidden();
		}
		return plan;
	}

	/** Removes, then back to the plan with a notice, or with why it was refused (an established plan, dependants). */
	private String removal(ActionPlan plan, RedirectAttributes redirect, String notice, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", messages.of(notice));
		}
		catch (DomainProblem refused) {
			if (!refused.showsInForm()) {
				throw refused;
			}
			redirect.addFlashAttribute("problem", messages.of(refused));
		}
		return "redirect:/plans/" + plan.id();
	}

	private String goalForm(ActionPlan plan, UUID goalId, FormValues form, Map<String, String> errors, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("planName", planPages.planName(plan));
		model.addAttribute("goalId", goalId);
		model.addAttribute("areas", agreements.priorityAreasOfYear(plan.year()));
		model.addAttribute("steeringDocuments", steeringDocuments.all(CurrentActor.get()));
		model.addAttribute("indicators", indicators.catalogue());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "planning/goal-form";
	}

	private String confirm(Model model, ActionPlan plan, String heading, String what, String action, int version) {
		model.addAttribute("heading", heading);
		model.addAttribute("what", what);
		model.addAttribute("action", action);
		model.addAttribute("back", "/plans/" + plan.id());
		model.addAttribute("backText", messages.of("planning.back.plan", planPages.planName(plan)));
		model.addAttribute("version", version);
		return "confirm-removal";
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}
}
