package se.samverkan.communication;

import java.util.List;
import java.util.UUID;

/**
 * A draft now waits for a party's approval: raised when an item is drafted, when an edit voids the
 * approvals, and when one party has approved and the other is left. The notification module (to
 * come) listens and tells that party's communicators and coordinators in the item's scope, except
 * its {@code writers}, who may not approve it.
 *
 * @param districtId the district of a local item, null for a city-wide one
 */
public record CommunicationAwaitingApproval(UUID communicationId, String title, String party, Level level,
		UUID districtId, List<String> writers, int revision) {
}
