package se.samverkan.followup;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.ActorDirectory;
import se.samverkan.identity.Role;
import se.samverkan.organisation.Group;
import se.samverkan.organisation.Group.GroupKind;
import se.samverkan.organisation.OrganisationDirectory;

/**
 * Who follow-up items go to. A report goes to the members of its district's local steering group
 * and of the beredningsgrupp (the city-wide plan's to the beredningsgrupp and the central steering
 * group): the members who have an account. The compilation goes back to every district's
 * coordinators and steering group.
 */
@Component
class Recipients {

	private final OrganisationDirectory organisation;

	private final ActorDirectory actors;

	private final AccessPolicy policy;

	Recipients(OrganisationDirectory organisation, ActorDirectory actors, AccessPolicy policy) {
		this.organisation = organisation;
		this.actors = actors;
		this.policy = policy;
	}

	/** The members of the groups a report of the district's (null: the city-wide) plan goes to. */
	Set<String> ofReport(UUID districtId) {
		Set<String> usernames = new TreeSet<>();
		for (Group group : organisation.groups(null)) {
			boolean local = districtId != null && group.kind() == GroupKind.LOCAL_STEERING_GROUP
					&& districtId.equals(group.unitId());
			boolean central = group.kind() == GroupKind.PREPARATION_GROUP
					|| (districtId == null && group.kind() == GroupKind.CENTRAL_STEERING_GROUP);
			if (local || central) {
				members(group, usernames);
			}
		}
		return usernames;
	}

	/** Every district's coordinators and the members of every local steering group. */
	Set<String> ofCompilation(Collection<UUID> districtIds) {
		Set<String> usernames = new TreeSet<>();
		for (Group group : organisation.groups(null)) {
			if (group.kind() == GroupKind.LOCAL_STEERING_GROUP) {
				members(group, usernames);
			}
		}
		actors.active()
			.stream()
			.filter(actor -> actor.has(Role.LOCAL_COORDINATOR) || actor.has(Role.STEERING_MEMBER))
			.filter(actor -> !policy.scope(actor, Action.READ).everything())
			.filter(actor -> districtIds.stream().anyMatch(district -> policy.allows(actor, Action.READ, district)))
			.forEach(actor -> usernames.add(actor.username()));
		return usernames;
	}

	/** The coordinators who edit the district's plan (not the central ones, who reach every district). */
	Set<String> coordinatorsOf(UUID districtId) {
		Set<String> usernames = new TreeSet<>();
		actors.holding(Role.LOCAL_COORDINATOR)
			.stream()
			.filter(actor -> policy.allows(actor, Action.EDIT_LOCAL, districtId))
			.forEach(actor -> usernames.add(actor.username()));
		return usernames;
	}

	private static void members(Group group, Set<String> usernames) {
		group.members()
			.stream()
			.map(Group.Member::username)
			.filter(username -> username != null && !username.isBlank())
			.forEach(usernames::add);
	}
}
