package se.samverkan.communication;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A published item was withdrawn; it has left the public pages and the feeds. */
public record CommunicationWithdrawn(UUID communicationId, String title, Audience audience, Level level,
		UUID districtId, String reason, OffsetDateTime withdrawnAt) {
}
