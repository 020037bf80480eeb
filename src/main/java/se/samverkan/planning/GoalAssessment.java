package se.samverkan.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An assessment of how far a goal was reached (how a qualitative goal is followed up), with a comment. */
public record GoalAssessment(UUID id, UUID goalId, LocalDate date, Result result, String comment, String username,
		OffsetDateTime createdAt) {

	public enum Result {
		ACHIEVED, PARTLY, NOT_ACHIEVED
	}
}
