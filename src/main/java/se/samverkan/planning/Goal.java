package se.samverkan.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal of a plan within a priority area: measurable, from a baseline (value and period) to a
 * target value by a date, measured by an indicator; or qualitative, with a text target followed
 * up by assessments. {@code version} counts corrections (a stale one is refused). The indicator
 * lives in the indicator module, built beside this one, so {@code indicatorId} is a reference
 * without a foreign key.
 */
public record Goal(UUID id, UUID planId, String title, UUID indicatorId, BigDecimal baselineValue,
		String baselinePeriod, BigDecimal targetValue, LocalDate targetDate, int ordinal, UUID priorityAreaId,
		String targetText, int version) {

	/** A goal with a text target instead of a number, followed up by assessment. */
	public boolean isQualitative() {
		return targetValue == null && targetText != null;
	}
}
