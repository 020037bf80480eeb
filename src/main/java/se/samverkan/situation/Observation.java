package se.samverkan.situation;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A field report (EST-style): what was seen, where and when, how serious, and what could be done.
 * Not a police report. District and neighbourhood are derived from the position.
 */
public record Observation(UUID id, OffsetDateTime occurredAt, OffsetDateTime reportedAt, String reportedBy,
		String source, Double lat, Double lon, UUID placeId, String spot, UUID districtId, String neighbourhood,
		String categoryCode, String priorityAreaCode, int severity, String description, String proposedMeasure,
		String status, String externalId, int version) {
}
