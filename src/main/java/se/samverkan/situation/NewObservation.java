package se.samverkan.situation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An observation as reported; at least one of position, place and district is needed. */
public record NewObservation(OffsetDateTime occurredAt, Position position, UUID placeId, UUID districtId,
		String categoryCode, Integer severity, String description, String proposedMeasure, String externalId,
		String spot) {
}
