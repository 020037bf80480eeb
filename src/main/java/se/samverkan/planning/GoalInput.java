package se.samverkan.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A goal as a user sends it. */
public record GoalInput(String title, UUID indicatorId, BigDecimal baselineValue, String baselinePeriod,
		BigDecimal targetValue, LocalDate targetDate) {
}
