package se.samverkan.communication;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The checked content of an item: everything an approval covers. Two contents are the same edit
 * when they are equal; saving the same content again changes nothing and voids nothing.
 *
 * @param compilationId a yearly compilation the followup module has published ({@link PublishedCompilations})
 */
public record CommunicationContent(String title, String body, Audience audience, Level level, UUID districtId,
		List<UUID> activityIds, UUID compilationId, LocalDate plannedPublicationDate) {

	public CommunicationContent {
		activityIds = List.copyOf(activityIds);
	}

	/** The unit whose scope decides access: the district, or null for a city-wide item. */
	public UUID scopeUnitId() {
		return districtId;
	}

	/** The content as the audit log and the revision history keep it. */
	public Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("body", body);
		fields.put("audience", audience.name());
		fields.put("level", level.name());
		fields.put("districtId", districtId == null ? null : districtId.toString());
		fields.put("activityIds", activityIds.stream().map(UUID::toString).toList());
		fields.put("compilationId", compilationId == null ? null : compilationId.toString());
		fields.put("plannedPublicationDate", plannedPublicationDate == null ? null : plannedPublicationDate.toString());
		return fields;
	}
}
