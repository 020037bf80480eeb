package se.samverkan.analysis;

import java.util.List;
import java.util.UUID;

/**
 * What a user gives to register a problem. {@code districtId} null: a city-wide problem;
 * {@code focusAreaId}: the district's local focus area it belongs to.
 */
public record ProblemInput(UUID districtId, UUID priorityAreaId, String title, String description, Integer priority,
		String sources, List<UUID> placeIds, List<Evidence> evidence, UUID focusAreaId) {

	public ProblemInput(UUID districtId, UUID priorityAreaId, String title, String description, Integer priority,
			String sources, List<UUID> placeIds, List<Evidence> evidence) {
		this(districtId, priorityAreaId, title, description, priority, sources, placeIds, evidence, null);
	}
}
