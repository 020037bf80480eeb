package se.samverkan.followup;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The compilation's proposal that a district carry one unfinished activity into next year's plan;
 * the district's coordinators accept it (the activity is carried over) or decline it.
 */
public record CarryOverProposal(UUID id, UUID compilationId, UUID districtId, UUID activityId, String activityTitle,
		String activityStatus, String status, String decidedBy, OffsetDateTime decidedAt, String reason,
		UUID newActivityId, int version) {

	public static final String PROPOSED = "PROPOSED";

	public boolean isOpen() {
		return PROPOSED.equals(status);
	}
}
