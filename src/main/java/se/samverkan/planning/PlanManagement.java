package se.samverkan.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import se.samverkan.agreement.PriorityArea;
import se.samverkan.analysis.ProblemManagement;
import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Scope;
import se.samverkan.indicator.IndicatorManagement;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.UnitType;
import se.samverkan.planning.internal.ActivityRules;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.NotFound;

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

	private final IndicatorManagement indicators;

	private final CarryOvers carryOvers;

	PlanManagement(ActionPlans plans, Activities activities, AccessPolicy policy, OrganisationDirectory organisation,
			AgreementManagement agreements, ProblemManagement problems, AuditLog audit, IndicatorManagement indicators,
			CarryOvers carryOvers) {
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
		checks.text("title", input.title(), true, 500);
		checks.text("baselinePeriod", input.baselinePeriod(), false, 20);
		checks.required("targetValue", input.targetValue(), "Fältet ”Målvärde” måste fyllas i.");
		checks.required("targetDate", input.targetDate(), "Fältet ”Måldatum” måste fyllas i.");
		if (input.indicatorId() != null && !indicators.exists(input.indicatorId())) {
			checks.problem("indicatorId", "unknown", "Indikatorn finns inte. Välj en indikator ur listan.");
		}
		checks.throwIfAny();
		plan.requireOpenForChange();
		Goal goal = new Goal(UUID.randomUUID(), planId, input.title().trim(), input.indicatorId(), input.baselineValue(),
				FieldChecks.clean(input.baselinePeriod()), input.targetValue(), input.targetDate(), 0);
		plans.insertGoal(goal);
		audit.recordChange("ADD_GOAL", "ActionPlan", planId, plan.districtId(), null, goalSnapshot(goal));
		return plans.goals(planId).stream().filter(g -> g.id().equals(goal.id())).findFirst().orElseThrow();
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

	/** The steering group establishes the plan (STEER in the district, or centrally for the city-wide plan). */
	@Transactional
	public ActionPlan establish(Actor actor, UUID planId) {
		ActionPlan plan = plans.byId(planId).orElseThrow(() -> new NotFound("plan", planId));
		policy.require(actor, Action.STEER, plan.scopeUnitId());
		Map<String, Object> before = snapshot(plan);
		plan.establish(actor.username(), OffsetDateTime.now());
		plans.update(plan);
		audit.recordChange("ESTABLISH", "ActionPlan", planId, plan.districtId(), before, snapshot(plan));
		return plans.byId(planId).orElseThrow();
	}

	/** Reopens an established plan for structural change; the reason is required and audited. */
	@Transactional
	public ActionPlan reopen(Actor actor, UUID planId, String reason) {
		ActionPlan plan = plans.byId(planId).orElseThrow(() -> new NotFound("plan", planId));
		policy.require(actor, Action.STEER, plan.scopeUnitId());
		new FieldChecks().text("reason", reason, true, 2000).throwIfAny();
		Map<String, Object> before = snapshot(plan);
		plan.reopen();
		plans.update(plan);
		Map<String, Object> after = snapshot(plan);
		after.put("reason", reason.trim());
		audit.recordChange("REOPEN", "ActionPlan", planId, plan.districtId(), before, after);
		return plans.byId(planId).orElseThrow();
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
				c.horizon(), c.targetCount());
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
					goal.baselinePeriod(), goal.targetValue(), goal.targetDate(), 0);
			plans.insertGoal(copy);
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

	private void requireEdit(Actor actor, ActionPlan plan) {
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
		Set<UUID> areas = agreements.currentPriorityAreas().stream().map(PriorityArea::id).collect(Collectors.toSet());
		Set<UUID> units = input.responsibleUnitId() == null ? Set.of()
				: organisation.unit(input.responsibleUnitId()).map(unit -> Set.of(unit.id())).orElse(Set.of());
		List<UUID> wanted = input.causeIds() == null ? List.of()
				: input.causeIds().stream().filter(Objects::nonNull).toList();
		Set<UUID> causes = new HashSet<>();
		problems.districtsOfCauses(wanted).forEach((cause, district) -> {
			if (plan.scope() == PlanScope.CITY_WIDE || district.equals(plan.districtId())) {
				causes.add(cause);
			}
		});
		Set<UUID> goals = plans.goals(plan.id()).stream().map(Goal::id).collect(Collectors.toSet());
		return new ActivityRules(areas, units, causes, goals);
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

	private static Map<String, Object> goalSnapshot(Goal goal) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("goalId", goal.id().toString());
		snapshot.put("title", goal.title());
		snapshot.put("indicatorId", goal.indicatorId() == null ? null : goal.indicatorId().toString());
		snapshot.put("baselineValue", goal.baselineValue());
		snapshot.put("baselinePeriod", goal.baselinePeriod());
		snapshot.put("targetValue", goal.targetValue());
		snapshot.put("targetDate", goal.targetDate() == null ? null : goal.targetDate().toString());
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
