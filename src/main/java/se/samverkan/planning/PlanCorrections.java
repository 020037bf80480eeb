package se.samverkan.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Actor;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.RuleViolation;
import se.samverkan.platform.rules.VersionConflict;

/**
 * Corrections of what was entered wrong in a plan (issue 11): a goal changed with its
 * {@code version} (a stale one changes nothing), a goal or an activity removed where nothing depends
 * on it; all of it in a draft plan only (an established plan is reopened by the steering group
 * first). By the same people who may add goals and activities; each change in the audit log with
 * what it was before. Changes to one plan are serialised by the row lock on the plan.
 */
@Service
public class PlanCorrections {

	private final ActionPlans plans;

	private final Activities activities;

	private final PlanManagement management;

	private final List<ActivityUse> uses;

	private final AuditLog audit;

	PlanCorrections(ActionPlans plans, Activities activities, PlanManagement management, List<ActivityUse> uses,
			AuditLog audit) {
		this.plans = plans;
		this.activities = activities;
		this.management = management;
		this.uses = uses;
		this.audit = audit;
	}

	/**
	 * Changes what the goal says (title, indicator, baseline, target, area); the steering documents'
	 * goals it serves are replaced when given and stay as they were when left out.
	 */
	@Transactional
	public Goal updateGoal(Actor actor, UUID id, GoalInput input, Integer version) {
		Goal found = plans.goal(id).orElseThrow(() -> new NotFound("goal", id));
		ActionPlan plan = lockedPlan(actor, found.planId());
		// An established plan takes no correction, whatever the body: say that first
		plan.requireOpenForChange();
		FieldChecks checks = new FieldChecks();
		checks.required("version", version, "Ange vilken version av målet du ändrar (version).");
		List<UUID> steering = management.checkGoal(plan, input, checks);
		checks.throwIfAny();
		Goal current = plans.goal(id).orElseThrow(() -> new NotFound("goal", id));
		if (current.version() != version) {
			throw new VersionConflict("målet");
		}
		if (!plans.updateGoal(PlanManagement.goalOf(id, plan.id(), input, version))) {
			throw new VersionConflict("målet");
		}
		Map<String, Object> was = snapshot(current);
		if (input.steeringDocumentGoalIds() != null) {
			plans.linkSteeringGoals(ActionPlans.SteeringLink.GOAL, id, steering);
		}
		Goal after = plans.goal(id).orElseThrow();
		audit.recordChange("UPDATE_GOAL", "ActionPlan", plan.id(), plan.districtId(), was, snapshot(after));
		return after;
	}

	/**
	 * Removes a goal (with its assessments) that no activity contributes to: those are named in the
	 * refusal (409), since removing the goal would silently take it from them.
	 */
	@Transactional
	public void removeGoal(Actor actor, UUID id, Integer version) {
		Goal goal = plans.goal(id).orElseThrow(() -> new NotFound("goal", id));
		ActionPlan plan = lockedPlan(actor, goal.planId());
		plan.requireOpenForChange();
		if (version != null && version != goal.version()) {
			throw new VersionConflict("målet");
		}
		List<String> contributing = activities.contributingTo(id).stream().map(title -> "”" + title + "”").toList();
		if (!contributing.isEmpty()) {
			throw new RuleViolation("planning.goal.contributed-to", String.join(", ", contributing));
		}
		Map<String, Object> before = snapshot(goal);
		List<Map<String, Object>> assessments = new ArrayList<>();
		plans.assessments(List.of(id)).getOrDefault(id, List.of()).forEach(assessment -> {
			Map<String, Object> was = new LinkedHashMap<>();
			was.put("date", assessment.date().toString());
			was.put("result", assessment.result().name());
			was.put("comment", assessment.comment());
			was.put("username", assessment.username());
			assessments.add(was);
		});
		before.put("assessments", assessments);
		plans.deleteGoal(id);
		audit.recordChange("DELETE_GOAL", "ActionPlan", plan.id(), plan.districtId(), before, null);
	}

	/**
	 * Removes an activity of a draft plan, with its progress updates, unless something outside
	 * planning refers to it (409 naming what).
	 */
	@Transactional
	public void removeActivity(Actor actor, UUID id, Integer version) {
		Activity activity = activities.byId(id).orElseThrow(() -> new NotFound("activity", id));
		ActionPlan plan = lockedPlan(actor, activity.planId());
		plan.requireOpenForChange();
		if (version != null && version != activity.version()) {
			throw new VersionConflict("aktiviteten");
		}
		List<String> referring = new ArrayList<>();
		uses.forEach(use -> referring.addAll(use.referringTo(id)));
		if (!referring.isEmpty()) {
			throw new RuleViolation("planning.activity.referred-to", String.join(", ", referring));
		}
		Map<String, Object> before = new LinkedHashMap<>(activity.content().fields());
		before.put("planId", plan.id().toString());
		before.put("status", activity.status().name());
		before.put("doneCount", activity.doneCount());
		before.put("progressUpdates", activities.updates(id).size());
		activities.delete(id);
		audit.recordChange("DELETE", "Activity", id, plan.districtId(), before, null);
	}

	private ActionPlan lockedPlan(Actor actor, UUID planId) {
		plans.lock(planId);
		ActionPlan plan = plans.byId(planId).orElseThrow(() -> new NotFound("plan", planId));
		management.requireEdit(actor, plan);
		return plan;
	}

	private Map<String, Object> snapshot(Goal goal) {
		Map<String, Object> snapshot = PlanManagement.goalSnapshot(goal);
		snapshot.put("steeringDocumentGoalIds", plans.steeringGoals(ActionPlans.SteeringLink.GOAL, List.of(goal.id()))
			.getOrDefault(goal.id(), List.of())
			.stream()
			.map(UUID::toString)
			.toList());
		return snapshot;
	}
}
