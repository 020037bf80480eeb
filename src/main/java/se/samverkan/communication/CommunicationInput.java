package se.samverkan.communication;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a client sends to draft or change an item, unchecked: enum values as text so that an
 * unknown one is reported on its field.
 */
public record CommunicationInput(String title, String body, String audience, String level, UUID districtId,
		List<UUID> activityIds, UUID compilationId, LocalDate plannedPublicationDate) {
}
