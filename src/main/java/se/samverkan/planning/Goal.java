package se.samverkan.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal of a plan with a measurable target: from a baseline (value and period) to a target value
 * by a date, measured by an indicator. The indicator lives in the indicator module, built beside
 * this one, so {@code indicatorId} is a reference without a foreign key.
 */
public record Goal(UUID id, UUID planId, String title, UUID indicatorId, BigDecimal baselineValue,
		String baselinePeriod, BigDecimal targetValue, LocalDate targetDate, int ordinal) {
}
