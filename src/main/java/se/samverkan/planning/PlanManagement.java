package se.samverkan.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.MissingPriorityAreas;
import se.samverkan.agreement.NotAddressed;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.analysis.ProblemManagement;
import se.samverkan.audit.AuditLog;
import se.samverkan.governance.Decision;
import se.samverkan.governance.DecisionInput;
import se.samverkan.governance.DecisionSubject;
import se.samverkan.governance.SteeringDecisions;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Scope;
import se.samverkan.indicator.IndicatorManagement;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.Partner;
import se.samverkan.organisation.PartnerRegister;
import se.samverkan.organisation.UnitType;
import se.samverkan.planning.internal.ActivityRules;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.RuleViolation;

/**
 * Action plans, their goals and activities, and progress. A district's plan is edited by its local
 * coordinators of either party (and central coordinators); the city-wide handlingsplan by central
 * coordinators; plans are established and reopened by the steering group. Each step is one
 * transaction with its audit entry.
 */
@Service
public class PlanManagement {

	private final ActionPlans plans;

	private final Activities activities;

	private final AccessPolicy policy;

	private final OrganisationDirectory organisation;

	private final AgreementManagement agreements;

	private final ProblemManagement problems;

	private final AuditLog audit;

	private final SteeringDecisions decisions;

	private final se.samverkan.governance.SteeringDocumentRegister steeringDocuments;

	private final IndicatorManagement indicators;

	private final CarryOvers carryOvers;

	private final PartnerRegister partnerRegister;

	PlanManagement(ActionPlans plans, Activities activities, AccessPolicy policy, OrganisationDirectory organisation,
			AgreementManagement agreements, ProblemManagement problems, AuditLog audit, SteeringDecisions decisions,
			se.samverkan.governance.SteeringDocumentRegister steeringDocuments, IndicatorManagement indicators,
			CarryOvers carryOvers, PartnerRegister partnerRegister) {
		this.partnerRegister = partnerRegister;
		this.steeringDocuments = steeringDocuments;
		this.decisions = decisions;
		this.indicators = indicators;
		this.carryOvers = carryOvers;
		this.plans = plans;
		this.activities = activities;
		this.policy = policy;
		this.organisation = organisation;
		this.agreements = agreements;
		this.problems = problems;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<ActionPlan> find(Actor actor, Integer year, UUID districtId) {
		Scope scope = policy.scope(actor, Action.READ);
		if (scope.isEmpty() || (districtId != null && !scope.includes(districtId))) {
			throw new Forbidden();
		}
		return plans.find(year, districtId, scope.unitIdsOrNull());
	}

	/** A plan the actor may read: a district's within scope; the city-wide plan for every reader. */
	@Transactional(readOnly = true)
	public ActionPlan get(Actor actor, UUID id) {
		ActionPlan plan = plans.byId(id).orElseThrow(() -> new NotFound("plan", id));
		mayRead(actor, plan);
		return plan;
	}

	@Transactional(readOnly = true)
	public List<Goal> goals(ActionPlan plan) {
		return plans.goals(plan.id());
	}

	/** Goals by id, for showing linked goals by their titles. */
	@Transactional(readOnly = true)
	public List<Goal> goalsByIds(java.util.Collection<UUID> ids) {
		return plans.goalsByIds(ids);
	}

	/** A goal of a plan the actor may read. */
	@Transactional(readOnly = true)
	public Goal goal(Actor actor, UUID id) {
		Goal goal = plans.goal(id).orElseThrow(() -> new NotFound("goal", id));
		mayRead(actor, plans.byId(goal.planId()).orElseThrow());
		return goal;
	}

	@Transactional(readOnly = true)
	public List<Activity> activities(ActionPlan plan) {
		return activities.ofPlan(plan.id());
	}

	@Transactional(readOnly = true)
	public Activity activity(Actor actor, UUID id) {
		Activity activity = activities.byId(id).orElseThrow(() -> new NotFound("activity", id));
		mayRead(actor, plans.byId(activity.planId()).orElseThrow());
		return activity;
	}

	@Transactional(readOnly = true)
	public List<ProgressUpdate> updates(Activity activity) {
		return activities.updates(activity.id());
	}

	@Transactional
	public ActionPlan create(Actor actor, String scopeText, UUID districtId, Integer year) {
		FieldChecks checks = new FieldChecks();
		PlanScope scope = null;
		if (scopeText == null || scopeText.isBlank()) {
			checks.problem("scope", "required", "Fältet ”Typ av plan” måste fyllas i.");
		}
		else {
			try {
				scope = PlanScope.valueOf(scopeText.trim());
			}
			catch (IllegalArgumentException ex) {
				checks.problem("scope", "invalid", "Okänt värde i fältet ”Typ av plan”.");
			}
		}
		if (year == null) {
			checks.problem("year", "required", "Fältet ”År” måste fyllas i.");
		}
		else if (year < 2000 || year > 2100) {
			checks.problem("year", "range", "Året anges som 2000–2100.");
		}
		if (scope == PlanScope.LOCAL) {
			if (districtId == null) {
				checks.problem("districtId", "required", "Fältet ”Stadsdelsområde” måste fyllas i.");
			}
			else if (organisation.unit(districtId).filter(unit -> unit.type() == UnitType.DISTRICT).isEmpty()) {
				checks.problem("districtId", "unknown", "Stadsdelsområdet finns inte.");
			}
		}
		if (scope == PlanScope.LOCAL && districtId != null) {
			requireEdit(actor, districtId);
		}
		if (scope == PlanScope.CITY_WIDE) {
			policy.require(actor, Action.EDIT_CITY_WIDE, null);
		}
		checks.throwIfAny();
		ActionPlan plan = ActionPlan.draft(scope, districtId, year);
		plans.insert(plan);
		audit.recordChange("CREATE", "ActionPlan", plan.id(), plan.districtId(), null, snapshot(plan));
		return plans.byId(plan.id()).orElseThrow();
	}

	@Transactional
	public Goal addGoal(Actor actor, UUID planId, GoalInput input) {
		plans.lock(planId);
		ActionPlan plan = plans.byId(planId).orElseThrow(() -> new NotFound("plan", planId));
		requireEdit(actor, plan);
		FieldChecks checks = new FieldChecks();
		List<UUID> steering = checkGoal(plan, input, checks);
		checks.throwIfAny();
		plan.requireOpenForChange();
		Goal goal = goalOf(UUID.randomUUID(), planId, input, 0);
		plans.insertGoal(goal);
		plans.linkSteeringGoals(ActionPlans.SteeringLink.GOAL, goal.id(), steering);
		Map<String, Object> after = goalSnapshot(goal);
		after.put("steeringDocumentGoalIds", steering.stream().map(UUID::toString).toList());
		audit.recordChange("ADD_GOAL", "ActionPlan", planId, plan.districtId(), null, after);
		return plans.goals(planId).stream().filter(g -> g.id().equals(goal.id())).findFirst().orElseThrow();
	}

	/**
	 * Checks a goal as added or corrected (the field problems into {@code checks}); answers the
	 * steering documents' goals it names.
	 */
	List<UUID> checkGoal(ActionPlan plan, GoalInput input, FieldChecks checks) {
		if (FieldChecks.clean(input.title()) == null) {
			checks.problem("title", "required", "Fältet ”Mål” måste fyllas i.");
		}
		checks.text("title", input.title(), false, 500);
		checks.text("baselinePeriod", input.baselinePeriod(), false, 20);
		checks.text("targetText", input.targetText(), false, 2000);
		if (input.targetValue() == null && FieldChecks.clean(input.targetText()) == null) {
			checks.problem("targetValue", "required",
					"Fältet ”Målvärde” måste fyllas i (eller ”Mål i text” för ett kvalitativt mål).");
		}
		checks.required("targetDate", input.targetDate(), "Fältet ”Måldatum” måste fyllas i.");
		if (input.priorityAreaId() != null && areasOf(plan)
			.stream()
			.noneMatch(area -> area.id().equals(input.priorityAreaId()))) {
			checks.problem("priorityAreaId", "unknown", "Det prioriterade området finns inte i den gällande överenskommelsen.");
		}
		if (input.indicatorId() != null && !indicators.exists(input.indicatorId())) {
			checks.problem("indicatorId", "unknown", "Indikatorn finns inte. Välj en indikator ur listan.");
		}
		return steeringGoals(checks, input.steeringDocumentGoalIds());
	}

	/** A checked goal as it is stored. */
	static Goal goalOf(UUID id, UUID planId, GoalInput input, int version) {
		return new Goal(id, planId, input.title().trim(), input.indicatorId(), input.baselineValue(),
				FieldChecks.clean(input.baselinePeriod()), input.targetValue(), input.targetDate(), 0,
				input.priorityAreaId(), FieldChecks.clean(input.targetText()), version);
	}

	@Transactional
	public Activity addActivity(Actor actor, UUID planId, ActivityInput input) {
		plans.lock(planId);
		ActionPlan plan = plans.byId(planId).orElseThrow(() -> new NotFound("plan", planId));
		requireEdit(actor, plan);
		ActivityContent content = rulesFor(plan, input).check(input);
		plan.requireOpenForChange();
		Activity activity = Activity.plan(planId, content, activities.nextOrdinal(planId));
		activities.insert(activity, actor.username());
		audit.recordChange("CREATE", "Activity", activity.id(), plan.districtId(), null, content.fields());
		return activities.byId(activity.id()).orElseThrow();
	}

	/**
	 * Saves a changed activity if nobody saved it since the user read {@code version}; otherwise
	 * refuses with what the other changed ({@link ActivityConflict}), writing nothing.
	 */
	@Transactional
	public Activity reviseActivity(Actor actor, UUID id, Integer version, ActivityInput input) {
		Activity activity = activities.byId(id).orElseThrow(() -> new NotFound("activity", id));
		plans.lock(activity.planId());
		ActionPlan plan = plans.byId(activity.planId()).orElseThrow();
		requireEdit(actor, plan);
		if (version == null) {
			throw InvalidInput.of("version", "required", "Skicka med den version du läste.");
		}
		ActivityContent content = rulesFor(plan, input).check(input);
		plan.requireOpenForChange();
		if (version != activity.version()) {
			throw conflict(activity, version, content);
		}
		Map<String, Object> before = activity.content().fields();
		activity.revise(content);
		if (!activities.update(activity, actor.username())) {
			throw conflict(activities.byId(id).orElseThrow(), version, content);
		}
		audit.recordChange("UPDATE", "Activity", id, plan.districtId(), before, content.fields());
		return activities.byId(id).orElseThrow();
	}

	/** A progress update; an established plan still takes them. The activity takes its status. */
	@Transactional
	public ProgressUpdate reportProgress(Actor actor, UUID activityId, ProgressInput input) {
		Activity activity = activities.byId(activityId).orElseThrow(() -> new NotFound("activity", activityId));
		ActionPlan plan = plans.byId(activity.planId()).orElseThrow();
		requireEdit(actor, plan);
		FieldChecks checks = new FieldChecks();
		ActivityStatus status = checks.choice("status", "Status", input.status(), ActivityStatus.class);
		Signal signal = checks.choice("signal", "Signal", input.signal(), Signal.class);
		checks.text("note", input.note(), false, 4000);
		if (input.doneCount() != null && (input.doneCount() < 0 || input.doneCount() > 100_000)) {
			checks.problem("doneCount", "range", "Antal genomförda anges som 0–100 000.");
		}
		checks.throwIfAny();
		Map<String, Object> before = progressSnapshot(activity);
		ProgressUpdate update = new ProgressUpdate(UUID.randomUUID(), activityId,
				input.date() == null ? LocalDate.now() : input.date(), status, signal, FieldChecks.clean(input.note()),
				input.doneCount(), actor.username(), OffsetDateTime.now());
		activity.reportProgress(update);
		activities.recordProgress(activity, update);
		Map<String, Object> after = progressSnapshot(activity);
		after.put("date", update.date().toString());
		after.put("note", update.note());
		audit.recordChange("PROGRESS", "Activity", activityId, plan.districtId(), before, after);
		return update;
	}

	/**
	 * Records the steering group's decision to establish the plan: the district's local steering
	 * group, or the beredningsgrupp for the city-wide plan. Every priority area needs an activity or
	 * a goal in it, or a written reason why not.
	 */
	@Transactional
	public ActionPlan establish(Actor actor, UUID planId, DecisionInput decision) {
		plans.lock(planId);
		ActionPlan plan = plans.byId(planId).orElseThrow(() -> new NotFound("plan", planId));
		mayRead(actor, plan);
		if (plan.status() == PlanStatus.ESTABLISHED) {
			throw new RuleViolation("planning.rule.already-established");
		}
		Map<String, Object> before = snapshot(plan);
		Decision recorded = decisions.establish(actor, subject(plan), decision, () -> {
			List<PriorityArea> missing = unaddressedAreas(plan);
			if (!missing.isEmpty()) {
				throw new MissingPriorityAreas("planning.rule.missing-areas", missing);
			}
		}).decision();
		plan.establish(actor.username(), OffsetDateTime.now());
		plans.update(plan);
		Map<String, Object> after = snapshot(plan);
		after.put("decisionId", recorded.id().toString());
		audit.recordChange("ESTABLISH", "ActionPlan", planId, plan.districtId(), before, after);
		return plans.byId(planId).orElseThrow();
	}

	/**
	 * Records the steering group's decision to reopen an established plan for structural change; the
	 * decision text (the reason) is required and audited.
	 */
	@Transactional
	public ActionPlan reopen(Actor actor, UUID planId, DecisionInput decision) {
		plans.lock(planId);
		ActionPlan plan = plans.byId(planId).orElseThrow(() -> new NotFound("plan", planId));
		mayRead(actor, plan);
		if (plan.status() != PlanStatus.ESTABLISHED) {
			throw new RuleViolation("planning.rule.not-established");
		}
		Map<String, Object> before = snapshot(plan);
		Decision recorded = decisions.reopen(actor, subject(plan), decision);
		plan.reopen();
		plans.update(plan);
		Map<String, Object> after = snapshot(plan);
		after.put("reason", recorded.decisionText());
		after.put("decisionId", recorded.id().toString());
		audit.recordChange("REOPEN", "ActionPlan", planId, plan.districtId(), before, after);
		return plans.byId(planId).orElseThrow();
	}

	/**
	 * Sets the priority areas the plan leaves without activities and goals, each with its reason
	 * (replacing the earlier list); a draft plan only.
	 */
	@Transactional
	public ActionPlan leaveAreas(Actor actor, UUID planId, Integer version, List<NotAddressed> reasons) {
		return revise(actor, planId, version, reasons, null);
	}

	/**
	 * Changes what a draft plan says beside its goals and activities: the areas it leaves without
	 * them (each with a reason), and the steering documents' goals the plan as a whole serves. A
	 * null list leaves that part as it was.
	 */
	@Transactional
	public ActionPlan revise(Actor actor, UUID planId, Integer version, List<NotAddressed> reasons,
			List<UUID> steeringDocumentGoalIds) {
		plans.lock(planId);
		ActionPlan plan = plans.byId(planId).orElseThrow(() -> new NotFound("plan", planId));
		requireEdit(actor, plan);
		FieldChecks checks = new FieldChecks().required("version", version, "Skicka med den version du läste.")
			.noNulls("notAddressed", reasons);
		List<NotAddressed> given = reasons == null ? List.of() : reasons.stream().filter(Objects::nonNull).toList();
		new FieldChecks().noNulls("steeringDocumentGoalIds", steeringDocumentGoalIds).throwIfAny();
		Set<UUID> areas = areasOf(plan).stream().map(PriorityArea::id).collect(Collectors.toSet());
		Set<UUID> seen = new HashSet<>();
		List<NotAddressed> clean = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			NotAddressed reason = given.get(i);
			checks.required("notAddressed[" + i + "].priorityAreaId", reason.priorityAreaId(), "Ange området.")
				.text("notAddressed[" + i + "].reason", reason.reason(), true, 4000);
			if (reason.priorityAreaId() != null && !areas.contains(reason.priorityAreaId())) {
				checks.problem("notAddressed[" + i + "].priorityAreaId", "unknown",
						"Det prioriterade området finns inte i den gällande överenskommelsen.");
			}
			else if (reason.priorityAreaId() != null && !seen.add(reason.priorityAreaId())) {
				checks.problem("notAddressed[" + i + "].priorityAreaId", "duplicate", "Området finns redan i listan.");
			}
			if (FieldChecks.clean(reason.reason()) != null) {
				clean.add(new NotAddressed(reason.priorityAreaId(), reason.reason().trim()));
			}
		}
		List<UUID> steering = steeringDocumentGoalIds == null ? null : steeringGoals(checks, steeringDocumentGoalIds);
		checks.throwIfAny();
		plan.requireOpenForChange();
		if (version != plan.version()) {
			throw new se.samverkan.platform.rules.VersionConflict("planen");
		}
		List<NotAddressed> earlier = plans.notAddressed(planId);
		List<UUID> earlierSteering = plans.steeringGoals(ActionPlans.SteeringLink.PLAN, List.of(planId))
			.getOrDefault(planId, List.of());
		plans.touch(plan);
		Map<String, Object> before = new LinkedHashMap<>();
		Map<String, Object> after = new LinkedHashMap<>();
		if (reasons != null) {
			plans.replaceNotAddressed(planId, clean);
			before.put("notAddressed", reasonsSnapshot(earlier));
			after.put("notAddressed", reasonsSnapshot(clean));
		}
		if (steering != null) {
			plans.linkSteeringGoals(ActionPlans.SteeringLink.PLAN, planId, steering);
			before.put("steeringDocumentGoalIds", earlierSteering.stream().map(UUID::toString).toList());
			after.put("steeringDocumentGoalIds", steering.stream().map(UUID::toString).toList());
		}
		audit.recordChange("UPDATE", "ActionPlan", planId, plan.districtId(), before, after);
		return plans.byId(planId).orElseThrow();
	}

	/**
	 * The plan's balance by prevention level, type, horizon and responsible party, and the
	 * responsible bodies beyond the parties.
	 */
	@Transactional(readOnly = true)
	public PlanProfile profile(Actor actor, UUID planId) {
		ActionPlan plan = get(actor, planId);
		List<Activity> all = activities.ofPlan(plan.id());
		Map<UUID, List<UUID>> bodies = new HashMap<>();
		all.forEach(activity -> bodies.put(activity.id(), activity.content().partnerIds()));
		Map<UUID, PlanProfile.PartnerName> names = new HashMap<>();
		partnerRegister.all(false)
			.forEach(partner -> names.put(partner.id(), new PlanProfile.PartnerName(partner.name(), partner.kind().name())));
		return PlanProfile.of(plan.id(), all, bodies, names);
	}

	/** The work serving a steering document, by its goals, in the plans the actor reads. */
	@Transactional(readOnly = true)
	public SteeringWork steeringWork(Actor actor, UUID documentId, Integer year) {
		Scope scope = policy.scope(actor, Action.READ);
		var document = steeringDocuments.get(actor, documentId);
		var rows = plans.linkedTo(document.goals().stream().map(se.samverkan.governance.SteeringDocument.Goal::id).toList(),
				year, scope.unitIdsOrNull());
		List<SteeringWork.GoalWork> goals = new ArrayList<>();
		for (var goal : document.goals()) {
			List<SteeringWork.Item> planItems = new ArrayList<>();
			List<SteeringWork.Item> goalItems = new ArrayList<>();
			List<SteeringWork.Item> activityItems = new ArrayList<>();
			rows.stream().filter(row -> row.steeringGoalId().equals(goal.id())).forEach(row -> {
				var item = new SteeringWork.Item(row.id(), row.title(), row.planId(), row.districtId(), row.year(),
						row.status());
				switch (row.kind()) {
					case "PLAN" -> planItems.add(item);
					case "GOAL" -> goalItems.add(item);
					default -> activityItems.add(item);
				}
			});
			goals.add(new SteeringWork.GoalWork(goal.id(), goal.code(), goal.text(), planItems, goalItems, activityItems));
		}
		return new SteeringWork(document.id(), document.title(), year, goals);
	}

	/** The steering documents' goals the plan serves, and those each of its goals serves. */
	@Transactional(readOnly = true)
	public Map<UUID, List<UUID>> steeringGoalsOf(ActionPlan plan, List<Goal> goals) {
		Map<UUID, List<UUID>> links = new HashMap<>(plans.steeringGoals(ActionPlans.SteeringLink.GOAL,
				goals.stream().map(Goal::id).toList()));
		links.putAll(plans.steeringGoals(ActionPlans.SteeringLink.PLAN, List.of(plan.id())));
		return links;
	}

	/** The given steering documents' goals, each checked to exist. */
	private List<UUID> steeringGoals(FieldChecks checks, List<UUID> ids) {
		List<UUID> wanted = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
		Set<UUID> known = steeringDocuments.goals(wanted)
			.stream()
			.map(se.samverkan.governance.SteeringDocument.Goal::id)
			.collect(Collectors.toSet());
		if (!known.containsAll(wanted)) {
			checks.problem("steeringDocumentGoalIds", "unknown", "Ett mål finns inte bland stadens styrdokument.");
		}
		return wanted;
	}

	/** The priority areas the plan leaves without activities and goals, with their reasons. */
	@Transactional(readOnly = true)
	public List<NotAddressed> notAddressed(ActionPlan plan) {
		return plans.notAddressed(plan.id());
	}

	/** The current priority areas with neither an activity, a goal nor a reason in the plan. */
	@Transactional(readOnly = true)
	public List<PriorityArea> unaddressedAreas(ActionPlan plan) {
		Set<UUID> addressed = new HashSet<>();
		activities.ofPlan(plan.id()).forEach(activity -> addressed.addAll(activity.content().priorityAreaIds()));
		plans.goals(plan.id()).forEach(goal -> {
			if (goal.priorityAreaId() != null) {
				addressed.add(goal.priorityAreaId());
			}
		});
		plans.notAddressed(plan.id()).forEach(reason -> addressed.add(reason.priorityAreaId()));
		return areasOf(plan).stream().filter(area -> !addressed.contains(area.id())).toList();
	}

	/**
	 * Follows a goal up with an assessment (achieved, partly, not achieved) and a comment; how a
	 * qualitative goal is followed up, and allowed for any goal. An established plan still takes them.
	 */
	@Transactional
	public GoalAssessment assess(Actor actor, UUID goalId, LocalDate date, String result, String comment) {
		Goal goal = plans.goal(goalId).orElseThrow(() -> new NotFound("goal", goalId));
		ActionPlan plan = plans.byId(goal.planId()).orElseThrow();
		requireEdit(actor, plan);
		FieldChecks checks = new FieldChecks().text("comment", comment, false, 4000);
		GoalAssessment.Result chosen = checks.choice("result", "Bedömning", result, GoalAssessment.Result.class);
		if (date != null && date.isAfter(LocalDate.now())) {
			checks.problem("date", "future", "En bedömning kan inte dateras framåt i tiden.");
		}
		checks.throwIfAny();
		GoalAssessment assessment = new GoalAssessment(UUID.randomUUID(), goalId, date == null ? LocalDate.now() : date,
				chosen, FieldChecks.clean(comment), actor.username(), OffsetDateTime.now());
		plans.insertAssessment(assessment);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("goalId", goalId.toString());
		after.put("date", assessment.date().toString());
		after.put("result", chosen.name());
		after.put("comment", assessment.comment());
		audit.recordChange("ASSESS_GOAL", "ActionPlan", plan.id(), plan.districtId(), null, after);
		return assessment;
	}

	/** The assessments of the plan's goals, oldest first per goal. */
	@Transactional(readOnly = true)
	public Map<UUID, List<GoalAssessment>> assessments(List<Goal> goals) {
		return plans.assessments(goals.stream().map(Goal::id).toList());
	}

	/** Whether the actor may record the steering group's decision to establish the plan today. */
	@Transactional(readOnly = true)
	public boolean mayDecide(Actor actor, ActionPlan plan) {
		return decisions.mayDecide(actor, subject(plan));
	}

	/** Whether the actor sits in the group that may reopen the plan. */
	@Transactional(readOnly = true)
	public boolean mayReopen(Actor actor, ActionPlan plan) {
		return decisions.mayReopen(actor, plan.districtId());
	}

	@Transactional(readOnly = true)
	public List<Decision> decisions(ActionPlan plan) {
		return decisions.of(plan.id());
	}

	@Transactional(readOnly = true)
	public java.util.Optional<se.samverkan.organisation.Group> decidingGroup(ActionPlan plan) {
		return decisions.decidingGroup(plan.districtId());
	}

	private DecisionSubject subject(ActionPlan plan) {
		String text = plan.districtId() == null ? "Den stadsövergripande handlingsplanen " + plan.year() + " fastställs."
				: "Åtgärdsplanen " + plan.year() + " för " + organisation.unit(plan.districtId()).map(unit -> unit.name()).orElse("")
						+ " fastställs.";
		return new DecisionSubject(DecisionSubject.ACTION_PLAN, plan.id(), plan.districtId(), null, text);
	}

	private static List<Map<String, String>> reasonsSnapshot(List<NotAddressed> reasons) {
		return reasons.stream()
			.map(reason -> Map.of("priorityAreaId", reason.priorityAreaId().toString(), "reason", reason.reason()))
			.toList();
	}

	public boolean mayEdit(Actor actor, ActionPlan plan) {
		return plan.scope() == PlanScope.CITY_WIDE ? policy.allows(actor, Action.EDIT_CITY_WIDE, null)
				: mayEditDistrict(actor, plan.districtId());
	}

	public boolean mayEditDistrict(Actor actor, UUID districtId) {
		return policy.allows(actor, Action.EDIT_LOCAL, districtId) || policy.allows(actor, Action.EDIT_CITY_WIDE, null);
	}

	public boolean mayRead(Actor actor, UUID districtId) {
		return policy.allows(actor, Action.READ, districtId);
	}

	public boolean maySteer(Actor actor, ActionPlan plan) {
		return policy.allows(actor, Action.STEER, plan.scopeUnitId());
	}

	/** The local plan of a district for a year, if there is one (for the golden thread). */
	@Transactional(readOnly = true)
	public java.util.Optional<ActionPlan> localPlan(UUID districtId, int year) {
		return plans.localPlan(districtId, year);
	}

	/**
	 * Carries every unfinished activity of a plan (planned, ongoing or postponed, and not carried
	 * before) into the same scope's plan for {@code toYear}, a draft made when there is none. The
	 * yearly compilation does this for the city-wide plan (the agreement: the beredningsgrupp draws
	 * up the plan for the coming year). See {@link #carryOverActivity} for what a carried activity is.
	 */
	@Transactional
	public CarryOver carryOverUnfinished(Actor actor, UUID fromPlanId, int toYear) {
		ActionPlan from = plans.byId(fromPlanId).orElseThrow(() -> new NotFound("plan", fromPlanId));
		requireEdit(actor, from);
		List<Activity> all = activities.ofPlan(fromPlanId);
		Map<UUID, UUID> carried = carryOvers.carriedTo(all.stream().map(Activity::id).toList());
		ActionPlan target = nextPlan(actor, from, toYear);
		Map<UUID, UUID> copies = new LinkedHashMap<>();
		for (Activity activity : all) {
			if (!activity.status().closed() && !carried.containsKey(activity.id())) {
				copies.put(activity.id(), copy(actor, activity, from, target));
			}
		}
		return new CarryOver(target.id(), copies);
	}

	/**
	 * Carries one unfinished activity into its district's (or the city-wide) plan for
	 * {@code toYear}, a draft made when there is none. The copy keeps the content, the causes it
	 * acts on and its goals (each goal copied into the new plan once, with its indicator, baseline
	 * and target); its dates move into the new year and it starts as planned, with nothing done yet.
	 * The old activity stays as it was, marked as carried. An activity carried before, or one that
	 * is done or cancelled, is refused (409); so is a receiving plan that is established.
	 */
	@Transactional
	public CarryOver carryOverActivity(Actor actor, UUID activityId, int toYear) {
		Activity activity = activities.byId(activityId).orElseThrow(() -> new NotFound("activity", activityId));
		ActionPlan from = plans.byId(activity.planId()).orElseThrow();
		requireEdit(actor, from);
		if (activity.status().closed()) {
			throw new se.samverkan.platform.rules.RuleViolation("planning.rule.carry-closed");
		}
		if (!carryOvers.carriedTo(List.of(activityId)).isEmpty()) {
			throw new se.samverkan.platform.rules.RuleViolation("planning.rule.carried");
		}
		ActionPlan target = nextPlan(actor, from, toYear);
		return new CarryOver(target.id(), Map.of(activityId, copy(actor, activity, from, target)));
	}

	/** For each of the activities that was carried over: the activity that continues it. */
	@Transactional(readOnly = true)
	public Map<UUID, UUID> carriedTo(java.util.Collection<UUID> activityIds) {
		return carryOvers.carriedTo(activityIds);
	}

	/** For each of the activities that continues a carried one: the activity it continues. */
	@Transactional(readOnly = true)
	public Map<UUID, UUID> carriedFrom(java.util.Collection<UUID> activityIds) {
		return carryOvers.carriedFrom(activityIds);
	}

	/** Activities past their end date, neither done, cancelled nor carried over (for reminders). */
	@Transactional(readOnly = true)
	public List<CarryOvers.LateActivity> lateActivities(LocalDate today) {
		return carryOvers.late(today);
	}

	private ActionPlan nextPlan(Actor actor, ActionPlan from, int toYear) {
		if (toYear <= from.year()) {
			throw InvalidInput.of("year", "range", "Året att föra över till måste komma efter planens år.");
		}
		ActionPlan target = plans.find(toYear, from.districtId(), null)
			.stream()
			.filter(plan -> plan.scope() == from.scope())
			.findFirst()
			.orElse(null);
		if (target == null) {
			target = ActionPlan.draft(from.scope(), from.districtId(), toYear);
			plans.insert(target);
			audit.recordChange("CREATE", "ActionPlan", target.id(), target.districtId(), null, snapshot(target));
		}
		plans.lock(target.id());
		target = plans.byId(target.id()).orElseThrow();
		target.requireOpenForChange();
		return target;
	}

	private UUID copy(Actor actor, Activity activity, ActionPlan from, ActionPlan target) {
		ActivityContent c = activity.content();
		LocalDate yearStart = LocalDate.of(target.year(), 1, 1);
		LocalDate start = c.startDate().isBefore(yearStart) ? yearStart : c.startDate();
		LocalDate end = c.endDate().isBefore(start) ? LocalDate.of(target.year(), 12, 31) : c.endDate();
		List<UUID> goals = c.goalIds().stream().map(goal -> copiedGoal(goal, target)).toList();
		ActivityContent carried = new ActivityContent(c.title(), c.what(), c.how(), c.followUpMethod(),
				c.responsibleParty(), c.responsibleUnitId(), c.responsiblePerson(), c.participants(), c.milestones(),
				start, end, c.priorityAreaIds(), c.causeIds(), goals, c.preventionLevel(), c.preventionType(),
				c.horizon(), c.targetCount(), c.focusAreaId(), c.steeringDocumentGoalIds(), c.partnerIds());
		Activity copy = Activity.plan(target.id(), carried, activities.nextOrdinal(target.id()));
		activities.insert(copy, actor.username());
		carryOvers.record(activity.id(), copy.id(), actor.username());
		Map<String, Object> link = new LinkedHashMap<>();
		link.put("fromActivityId", activity.id().toString());
		link.put("fromPlanId", from.id().toString());
		link.put("toActivityId", copy.id().toString());
		link.put("toPlanId", target.id().toString());
		audit.recordChange("CARRY_OVER", "Activity", activity.id(), from.districtId(), null, link);
		audit.recordChange("CREATE", "Activity", copy.id(), target.districtId(), null, carried.fields());
		return copy.id();
	}

	private UUID copiedGoal(UUID goalId, ActionPlan target) {
		return carryOvers.copiedGoal(goalId).orElseGet(() -> {
			Goal goal = plans.goalsByIds(List.of(goalId)).get(0);
			Goal copy = new Goal(UUID.randomUUID(), target.id(), goal.title(), goal.indicatorId(), goal.baselineValue(),
					goal.baselinePeriod(), goal.targetValue(), goal.targetDate(), 0, goal.priorityAreaId(), goal.targetText(), 0);
			plans.insertGoal(copy);
			plans.linkSteeringGoals(ActionPlans.SteeringLink.GOAL, copy.id(), plans
				.steeringGoals(ActionPlans.SteeringLink.GOAL, List.of(goalId))
				.getOrDefault(goalId, List.of()));
			carryOvers.recordGoal(goalId, copy.id());
			audit.recordChange("ADD_GOAL", "ActionPlan", target.id(), target.districtId(), null, goalSnapshot(copy));
			return copy.id();
		});
	}

	private void mayRead(Actor actor, ActionPlan plan) {
		if (plan.scope() == PlanScope.CITY_WIDE) {
			if (policy.scope(actor, Action.READ).isEmpty()) {
				throw new Forbidden();
			}
		}
		else {
			policy.require(actor, Action.READ, plan.districtId());
		}
	}

	void requireEdit(Actor actor, ActionPlan plan) {
		if (!mayEdit(actor, plan)) {
			throw new Forbidden();
		}
	}

	private void requireEdit(Actor actor, UUID districtId) {
		if (!mayEditDistrict(actor, districtId)) {
			throw new Forbidden();
		}
	}

	private ActivityRules rulesFor(ActionPlan plan, ActivityInput input) {
		Set<UUID> areas = areasOf(plan).stream().map(PriorityArea::id).collect(Collectors.toSet());
		Set<UUID> units = input.responsibleUnitId() == null ? Set.of()
				: organisation.unit(input.responsibleUnitId()).map(unit -> Set.of(unit.id())).orElse(Set.of());
		List<UUID> wanted = input.causeIds() == null ? List.of()
				: input.causeIds().stream().filter(Objects::nonNull).toList();
		Set<UUID> causes = new HashSet<>();
		problems.districtsOfCauses(wanted).forEach((cause, district) -> {
			if (plan.scope() == PlanScope.CITY_WIDE || Objects.equals(district, plan.districtId())) {
				causes.add(cause);
			}
		});
		Set<UUID> goals = plans.goals(plan.id()).stream().map(Goal::id).collect(Collectors.toSet());
		Map<UUID, UUID> focusAreas = new HashMap<>();
		if (plan.districtId() != null) {
			agreements.focusAreasOfDistrict(plan.districtId())
				.stream()
				.filter(focus -> focus.agreementStatus() != se.samverkan.agreement.AgreementStatus.SUPERSEDED)
				.forEach(focus -> focusAreas.put(focus.id(), focus.priorityAreaId()));
		}
		Set<UUID> steering = steeringDocuments.goals(input.steeringDocumentGoalIds() == null ? List.of()
				: input.steeringDocumentGoalIds().stream().filter(Objects::nonNull).toList())
			.stream()
			.map(se.samverkan.governance.SteeringDocument.Goal::id)
			.collect(Collectors.toSet());
		Set<UUID> known = partnerRegister.all(false).stream().map(Partner::id).collect(Collectors.toSet());
		return new ActivityRules(areas, units, causes, goals, focusAreas, steering, known);
	}

	/**
	 * The priority areas a plan works in: those of the overarching agreement in force in its year, so
	 * that plans of earlier years keep their areas across a revision.
	 */
	private List<PriorityArea> areasOf(ActionPlan plan) {
		return agreements.priorityAreasOfYear(plan.year());
	}

	private ActivityConflict conflict(Activity current, int readVersion, ActivityContent yours) {
		Map<String, Object> original = activities.revision(current.id(), readVersion)
			.map(Activities.Revision::fields)
			.orElse(Map.of());
		Map<String, Object> theirs = current.content().fields();
		Map<String, Object> mine = yours.fields();
		List<ActivityConflict.Change> changes = new ArrayList<>();
		theirs.forEach((field, value) -> {
			if (!Objects.equals(original.get(field), value)) {
				changes.add(new ActivityConflict.Change(field, ActivityRules.LABELS.get(field), original.get(field), value,
						mine.get(field)));
			}
		});
		return new ActivityConflict(current.version(), current.updatedBy(), changes);
	}

	static Map<String, Object> snapshot(ActionPlan plan) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("scope", plan.scope().name());
		snapshot.put("districtId", plan.districtId() == null ? null : plan.districtId().toString());
		snapshot.put("year", plan.year());
		snapshot.put("status", plan.status().name());
		return snapshot;
	}

	static Map<String, Object> goalSnapshot(Goal goal) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("goalId", goal.id().toString());
		snapshot.put("title", goal.title());
		snapshot.put("indicatorId", goal.indicatorId() == null ? null : goal.indicatorId().toString());
		snapshot.put("baselineValue", goal.baselineValue());
		snapshot.put("baselinePeriod", goal.baselinePeriod());
		snapshot.put("targetValue", goal.targetValue());
		snapshot.put("targetDate", goal.targetDate() == null ? null : goal.targetDate().toString());
		snapshot.put("targetText", goal.targetText());
		snapshot.put("priorityAreaId", goal.priorityAreaId() == null ? null : goal.priorityAreaId().toString());
		return snapshot;
	}

	private static Map<String, Object> progressSnapshot(Activity activity) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("status", activity.status().name());
		snapshot.put("signal", activity.signal() == null ? null : activity.signal().name());
		snapshot.put("doneCount", activity.doneCount());
		return snapshot;
	}
}
