package se.samverkan.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a plan looked like for a report: its activities by status and signal, the countable
 * commitments against their targets, its goals against their targets with the indicators' latest
 * values, and what is late. Generated from the live plan while the report is a draft, and frozen
 * (stored as it was) when it is submitted, so later changes to the plan do not change it.
 */
public record ReportSnapshot(OffsetDateTime generatedAt, String period, LocalDate periodStart, LocalDate periodEnd,
		UUID planId, String planScope, int planYear, String planStatus, UUID districtId, String districtName,
		Map<String, Integer> activitiesByStatus, Map<String, Integer> activitiesBySignal, int lateCount,
		Commitments commitments, List<ActivityLine> activities, List<GoalLine> goals, List<AreaLine> priorityAreas) {

	/** Countable commitments ("at least 8 safety walks"): how many, the sum of targets and of what is done, how many met. */
	public record Commitments(int activities, long targetTotal, long doneTotal, int met) {
	}

	public record ActivityLine(UUID id, String title, String status, String signal, LocalDate startDate,
			LocalDate endDate, boolean late, Integer targetCount, int doneCount, List<UUID> priorityAreaIds,
			String latestNote) {
	}

	/**
	 * A goal with its target and, where an indicator measures it, the indicator's latest value, its
	 * state and whether it is a demo value ({@code latestState}, {@code latestDemo}: null in versions
	 * frozen before they were recorded).
	 */
	public record GoalLine(UUID id, String title, UUID indicatorId, String indicatorName, String unit,
			BigDecimal baselineValue, String baselinePeriod, BigDecimal targetValue, LocalDate targetDate,
			BigDecimal latestValue, String latestPeriod, String latestState, Boolean latestDemo) {
	}

	/** Per priority area: its activities, how many are done and how many late. */
	public record AreaLine(UUID priorityAreaId, String code, String name, int activities, int done, int late) {
	}
}
