package se.samverkan.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One value of an indicator for a unit (null: the municipality) and period. {@code eventCount} is
 * the number of events it counts, where known: a value counting fewer than five is withheld from
 * the public. {@code origin} says how it came in (MANUAL, CSV, KOLADA, REFERENCE, DEMO,
 * OBSERVATIONS); DEMO values exist only in the demo and are never real figures. A computed value
 * for a period that has not ended is {@code complete} false.
 */
public record IndicatorValue(UUID indicatorId, UUID unitId, IndicatorPeriod period, BigDecimal value,
		Long eventCount, ValueState state, String origin, String note, String updatedBy, OffsetDateTime updatedAt,
		String approvedBy, OffsetDateTime approvedAt, boolean complete) {

	public static final int PUBLIC_MINIMUM_EVENTS = 5;

	public static final String DEMO = "DEMO";

	public boolean demo() {
		return DEMO.equals(origin);
	}

	/** Counts too few events to be shown outside the organisation (DESIGN.md: public aggregates hide counts below 5). */
	public boolean withheldFromPublic() {
		return eventCount != null && eventCount < PUBLIC_MINIMUM_EVENTS;
	}
}
