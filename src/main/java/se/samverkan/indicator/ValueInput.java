package se.samverkan.indicator;

/**
 * A value as a user sends it, every member as text: from the API, a form or a file line alike, so
 * the same rules refuse "tjugo" as a value or "2025-T4" as a period, naming the field. The unit
 * is given by id or by code (blank both: the municipality as a whole); state and event count are
 * optional.
 */
public record ValueInput(String unitId, String unitCode, String period, String value, String state,
		String eventCount, String note) {
}
