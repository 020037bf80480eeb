package se.samverkan.communication;

import java.util.List;
import java.util.UUID;

/**
 * A draft now waits for a party's approval: raised when an item is drafted, when an edit voids the
 * approvals, and when one party has approved and the other is left. The notification module tells
 * the {@code approvers}: that party's accounts that communicate in the item's scope (communicators
 * and central coordinators, for a local item also the district's coordinators), never its
 * {@code writers}, who may not approve it.
 *
 * @param districtId the district of a local item, null for a city-wide one
 * @param revision the revision of the text that awaits approval (an edit makes a new one)
 */
public record CommunicationAwaitingApproval(UUID communicationId, String title, String party, Level level,
		UUID districtId, List<String> writers, List<String> approvers, int revision) {
}
