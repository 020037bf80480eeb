package se.samverkan.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An activity as a user sends it; enum values as text so that each bad one is named on its field. */
public record ActivityInput(String title, String what, String how, String followUpMethod, String responsibleParty,
		UUID responsibleUnitId, String responsiblePerson, String participants, String milestones, LocalDate startDate,
		LocalDate endDate, List<UUID> priorityAreaIds, List<UUID> causeIds, List<UUID> goalIds,
		String preventionLevel, String preventionType, String horizon, Integer targetCount, UUID focusAreaId,
		List<UUID> steeringDocumentGoalIds, List<UUID> partnerIds) {

	public ActivityInput(String title, String what, String how, String followUpMethod, String responsibleParty,
			UUID responsibleUnitId, String responsiblePerson, String participants, String milestones, LocalDate startDate,
			LocalDate endDate, List<UUID> priorityAreaIds, List<UUID> causeIds, List<UUID> goalIds,
			String preventionLevel, String preventionType, String horizon, Integer targetCount) {
		this(title, what, how, followUpMethod, responsibleParty, responsibleUnitId, responsiblePerson, participants,
				milestones, startDate, endDate, priorityAreaIds, causeIds, goalIds, preventionLevel, preventionType, horizon,
				targetCount, null, null, null);
	}
}
