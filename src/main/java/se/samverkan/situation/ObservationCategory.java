package se.samverkan.situation;

import java.util.List;

/**
 * A kind of observation, tied to the priority area it informs. {@code policeEventTypes} lists the
 * police events' {@code type} values counted under it.
 */
public record ObservationCategory(String code, String name, String nameEn, String priorityAreaCode,
		List<String> policeEventTypes, int ordinal, int version) {
}
