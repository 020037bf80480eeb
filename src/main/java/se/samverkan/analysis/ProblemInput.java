package se.samverkan.analysis;

import java.util.List;
import java.util.UUID;

/** What a user gives to register a problem. */
public record ProblemInput(UUID districtId, UUID priorityAreaId, String title, String description, Integer priority,
		String sources, List<UUID> placeIds, List<Evidence> evidence) {
}
