package se.samverkan.agreement;

import java.util.UUID;

/** A local focus area, set from the district's situation picture, under one priority area. */
public record FocusArea(UUID id, String title, UUID priorityAreaId, String description) {
}
