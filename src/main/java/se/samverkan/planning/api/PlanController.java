package se.samverkan.planning.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.Activity;
import se.samverkan.planning.ActivityContent;
import se.samverkan.planning.ActivityInput;
import se.samverkan.planning.Goal;
import se.samverkan.planning.GoalFigures;
import se.samverkan.planning.GoalInput;
import se.samverkan.planning.GoldenThread;
import se.samverkan.planning.PlanManagement;
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

	record ReopenRequest(String reason) {
	}

	/** An activity as sent; read-only members of the GET representation (id, status, ...) are ignored. */
	record ActivityRequest(String title, String what, String how, String followUpMethod, String responsibleParty,
			UUID responsibleUnitId, String responsiblePerson, String participants, String milestones,
			LocalDate startDate, LocalDate endDate, List<UUID> priorityAreaIds, List<UUID> causeIds, List<UUID> goalIds,
			String preventionLevel, String preventionType, String horizon, Integer targetCount, Integer version) {

		ActivityInput input() {
			return new ActivityInput(title, what, how, followUpMethod, responsibleParty, responsibleUnitId,
					responsiblePerson, participants, milestones, startDate, endDate, priorityAreaIds, causeIds, goalIds,
					preventionLevel, preventionType, horizon, targetCount);
		}
	}

	/** The latest value of a goal's indicator for the plan's district (the municipality for the city-wide plan). */
	record Latest(String period, BigDecimal value, String state, boolean demo) {
	}

	record GoalResponse(UUID id, UUID planId, String title, UUID indicatorId, String indicatorCode, String indicatorName,
			BigDecimal baselineValue, String baselinePeriod, BigDecimal targetValue, LocalDate targetDate, Latest latest,
			BigDecimal changeFromBaseline, Boolean betterThanBaseline) {

		static GoalResponse of(Goal goal, GoalFigures.Figure figure) {
			Latest latest = figure == null || figure.latestValue() == null ? null
					: new Latest(figure.latestPeriod(), figure.latestValue(), figure.latestState(), figure.demo());
			return new GoalResponse(goal.id(), goal.planId(), goal.title(), goal.indicatorId(),
					figure == null ? null : figure.indicatorCode(), figure == null ? null : figure.indicatorName(),
					goal.baselineValue(), goal.baselinePeriod(), goal.targetValue(), goal.targetDate(), latest,
					figure == null ? null : figure.change(), figure == null ? null : figure.better());
		}
	}

	record ActivityResponse(UUID id, UUID planId, String title, String what, String how, String followUpMethod,
			String responsibleParty, UUID responsibleUnitId, String responsiblePerson, String participants,
			String milestones, LocalDate startDate, LocalDate endDate, List<UUID> priorityAreaIds, List<UUID> causeIds,
			List<UUID> goalIds, String preventionLevel, String preventionType, String horizon, Integer targetCount,
			int doneCount, String status, String signal, boolean late, String updatedBy, OffsetDateTime updatedAt,
			int version) {

		static ActivityResponse of(Activity activity, LocalDate today) {
			ActivityContent c = activity.content();
			return new ActivityResponse(activity.id(), activity.planId(), c.title(), c.what(), c.how(),
					c.followUpMethod(), c.responsibleParty().name(), c.responsibleUnitId(), c.responsiblePerson(),
					c.participants(), c.milestones(), c.startDate(), c.endDate(), c.priorityAreaIds(), c.causeIds(),
					c.goalIds(), c.preventionLevel().name(), c.preventionType().name(), c.horizon().name(),
					c.targetCount(), activity.doneCount(), activity.status().name(),
					activity.signal() == null ? null : activity.signal().name(), activity.isLate(today),
					activity.updatedBy(), activity.updatedAt(), activity.version());
		}
	}

	/**
	 * A plan; {@code carriedTo} maps each of its activities carried over into next year's plan to the
	 * activity that continues it, {@code carriedFrom} each continuing activity to last year's.
	 */
	record PlanResponse(UUID id, String scope, UUID districtId, int year, String status, OffsetDateTime establishedAt,
			String establishedBy, List<GoalResponse> goals, List<ActivityResponse> activities,
			java.util.Map<UUID, UUID> carriedTo, java.util.Map<UUID, UUID> carriedFrom, int version) {
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
		return ResponseEntity.created(URI.create("/api/v1/action-plans/" + id)).body(GoalResponse.of(goal, figure));
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
	PlanResponse establish(@PathVariable UUID id) {
		return response(plans.establish(CurrentActor.get(), id));
	}

	/** Reopens an established plan for structural change, with a reason (an addition to API.md). */
	@PostMapping("/action-plans/{id}/reopen")
	PlanResponse reopen(@PathVariable UUID id, @RequestBody(required = false) ReopenRequest request) {
		return response(plans.reopen(CurrentActor.get(), id, request == null ? null : request.reason()));
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

	@GetMapping("/districts/{id}/golden-thread")
	GoldenThread.View goldenThread(@PathVariable UUID id, @RequestParam(required = false) Integer year) {
		return goldenThread.of(CurrentActor.get(), id, year == null ? today().getYear() : year);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static ActivityRequest empty() {
		return new ActivityRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null);
	}

	private PlanResponse response(ActionPlan plan) {
		List<Goal> goals = plans.goals(plan);
		Map<UUID, GoalFigures.Figure> goalFigures = figures.of(plan, goals);
		LocalDate today = today();
		List<Activity> activities = plans.activities(plan);
		List<UUID> ids = activities.stream().map(Activity::id).toList();
		return new PlanResponse(plan.id(), plan.scope().name(), plan.districtId(), plan.year(), plan.status().name(),
				plan.establishedAt(), plan.establishedBy(),
				goals.stream().map(goal -> GoalResponse.of(goal, goalFigures.get(goal.id()))).toList(),
				activities.stream().map(activity -> ActivityResponse.of(activity, today)).toList(), plans.carriedTo(ids),
				plans.carriedFrom(ids), plan.version());
	}
}
