package se.samverkan.identity;

import java.util.Set;
import java.util.UUID;

/**
 * The units a user reaches for an action: everything, or a set of units. Queries take
 * {@link #unitIdsOrNull()} and filter by it.
 */
public record Scope(boolean everything, Set<UUID> unitIds) {

	public static final Scope EVERYTHING = new Scope(true, Set.of());

	public static final Scope NOTHING = new Scope(false, Set.of());

	public boolean includes(UUID unitId) {
		return everything || (unitId != null && unitIds.contains(unitId));
	}

	public boolean isEmpty() {
		return !everything && unitIds.isEmpty();
	}

	/** Null for everything, so a query can skip its filter. */
	public Set<UUID> unitIdsOrNull() {
		return everything ? null : unitIds;
	}
}
