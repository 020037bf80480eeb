package se.samverkan.planning;

import java.util.Map;
import java.util.UUID;

/**
 * What carrying over into next year's plan did: the plan that received the activities, and for
 * each activity carried the new activity that continues it.
 */
public record CarryOver(UUID planId, Map<UUID, UUID> activities) {

	public CarryOver {
		activities = Map.copyOf(activities);
	}
}
