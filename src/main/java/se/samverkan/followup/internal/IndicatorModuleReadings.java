package se.samverkan.followup.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.followup.IndicatorReadings;
import se.samverkan.indicator.Indicator;
import se.samverkan.indicator.IndicatorManagement;
import se.samverkan.indicator.IndicatorReading;
import se.samverkan.indicator.IndicatorValue;

/**
 * Indicator values for follow-up, read through the indicator module's public API: the indicator's
 * name and unit, and its latest value for the plan's district (the municipality for the city-wide
 * plan), as a goal on the plan page shows it. A counted indicator gives its latest ended period.
 * No reading for an indicator that does not exist; a reading without a value where none is stored.
 */
@Component
class IndicatorModuleReadings implements IndicatorReadings {

	private final IndicatorManagement indicators;

	private final IndicatorReading reading;

	IndicatorModuleReadings(IndicatorManagement indicators, IndicatorReading reading) {
		this.indicators = indicators;
		this.reading = reading;
	}

	@Override
	public Optional<Reading> latest(UUID indicatorId, UUID unitId) {
		return indicators.find(indicatorId).map(indicator -> reading(indicator, unitId));
	}

	private Reading reading(Indicator indicator, UUID unitId) {
		IndicatorValue latest = reading.latest(List.of(indicator.id()), unitId).get(indicator.id());
		return latest == null ? new Reading(indicator.name(), indicator.unit(), null, null, null, false)
				: new Reading(indicator.name(), indicator.unit(), latest.value(), latest.period().code(),
						latest.state().name(), latest.demo());
	}
}
