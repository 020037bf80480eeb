package se.samverkan.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whose accounts a user administers: everyone (system administrators), the accounts of their own
 * party (central coordinators), or nobody. A central coordinator neither grants nor touches the
 * roles that administer ({@link #RESERVED}), so nobody can raise themselves or a peer.
 */
public record AdministrationScope(boolean everyone, String party) {

	/** Roles only a system administrator grants, and whose holders only a system administrator administers. */
	public static final Set<Role> RESERVED = EnumSet.of(Role.SYSTEM_ADMIN, Role.CENTRAL_COORDINATOR);

	public static final AdministrationScope EVERYONE = new AdministrationScope(true, null);

	public static final AdministrationScope NOBODY = new AdministrationScope(false, null);

	public static AdministrationScope ofParty(String party) {
		return new AdministrationScope(false, party);
	}

	public boolean isEmpty() {
		return !everyone && party == null;
	}

	/** Whether an account of this party (null: a partner's) holding these roles is within reach. */
	public boolean reaches(String accountParty, Collection<Role> accountRoles) {
		if (everyone) {
			return true;
		}
		return party != null && party.equals(accountParty) && accountRoles.stream().noneMatch(RESERVED::contains);
	}

	public boolean mayGrant(Role role) {
		return everyone || (party != null && !RESERVED.contains(role));
	}

	/** The party a query of accounts is limited to; null for everyone. */
	public String partyOrNull() {
		return everyone ? null : party;
	}
}
