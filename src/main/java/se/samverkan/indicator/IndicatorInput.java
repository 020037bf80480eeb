package se.samverkan.indicator;

import java.util.List;
import java.util.UUID;

/** A definition as a user sends it; choices as text, so a wrong one is reported on its field. */
public record IndicatorInput(String code, String name, String unit, String direction, String source,
		String sourceRef, List<UUID> priorityAreaIds, String level, String frequency, Boolean isPublic,
		String definition, String limitations) {
}
