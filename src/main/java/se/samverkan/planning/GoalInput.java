package se.samverkan.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A goal as a user sends it: a {@code targetValue}, or a {@code targetText} for a qualitative goal. */
public record GoalInput(String title, UUID indicatorId, BigDecimal baselineValue, String baselinePeriod,
		BigDecimal targetValue, LocalDate targetDate, UUID priorityAreaId, String targetText) {

	public GoalInput(String title, UUID indicatorId, BigDecimal baselineValue, String baselinePeriod,
			BigDecimal targetValue, LocalDate targetDate) {
		this(title, indicatorId, baselineValue, baselinePeriod, targetValue, targetDate, null, null);
	}
}
