package se.samverkan.followup;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * What follow-up needs to know of an indicator: its name and unit, and its latest value for a unit
 * (a district, or the municipality when {@code unitId} is null) with that value's state (PRELIMINARY,
 * APPROVED, COMPUTED) and whether it is a demo value. Answered from the indicator module's public API
 * by {@code internal.IndicatorModuleReadings}.
 */
public interface IndicatorReadings {

	record Reading(String name, String unit, BigDecimal latestValue, String latestPeriod, String latestState,
			boolean latestDemo) {
	}

	Optional<Reading> latest(UUID indicatorId, UUID unitId);
}
