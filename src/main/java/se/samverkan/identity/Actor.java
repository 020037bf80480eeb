package se.samverkan.identity;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The signed-in user as services see them: who, for which party, with which roles where. */
public record Actor(UUID userId, String username, String displayName, String party, List<RoleGrant> grants)
		implements Serializable {

	public Actor {
		grants = List.copyOf(grants);
	}

	public boolean has(Role role) {
		return grants.stream().anyMatch(grant -> grant.role() == role);
	}

	public Set<Role> roles() {
		return grants.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
	}
}
