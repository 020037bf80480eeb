package se.samverkan.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the yearly compilation found, frozen when it was made: every district's and the city-wide
 * plan's results and completed measures, indicator development per priority area, which reports are
 * in and which are missing, the districts side by side, and the same work read by the city's
 * steering documents ({@code bySteeringDocument}: null in a compilation made before it was added).
 */
public record CompilationContent(int year, OffsetDateTime generatedAt, List<DistrictResult> districts,
		PlanResult cityWide, List<AreaDevelopment> indicatorDevelopment, List<MissingReport> missingReports,
		List<Comparison> comparison,
		@Schema(description = "Stadens styrdokument: per steering document and goal, the year's plans, goals and activities of "
				+ "the districts' plans and the city-wide plan that serve it, with their status. Frozen with the rest of "
				+ "the compilation; null in a compilation made before this section existed.",
				nullable = true) List<SteeringDocumentWork> bySteeringDocument) {

	/** A plan's results for the year. {@code planId} null: the district had no plan. */
	public record PlanResult(UUID planId, String planStatus, int activities, Map<String, Integer> activitiesByStatus,
			List<CompletedActivity> completedActivities, int late, ReportSnapshot.Commitments commitments,
			Map<String, String> reports) {
	}

	public record CompletedActivity(UUID activityId, String title, LocalDate endDate) {
	}

	/** A district's results: {@code activitiesByStatus} and {@code completedActivities} as API.md names them. */
	public record DistrictResult(UUID districtId, String districtName, UUID planId, String planStatus, int activities,
			Map<String, Integer> activitiesByStatus, List<CompletedActivity> completedActivities, int late,
			ReportSnapshot.Commitments commitments, Map<String, String> reports) {
	}

	/** The goals with an indicator in one priority area (null: goals whose activities name no area). */
	public record AreaDevelopment(UUID priorityAreaId, String code, String name, List<GoalDevelopment> goals) {
	}

	public record GoalDevelopment(UUID goalId, UUID planId, UUID districtId, String districtName, String title,
			UUID indicatorId, String indicatorName, BigDecimal baselineValue, String baselinePeriod,
			BigDecimal latestValue, String latestPeriod, BigDecimal targetValue, LocalDate targetDate,
			String latestState, Boolean latestDemo) {
	}

	/** A report not in (missing, or written but not submitted) for a district (null: the city-wide plan). */
	public record MissingReport(UUID districtId, String districtName, String period, String status) {
	}

	/** One row of the comparison of the districts. */
	public record Comparison(UUID districtId, String districtName, int activities, int done, int late,
			BigDecimal doneShare, int commitmentsMet, int commitments, int reportsIn) {
	}

	/** One steering document with the work serving each of its goals. */
	public record SteeringDocumentWork(UUID documentId, String title, List<SteeringGoalWork> goals) {
	}

	/**
	 * One goal of a steering document (e.g. the council's goal 3.6) and what serves it: plans as a whole
	 * (their {@code title} null), the plans' goals and their activities.
	 */
	public record SteeringGoalWork(UUID steeringGoalId, String code, String text, List<ServingItem> plans,
			List<ServingItem> goals, List<ServingItem> activities) {
	}

	/**
	 * A plan, goal or activity serving a steering goal: its plan and district (null: the city-wide plan)
	 * and status (an activity's own status; for a plan or goal, the plan's status).
	 */
	public record ServingItem(UUID id, String title, UUID planId, UUID districtId, String districtName,
			@Schema(description = "An activity's status (PLANNED, ONGOING, DONE, ...); for a plan or goal, the plan's status")
			String status) {
	}
}
