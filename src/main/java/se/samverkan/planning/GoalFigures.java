package se.samverkan.planning;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.indicator.Indicator;
import se.samverkan.indicator.IndicatorManagement;
import se.samverkan.indicator.IndicatorReading;
import se.samverkan.indicator.IndicatorValue;

/**
 * What a goal's indicator shows: its name and the latest value for the plan's district (the
 * municipality for the city-wide plan), against the goal's baseline.
 */
@Service
public class GoalFigures {

	/** A goal's indicator and latest value; {@code better} whether the latest is better than the baseline. */
	public record Figure(UUID indicatorId, String indicatorCode, String indicatorName, String unit, String latestPeriod,
			BigDecimal latestValue, String latestState, boolean demo, BigDecimal change, Boolean better) {
	}

	private final IndicatorManagement indicators;

	private final IndicatorReading reading;

	GoalFigures(IndicatorManagement indicators, IndicatorReading reading) {
		this.indicators = indicators;
		this.reading = reading;
	}

	/** The figures of the plan's goals that name an existing indicator, by goal id. */
	@Transactional(readOnly = true)
	public Map<UUID, Figure> of(ActionPlan plan, List<Goal> goals) {
		Map<UUID, Figure> figures = new HashMap<>();
		List<UUID> ids = goals.stream().map(Goal::indicatorId).filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			return figures;
		}
		Map<UUID, IndicatorValue> latest = reading.latest(ids, plan.districtId());
		for (Goal goal : goals) {
			Indicator indicator = goal.indicatorId() == null ? null : indicators.find(goal.indicatorId()).orElse(null);
			if (indicator == null) {
				continue;
			}
			IndicatorValue value = latest.get(indicator.id());
			BigDecimal change = value == null || goal.baselineValue() == null ? null
					: value.value().subtract(goal.baselineValue());
			figures.put(goal.id(), new Figure(indicator.id(), indicator.code(), indicator.name(), indicator.unit(),
					value == null ? null : value.period().code(), value == null ? null : value.value(),
					value == null ? null : value.state().name(), value != null && value.demo(), change,
					value == null ? null : indicator.direction().better(goal.baselineValue(), value.value())));
		}
		return figures;
	}

	/** Whether a goal names an indicator that exists (the golden thread's "goal without an indicator" otherwise). */
	public boolean hasIndicator(Goal goal) {
		return indicators.exists(goal.indicatorId());
	}
}
