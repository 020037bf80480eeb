package se.samverkan.identity;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The units a user reaches for an action: everything, or a set of units. Queries take
 * {@link #unitIdsOrNull()} and filter by it.
 * <p>
 * {@code parts} names the districts that are reached only in part, with the neighbourhoods
 * reached: a local police area that covers a district only partly (Enskede-Årsta-Vantör and
 * Hägersten-Älvsjö are split between police areas) takes part in the district's joint work, so
 * {@link #includes} holds for the district, but what is tied to a place (observations) it reaches
 * only inside its own neighbourhoods: {@link #includesPlace}. See {@link AccessPolicy}.
 */
public record Scope(boolean everything, Set<UUID> unitIds, Map<UUID, Set<String>> parts) {

	public static final Scope EVERYTHING = new Scope(true, Set.of());

	public static final Scope NOTHING = new Scope(false, Set.of());

	public Scope {
		unitIds = Set.copyOf(unitIds);
		parts = Map.copyOf(parts);
	}

	public Scope(boolean everything, Set<UUID> unitIds) {
		this(everything, unitIds, Map.of());
	}

	/** Whether the unit (a district, for its joint work: agreement, pictures, problems, plans) is reached. */
	public boolean includes(UUID unitId) {
		return everything || (unitId != null && unitIds.contains(unitId));
	}

	/**
	 * Whether something tied to a place in the district is reached: anywhere in a district reached
	 * whole; only inside the reached neighbourhoods of a district reached in part (and not at all
	 * when its neighbourhood is unknown).
	 */
	public boolean includesPlace(UUID districtId, String neighbourhood) {
		if (!includes(districtId)) {
			return false;
		}
		Set<String> reached = parts.get(districtId);
		return reached == null || (neighbourhood != null && reached.contains(neighbourhood));
	}

	public boolean isEmpty() {
		return !everything && unitIds.isEmpty();
	}

	/** Null for everything, so a query can skip its filter. */
	public Set<UUID> unitIdsOrNull() {
		return everything ? null : unitIds;
	}

	/** The units reached whole (null for everything): the districts reached in part are left out. */
	public Set<UUID> wholeUnitIdsOrNull() {
		if (everything) {
			return null;
		}
		Set<UUID> whole = new HashSet<>(unitIds);
		whole.removeAll(parts.keySet());
		return whole;
	}
}
