package se.samverkan.planning;

import java.util.List;
import java.util.UUID;

/**
 * The work that serves one of the city's steering documents, grouped by its goals: the plans, the
 * plans' goals and the activities that say they serve each goal (so that the same work is not
 * entered twice, and a compilation can be read by the city's own goals).
 */
public record SteeringWork(UUID documentId, String title, Integer year, List<GoalWork> goals) {

	public record GoalWork(UUID steeringGoalId, String code, String text, List<Item> plans, List<Item> goals,
			List<Item> activities) {

		public boolean isEmpty() {
			return plans.isEmpty() && goals.isEmpty() && activities.isEmpty();
		}
	}

	/** A plan, goal or activity: its id, title, plan, district (null: the city-wide plan), year and status. */
	public record Item(UUID id, String title, UUID planId, UUID districtId, int year, String status) {
	}
}
