package se.samverkan.followup;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * What follow-up needs to know of an indicator: its name and unit, and its latest value for a unit
 * (a district, or the municipality when {@code unitId} is null). The indicator module, built beside
 * this one, answers it through its public API; see {@code internal.IndicatorModuleReadings}.
 */
public interface IndicatorReadings {

	record Reading(String name, String unit, BigDecimal latestValue, String latestPeriod) {
	}

	Optional<Reading> latest(UUID indicatorId, UUID unitId);
}
