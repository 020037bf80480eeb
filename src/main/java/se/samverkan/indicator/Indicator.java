package se.samverkan.indicator;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A shared measurable indicator: what is measured (code, name, unit), which way is better, where
 * the figures come from (the Kolada KPI id, the survey, the observation category), the priority
 * areas it follows, the level and frequency it is measured at, whether its approved values are
 * public, its definition and its known limitations.
 */
public record Indicator(UUID id, String code, String name, String unit, Direction direction, IndicatorSource source,
		String sourceRef, List<UUID> priorityAreaIds, MeasurementLevel level, Frequency frequency, boolean isPublic,
		String definition, String limitations, String updatedBy, OffsetDateTime updatedAt, int version) {

	public Indicator {
		priorityAreaIds = List.copyOf(priorityAreaIds);
	}

	/** Counted from observations when read, never written. */
	public boolean computed() {
		return source == IndicatorSource.OBSERVATIONS;
	}

	public PeriodKind periodKind() {
		return frequency.periodKind();
	}
}
