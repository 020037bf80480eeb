package se.samverkan.situation;

import java.time.OffsetDateTime;

/**
 * One event from the police's public events API. {@code occurredAt} is read from the event's name
 * ("22 augusti 17.59, Brand, Kävlinge"), whose year is inferred from {@code publishedAt}.
 */
public record PoliceEvent(long id, OffsetDateTime occurredAt, OffsetDateTime publishedAt, String name, String summary,
		String url, String type, String categoryCode, String locationName, Double lat, Double lon) {
}
