package se.samverkan.followup;

import java.util.List;
import java.util.UUID;

/** What the district writes about the period: overall, and per priority area. */
public record Narrative(String overall, List<AreaText> priorityAreas) {

	public Narrative {
		priorityAreas = priorityAreas == null ? List.of() : List.copyOf(priorityAreas);
	}

	public static Narrative empty() {
		return new Narrative(null, List.of());
	}

	public record AreaText(UUID priorityAreaId, String text) {
	}

	public String textFor(UUID priorityAreaId) {
		return priorityAreas.stream()
			.filter(area -> area.priorityAreaId().equals(priorityAreaId))
			.map(AreaText::text)
			.findFirst()
			.orElse(null);
	}
}
