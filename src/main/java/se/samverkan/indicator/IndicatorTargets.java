package se.samverkan.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The goals of action plans that name an indicator, with their baseline and target, so a trend
 * can show them. Implemented by the planning module (which depends on this one).
 */
public interface IndicatorTargets {

	/** A goal's baseline and target; {@code districtId} null for a goal of the city-wide plan. */
	record Target(UUID goalId, String goalTitle, UUID planId, int planYear, UUID districtId, UUID indicatorId,
			BigDecimal baselineValue, String baselinePeriod, BigDecimal targetValue, LocalDate targetDate) {
	}

	List<Target> targetsFor(Collection<UUID> indicatorIds);
}
