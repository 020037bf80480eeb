package se.samverkan.planning.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.agreement.NotAddressed;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.governance.Decision;
import se.samverkan.governance.DecisionInput;
import se.samverkan.governance.DecisionRecord;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.Activity;
import se.samverkan.planning.ActivityContent;
import se.samverkan.planning.ActivityInput;
import se.samverkan.planning.Goal;
import se.samverkan.planning.GoalAssessment;
import se.samverkan.planning.GoalFigures;
import se.samverkan.planning.GoalInput;
import se.samverkan.planning.GoldenThread;
import se.samverkan.planning.PlanManagement;
import se.samverkan.planning.PlanProfile;
import se.samverkan.planning.SteeringWork;
import se.samverkan.planning.ProgressInput;
import se.samverkan.planning.ProgressUpdate;
import se.samverkan.platform.web.PageOf;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Planning")
class PlanController {

	private final PlanManagement plans;

	private final GoldenThread goldenThread;

	private final GoalFigures figures;

	private final java.time.Clock clock;

	PlanController(PlanManagement plans, GoldenThread goldenThread, GoalFigures figures, java.time.Clock clock) {
		this.plans = plans;
		this.goldenThread = goldenThread;
		this.figures = figures;
		this.clock = clock;
	}

	record PlanRequest(String scope, UUID districtId, Integer year) {
	}

	/** The steering group's decision (all optional: today, a standard text, the caller); {@code reason} is taken as the text of a reopening. */
	record DecisionRequest(LocalDate decisionDate, String decisionText, List<UUID> presentMemberIds, String reason) {

		DecisionInput input() {
			return new DecisionInput(decisionDate, decisionText != null && !decisionText.isBlank() ? decisionText : reason,
					presentMemberIds);
		}
	}

	/** What a plan takes in a PUT: the areas it leaves without activities and goals, each with a reason. */
	record PlanUpdate(List<NotAddressed> notAddressed, Integer version, List<UUID> steeringDocumentGoalIds) {
	}

	record AssessmentRequest(LocalDate date, String result, String comment) {
	}

	record AssessmentResponse(UUID id, UUID goalId, LocalDate date, String result, String comment, String username,
			OffsetDateTime createdAt) {

		static AssessmentResponse of(GoalAssessment assessment) {
			return new AssessmentResponse(assessment.id(), assessment.goalId(), assessment.date(),
					assessment.result().name(), assessment.comment(), assessment.username(), assessment.createdAt());
		}
	}

	/** An activity as sent; read-only members of the GET representation (id, status, ...) are ignored. */
	record ActivityRequest(String title, String what, String how, String followUpMethod, String responsibleParty,
			UUID responsibleUnitId, String responsiblePerson, String participants, String milestones,
			LocalDate startDate, LocalDate endDate, List<UUID> priorityAreaIds, List<UUID> causeIds, List<UUID> goalIds,
			String preventionLevel, String preventionType, String horizon, Integer targetCount, Integer version,
			UUID focusAreaId, List<UUID> steeringDocumentGoalIds, List<UUID> partnerIds) {

		ActivityInput input() {
			return new ActivityInput(title, what, how, followUpMethod, responsibleParty, responsibleUnitId,
					responsiblePerson, participants, milestones, startDate, endDate, priorityAreaIds, causeIds, goalIds,
					preventionLevel, preventionType, horizon, targetCount, focusAreaId, steeringDocumentGoalIds,
					partnerIds);
		}
	}

	/** The latest value of a goal's indicator for the plan's district (the municipality for the city-wide plan). */
	record Latest(String period, BigDecimal value, String state, boolean demo) {
	}

	record GoalResponse(UUID id, UUID planId, String title, UUID indicatorId, String indicatorCode, String indicatorName,
			BigDecimal baselineValue, String baselinePeriod, BigDecimal targetValue, LocalDate targetDate,
			UUID priorityAreaId, String targetText, Latest latest, BigDecimal changeFromBaseline,
			Boolean betterThanBaseline, List<AssessmentResponse> assessments, List<UUID> steeringDocumentGoalIds,
			int version) {

		static GoalResponse of(Goal goal, GoalFigures.Figure figure, List<GoalAssessment> assessments,
				List<UUID> steeringDocumentGoalIds) {
			Latest latest = figure == null || figure.latestValue() == null ? null
					: new Latest(figure.latestPeriod(), figure.latestValue(), figure.latestState(), figure.demo());
			return new GoalResponse(goal.id(), goal.planId(), goal.title(), goal.indicatorId(),
					figure == null ? null : figure.indicatorCode(), figure == null ? null : figure.indicatorName(),
					goal.baselineValue(), goal.baselinePeriod(), goal.targetValue(), goal.targetDate(),
					goal.priorityAreaId(), goal.targetText(), latest, figure == null ? null : figure.change(),
					figure == null ? null : figure.better(), assessments.stream().map(AssessmentResponse::of).toList(),
					steeringDocumentGoalIds, goal.version());
		}
	}

	record ActivityResponse(UUID id, UUID planId, String title, String what, String how, String followUpMethod,
			String responsibleParty, UUID responsibleUnitId, String responsiblePerson, String participants,
			String milestones, LocalDate startDate, LocalDate endDate, List<UUID> priorityAreaIds, List<UUID> causeIds,
			List<UUID> goalIds, String preventionLevel, String preventionType, String horizon, Integer targetCount,
			int doneCount, String status, String signal, boolean late, String updatedBy, OffsetDateTime updatedAt,
			UUID focusAreaId, List<UUID> steeringDocumentGoalIds, List<UUID> partnerIds, int version) {

		static ActivityResponse of(Activity activity, LocalDate today) {
			ActivityContent c = activity.content();
			return new ActivityResponse(activity.id(), activity.planId(), c.title(), c.what(), c.how(),
					c.followUpMethod(), c.responsibleParty().name(), c.responsibleUnitId(), c.responsiblePerson(),
					c.participants(), c.milestones(), c.startDate(), c.endDate(), c.priorityAreaIds(), c.causeIds(),
					c.goalIds(), c.preventionLevel().name(), c.preventionType().name(), c.horizon().name(),
					c.targetCount(), activity.doneCount(), activity.status().name(),
					activity.signal() == null ? null : activity.signal().name(), activity.isLate(today),
					activity.updatedBy(), activity.updatedAt(), c.focusAreaId(), c.steeringDocumentGoalIds(),
					c.partnerIds(), activity.version());
		}
	}

	/**
	 * {@code notAddressed}: areas left with a reason; {@code unaddressedPriorityAreaIds}: areas with
	 * neither activity, goal nor reason (establishing is refused while any is left); {@code decision}:
	 * the steering group's decision that established it. {@code carriedTo} maps each of its activities
	 * carried over into next year's plan to the activity that continues it, {@code carriedFrom} each
	 * continuing activity to last year's.
	 */
	record PlanResponse(UUID id, String scope, UUID districtId, int year, String status, OffsetDateTime establishedAt,
			String establishedBy, List<GoalResponse> goals, List<ActivityResponse> activities,
			java.util.Map<UUID, UUID> carriedTo, java.util.Map<UUID, UUID> carriedFrom, List<NotAddressed> notAddressed,
			List<UUID> unaddressedPriorityAreaIds, Decision decision, List<Decision> decisions,
			List<UUID> steeringDocumentGoalIds, int version) {
	}

	record UpdateResponse(UUID id, UUID activityId, LocalDate date, String status, String signal, String note,
			Integer doneCount, String username, OffsetDateTime createdAt) {

		static UpdateResponse of(ProgressUpdate update) {
			return new UpdateResponse(update.id(), update.activityId(), update.date(), update.status().name(),
					update.signal().name(), update.note(), update.doneCount(), update.username(), update.createdAt());
		}
	}

	@GetMapping("/action-plans")
	PageOf<PlanResponse> list(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) UUID districtId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		var found = plans.find(CurrentActor.get(), year, districtId).stream().map(this::response).toList();
		return PageOf.slice(found, page, size);
	}

	@GetMapping("/action-plans/{id}")
	PlanResponse get(@PathVariable UUID id) {
		return response(plans.get(CurrentActor.get(), id));
	}

	@PostMapping("/action-plans")
	ResponseEntity<PlanResponse> create(@RequestBody(required = false) PlanRequest request) {
		PlanRequest body = request == null ? new PlanRequest(null, null, null) : request;
		ActionPlan plan = plans.create(CurrentActor.get(), body.scope(), body.districtId(), body.year());
		return ResponseEntity.created(URI.create("/api/v1/action-plans/" + plan.id())).body(response(plan));
	}

	@PostMapping("/action-plans/{id}/goals")
	ResponseEntity<GoalResponse> addGoal(@PathVariable UUID id, @RequestBody(required = false) GoalInput request) {
		GoalInput body = request == null ? new GoalInput(null, null, null, null, null, null) : request;
		Actor actor = CurrentActor.get();
		Goal goal = plans.addGoal(actor, id, body);
		GoalFigures.Figure figure = figures.of(plans.get(actor, id), List.of(goal)).get(goal.id());
		return ResponseEntity.created(URI.create("/api/v1/action-plans/" + id))
			.body(GoalResponse.of(goal, figure, List.of(), body.steeringDocumentGoalIds() == null ? List.of()
					: body.steeringDocumentGoalIds().stream().filter(java.util.Objects::nonNull).distinct().toList()));
	}

	@PostMapping("/goals/{id}/assessments")
	@Operation(summary = "Follows a goal up with an assessment", description = "result: ACHIEVED, PARTLY or NOT_ACHIEVED; date defaults to today")
	ResponseEntity<AssessmentResponse> assess(@PathVariable UUID id,
			@RequestBody(required = false) AssessmentRequest request) {
		AssessmentRequest body = request == null ? new AssessmentRequest(null, null, null) : request;
		GoalAssessment assessment = plans.assess(CurrentActor.get(), id, body.date(), body.result(), body.comment());
		return ResponseEntity.created(URI.create("/api/v1/goals/" + id + "/assessments")).body(AssessmentResponse.of(assessment));
	}

	@PutMapping("/action-plans/{id}")
	@Operation(summary = "Sets the priority areas the plan leaves without activities and goals (each with its reason) and the steering documents' goals the plan serves",
			description = "A draft plan only; send the version read. A list left out stays as it was; other fields of the plan are read-only and ignored.")
	PlanResponse update(@PathVariable UUID id, @RequestBody(required = false) PlanUpdate request) {
		PlanUpdate body = request == null ? new PlanUpdate(null, null, null) : request;
		return response(plans.revise(CurrentActor.get(), id, body.version(), body.notAddressed(),
				body.steeringDocumentGoalIds()));
	}

	@PostMapping("/action-plans/{id}/activities")
	ResponseEntity<ActivityResponse> addActivity(@PathVariable UUID id,
			@RequestBody(required = false) ActivityRequest request) {
		ActivityRequest body = request == null ? empty() : request;
		Activity activity = plans.addActivity(CurrentActor.get(), id, body.input());
		return ResponseEntity.created(URI.create("/api/v1/activities/" + activity.id()))
			.body(ActivityResponse.of(activity, today()));
	}

	@PostMapping("/action-plans/{id}/establish")
	@Operation(summary = "Records the steering group's decision to establish the plan",
			description = "By a member of the district's local steering group (the beredningsgrupp for the city-wide plan). "
					+ "Every priority area needs an activity, a goal or a reason (409 names the areas).")
	PlanResponse establish(@PathVariable UUID id, @RequestBody(required = false) DecisionRequest request) {
		return response(plans.establish(CurrentActor.get(), id, request == null ? DecisionInput.defaults() : request.input()));
	}

	/** Reopens an established plan for structural change, by the steering group's decision with its reason (an addition to API.md). */
	@PostMapping("/action-plans/{id}/reopen")
	@Operation(summary = "Records the steering group's decision to reopen the plan", description = "decisionText (or reason) is required")
	PlanResponse reopen(@PathVariable UUID id, @RequestBody(required = false) DecisionRequest request) {
		return response(plans.reopen(CurrentActor.get(), id, request == null ? DecisionInput.defaults() : request.input()));
	}

	@GetMapping("/activities/{id}")
	ActivityResponse activity(@PathVariable UUID id) {
		return ActivityResponse.of(plans.activity(CurrentActor.get(), id), today());
	}

	@PutMapping("/activities/{id}")
	ActivityResponse update(@PathVariable UUID id, @RequestBody(required = false) ActivityRequest request) {
		ActivityRequest body = request == null ? empty() : request;
		return ActivityResponse.of(plans.reviseActivity(CurrentActor.get(), id, body.version(), body.input()), today());
	}

	@GetMapping("/activities/{id}/updates")
	List<UpdateResponse> updates(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		return plans.updates(plans.activity(actor, id)).stream().map(UpdateResponse::of).toList();
	}

	@PostMapping("/activities/{id}/updates")
	ResponseEntity<UpdateResponse> report(@PathVariable UUID id, @RequestBody(required = false) ProgressInput request) {
		ProgressInput body = request == null ? new ProgressInput(null, null, null, null, null) : request;
		ProgressUpdate update = plans.reportProgress(CurrentActor.get(), id, body);
		return ResponseEntity.created(URI.create("/api/v1/activities/" + id + "/updates")).body(UpdateResponse.of(update));
	}

	@GetMapping("/action-plans/{id}/profile")
	@Operation(summary = "The plan's activities counted by prevention level, type, horizon and responsible party",
			description = "Cancelled activities are not counted; responsibleBodies: the bodies beyond the parties")
	PlanProfile profile(@PathVariable UUID id) {
		return plans.profile(CurrentActor.get(), id);
	}

	@GetMapping("/steering-documents/{id}/work")
	@Operation(summary = "The plans, goals and activities serving a steering document, grouped by its goals",
			description = "year: plans of that year only; within the plans the caller reads")
	SteeringWork steeringWork(@PathVariable UUID id, @RequestParam(required = false) Integer year) {
		return plans.steeringWork(CurrentActor.get(), id, year);
	}

	@GetMapping("/golden-thread")
	@Operation(summary = "The city's golden thread: city-wide problems and the city-wide handlingsplan of the year (an addition to API.md)")
	GoldenThread.View cityGoldenThread(@RequestParam(required = false) Integer year) {
		return goldenThread.ofCity(CurrentActor.get(), year == null ? today().getYear() : year);
	}

	@GetMapping("/districts/{id}/golden-thread")
	GoldenThread.View goldenThread(@PathVariable UUID id, @RequestParam(required = false) Integer year) {
		return goldenThread.of(CurrentActor.get(), id, year == null ? today().getYear() : year);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static ActivityRequest empty() {
		return new ActivityRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null);
	}

	private PlanResponse response(ActionPlan plan) {
		List<Goal> goals = plans.goals(plan);
		var assessments = plans.assessments(goals);
		DecisionRecord decisions = DecisionRecord.of(plans.decisions(plan));
		var steering = plans.steeringGoalsOf(plan, goals);
		Map<UUID, GoalFigures.Figure> goalFigures = figures.of(plan, goals);
		LocalDate today = today();
		List<Activity> activities = plans.activities(plan);
		List<UUID> ids = activities.stream().map(Activity::id).toList();
		return new PlanResponse(plan.id(), plan.scope().name(), plan.districtId(), plan.year(), plan.status().name(),
				plan.establishedAt(), plan.establishedBy(),
				goals.stream()
					.map(goal -> GoalResponse.of(goal, goalFigures.get(goal.id()),
							assessments.getOrDefault(goal.id(), List.of()), steering.getOrDefault(goal.id(), List.of())))
					.toList(),
				activities.stream().map(activity -> ActivityResponse.of(activity, today)).toList(), plans.carriedTo(ids),
				plans.carriedFrom(ids), plans.notAddressed(plan),
				plans.unaddressedAreas(plan).stream().map(PriorityArea::id).toList(), decisions.decision(),
				decisions.history(), steering.getOrDefault(plan.id(), List.of()), plan.version());
	}
}
