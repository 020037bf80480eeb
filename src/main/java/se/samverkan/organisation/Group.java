package se.samverkan.organisation;

import java.util.List;
import java.util.UUID;

/**
 * A group of the collaboration: the city-wide preparation group (beredningsgrupp), the central
 * steering group, and per district a local steering group and a local collaboration organisation.
 */
public record Group(UUID id, String code, String name, GroupKind kind, UUID unitId, List<Member> members) {

	public enum GroupKind {
		PREPARATION_GROUP, CENTRAL_STEERING_GROUP, LOCAL_STEERING_GROUP, LOCAL_COLLABORATION_ORGANISATION
	}

	/** A member by name and title, optionally linked to a Samverkan account. */
	public record Member(UUID id, String name, String title, UUID unitId, String username) {
	}
}
