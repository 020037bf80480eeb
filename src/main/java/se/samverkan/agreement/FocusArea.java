package se.samverkan.agreement;

import java.util.UUID;

/**
 * A local focus area, set from the district's situation picture, under one priority area.
 * {@code continuesId}: the focus area of the version before that this one continues (null for a
 * new one), so that problems and activities naming the earlier one still find it.
 */
public record FocusArea(UUID id, String title, UUID priorityAreaId, String description, UUID continuesId) {

	public FocusArea(UUID id, String title, UUID priorityAreaId, String description) {
		this(id, title, priorityAreaId, description, null);
	}
}
