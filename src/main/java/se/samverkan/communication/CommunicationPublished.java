package se.samverkan.communication;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An item was published (by hand or on its planned date); an external one is now on the public pages. */
public record CommunicationPublished(UUID communicationId, String title, Audience audience, Level level,
		UUID districtId, OffsetDateTime publishedAt) {
}
