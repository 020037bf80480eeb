package se.samverkan.planning.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.planning.Goal;
import se.samverkan.planning.GoalFigures;
import se.samverkan.planning.GoalInput;
import se.samverkan.planning.PlanCorrections;
import se.samverkan.planning.PlanManagement;
import se.samverkan.planning.api.PlanController.GoalResponse;
import se.samverkan.platform.rules.InvalidInput;

/**
 * Corrections of goals and activities (API.md, "Analysis and planning", corrections), and a goal by
 * itself (an addition to API.md: what a PUT of it starts from).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Planning")
class PlanCorrectionController {

	private final PlanCorrections corrections;

	private final PlanManagement plans;

	private final GoalFigures figures;

	PlanCorrectionController(PlanCorrections corrections, PlanManagement plans, GoalFigures figures) {
		this.corrections = corrections;
		this.plans = plans;
		this.figures = figures;
	}

	/** A goal as for POST, with the version read. */
	record GoalCorrection(String title, UUID indicatorId, BigDecimal baselineValue, String baselinePeriod,
			BigDecimal targetValue, LocalDate targetDate, UUID priorityAreaId, String targetText,
			List<UUID> steeringDocumentGoalIds, Integer version) {

		GoalInput input() {
			return new GoalInput(title, indicatorId, baselineValue, baselinePeriod, targetValue, targetDate,
					priorityAreaId, targetText, steeringDocumentGoalIds);
		}
	}

	@Operation(summary = "A goal with its figures, assessments and version (the body a PUT takes back)")
	@GetMapping("/goals/{id}")
	GoalResponse goal(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		return response(actor, plans.goal(actor, id));
	}

	@Operation(summary = "Correct a goal",
			description = "The goal as for POST with the version read (stale 409, nothing changed); a draft plan only "
					+ "(an established plan 409). steeringDocumentGoalIds left out stay as they were. Answers the goal "
					+ "with its new version.")
	@PutMapping("/goals/{id}")
	GoalResponse updateGoal(@PathVariable UUID id, @RequestBody(required = false) GoalCorrection request) {
		if (request == null) {
			throw InvalidInput.of("version", "required", "Ange vilken version av målet du ändrar (version).");
		}
		Actor actor = CurrentActor.get();
		return response(actor, corrections.updateGoal(actor, id, request.input(), request.version()));
	}

	@Operation(summary = "Remove a goal",
			description = "A draft plan only (an established plan 409); 409 naming the activities while any "
					+ "contributes to it. Its assessments go with it (kept in the audit log).")
	@DeleteMapping("/goals/{id}")
	ResponseEntity<Void> removeGoal(@PathVariable UUID id,
			@Parameter(description = "the version read; a stale one 409") @RequestParam(required = false) Integer version) {
		corrections.removeGoal(CurrentActor.get(), id, version);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Remove an activity",
			description = "A draft plan only (an established plan 409); 409 naming what refers to it (communication "
					+ "items telling about it, an annual compilation proposing to carry it over). Its progress updates go "
					+ "with it (kept in the audit log by count).")
	@DeleteMapping("/activities/{id}")
	ResponseEntity<Void> removeActivity(@PathVariable UUID id,
			@Parameter(description = "the version read; a stale one 409") @RequestParam(required = false) Integer version) {
		corrections.removeActivity(CurrentActor.get(), id, version);
		return ResponseEntity.noContent().build();
	}

	private GoalResponse response(Actor actor, Goal goal) {
		var plan = plans.get(actor, goal.planId());
		return GoalResponse.of(goal, figures.of(plan, List.of(goal)).get(goal.id()),
				plans.assessments(List.of(goal)).getOrDefault(goal.id(), List.of()),
				plans.steeringGoalsOf(plan, List.of(goal)).getOrDefault(goal.id(), List.of()));
	}
}
