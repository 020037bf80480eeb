package se.samverkan.planning;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a user decides about an activity (everything but its progress): what is done, how, how it
 * is followed up, who is responsible, with whom, the timetable, what it acts on and what kind of
 * prevention it is. The seed and the agreement name these fields. {@code focusAreaId}: the local
 * agreement's focus area it serves (the first link of the chain); {@code steeringDocumentGoalIds}:
 * the goals of the city's steering documents it serves; {@code partnerIds}: the responsible bodies
 * beyond the two parties, from the partner register.
 */
public record ActivityContent(String title, String what, String how, String followUpMethod,
		ResponsibleParty responsibleParty, UUID responsibleUnitId, String responsiblePerson, String participants,
		String milestones, LocalDate startDate, LocalDate endDate, List<UUID> priorityAreaIds, List<UUID> causeIds,
		List<UUID> goalIds, PreventionLevel preventionLevel, PreventionType preventionType, Horizon horizon,
		Integer targetCount, UUID focusAreaId, List<UUID> steeringDocumentGoalIds, List<UUID> partnerIds) {

	public ActivityContent {
		partnerIds = sortedCopy(partnerIds);
		priorityAreaIds = sortedCopy(priorityAreaIds);
		causeIds = sortedCopy(causeIds);
		goalIds = sortedCopy(goalIds);
		steeringDocumentGoalIds = sortedCopy(steeringDocumentGoalIds);
	}

	public ActivityContent(String title, String what, String how, String followUpMethod,
			ResponsibleParty responsibleParty, UUID responsibleUnitId, String responsiblePerson, String participants,
			String milestones, LocalDate startDate, LocalDate endDate, List<UUID> priorityAreaIds, List<UUID> causeIds,
			List<UUID> goalIds, PreventionLevel preventionLevel, PreventionType preventionType, Horizon horizon,
			Integer targetCount) {
		this(title, what, how, followUpMethod, responsibleParty, responsibleUnitId, responsiblePerson, participants,
				milestones, startDate, endDate, priorityAreaIds, causeIds, goalIds, preventionLevel, preventionType, horizon,
				targetCount, null, List.of(), List.of());
	}

	/** The fields by their API names, as text, for the audit log and for telling concurrent edits apart. */
	public Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("what", what);
		fields.put("how", how);
		fields.put("followUpMethod", followUpMethod);
		fields.put("responsibleParty", name(responsibleParty));
		fields.put("responsibleUnitId", text(responsibleUnitId));
		fields.put("responsiblePerson", responsiblePerson);
		fields.put("participants", participants);
		fields.put("milestones", milestones);
		fields.put("startDate", text(startDate));
		fields.put("endDate", text(endDate));
		fields.put("priorityAreaIds", priorityAreaIds.stream().map(UUID::toString).toList());
		fields.put("causeIds", causeIds.stream().map(UUID::toString).toList());
		fields.put("goalIds", goalIds.stream().map(UUID::toString).toList());
		fields.put("preventionLevel", name(preventionLevel));
		fields.put("preventionType", name(preventionType));
		fields.put("horizon", name(horizon));
		fields.put("targetCount", targetCount);
		fields.put("focusAreaId", text(focusAreaId));
		fields.put("steeringDocumentGoalIds", steeringDocumentGoalIds.stream().map(UUID::toString).toList());
		fields.put("partnerIds", partnerIds.stream().map(UUID::toString).toList());
		return fields;
	}

	private static List<UUID> sortedCopy(List<UUID> ids) {
		return ids == null ? List.of() : ids.stream().distinct().sorted().toList();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}
}
