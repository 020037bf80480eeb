package se.samverkan.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A goal as a user sends it: a {@code targetValue}, or a {@code targetText} for a qualitative goal;
 * its priority area and the steering documents' goals it serves.
 */
public record GoalInput(String title, UUID indicatorId, BigDecimal baselineValue, String baselinePeriod,
		BigDecimal targetValue, LocalDate targetDate, UUID priorityAreaId, String targetText,
		List<UUID> steeringDocumentGoalIds) {

	public GoalInput(String title, UUID indicatorId, BigDecimal baselineValue, String baselinePeriod,
			BigDecimal targetValue, LocalDate targetDate, UUID priorityAreaId, String targetText) {
		this(title, indicatorId, baselineValue, baselinePeriod, targetValue, targetDate, priorityAreaId, targetText, null);
	}

	public GoalInput(String title, UUID indicatorId, BigDecimal baselineValue, String baselinePeriod,
			BigDecimal targetValue, LocalDate targetDate) {
		this(title, indicatorId, baselineValue, baselinePeriod, targetValue, targetDate, null, null, null);
	}
}
