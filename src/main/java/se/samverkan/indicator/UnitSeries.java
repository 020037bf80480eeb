package se.samverkan.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One unit's values of an indicator in period order, its latest value against the one before and,
 * where a goal of the unit's plan names the indicator, against the goal's baseline, with the
 * goal's target.
 */
public record UnitSeries(UnitRef unit, List<IndicatorValue> values, IndicatorValue latest, IndicatorValue previous,
		Baseline baseline, Target target, BigDecimal changeFromBaseline, Boolean betterThanBaseline,
		Boolean betterThanPrevious) {

	/** A goal's starting point: its value in a period. */
	public record Baseline(String period, BigDecimal value) {
	}

	/** A goal's target value by a date. */
	public record Target(UUID goalId, String goalTitle, int planYear, BigDecimal value, LocalDate date) {
	}

	public UnitSeries {
		values = List.copyOf(values);
	}
}
