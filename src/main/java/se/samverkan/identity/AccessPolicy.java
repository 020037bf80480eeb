package se.samverkan.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.Forbidden;

/**
 * The one place that decides who may do what where. A role held without a unit, or at a central
 * unit (the City Executive Office, the police region), reaches the whole municipality; a role at a
 * district reaches that district and the districts it continued; a role at a local police area
 * reaches the districts the area covers. Services call {@link #require}; queries filter by
 * {@link #scope}.
 * <p>
 * <b>Partial coverage.</b> Two districts are split between local police areas
 * (Enskede-Årsta-Vantör between Globen and Farsta, Hägersten-Älvsjö between Globen and
 * Skärholmen). A police area that covers a district only in part is a party to the district's
 * joint work: its local agreement, situation pictures, problems and action plan are written for
 * the whole district by the district and every police area covering it, so {@link #allows} holds
 * for the district. What is tied to a place, an observation, it reaches only inside the
 * neighbourhoods it covers ({@link #allowsAt}, {@link Scope#includesPlace}): it neither reads nor
 * files observations in the other police area's part, nor where the neighbourhood is unknown.
 * Which neighbourhoods a partial coverage holds is reference data
 * ({@code reference/<municipality>/partial-coverage.csv}).
 */
@Component
public class AccessPolicy {

	private final Function<UUID, Set<UUID>> unitsWithin;

	private final Function<UUID, Map<UUID, Set<String>>> partsWithin;

	private final Predicate<UUID> isCentralUnit;

	private final Function<UUID, String> partyOfUnit;

	@Autowired
	AccessPolicy(OrganisationDirectory organisation) {
		this(organisation::unitsWithin, organisation::partsWithin, centralUnits(organisation),
				unitId -> organisation.unit(unitId).map(OrganisationalUnit::party).orElse(null));
	}

	/** Whether a unit is central, remembered: a unit's type never changes. */
	private static Predicate<UUID> centralUnits(OrganisationDirectory organisation) {
		java.util.Map<UUID, Boolean> known = new java.util.concurrent.ConcurrentHashMap<>();
		return unitId -> known.computeIfAbsent(unitId, id -> organisation.unit(id)
			.map(unit -> unit.type() == UnitType.CENTRAL_OFFICE || unit.type() == UnitType.POLICE_REGION)
			.orElse(false));
	}

	/** For tests: the organisation as two functions, without partial coverage or parties. */
	AccessPolicy(Function<UUID, Set<UUID>> unitsWithin, Predicate<UUID> isCentralUnit) {
		this(unitsWithin, unit -> Map.of(), isCentralUnit, unit -> null);
	}

	/** For tests: the organisation as functions. */
	AccessPolicy(Function<UUID, Set<UUID>> unitsWithin, Function<UUID, Map<UUID, Set<String>>> partsWithin,
			Predicate<UUID> isCentralUnit, Function<UUID, String> partyOfUnit) {
		this.unitsWithin = unitsWithin;
		this.partsWithin = partsWithin;
		this.isCentralUnit = isCentralUnit;
		this.partyOfUnit = partyOfUnit;
	}

	/**
	 * The units the actor reaches for the action. A district one grant reaches whole is reached
	 * whole; one reached only in part by every grant is reached in the neighbourhoods of all of them.
	 */
	public Scope scope(Actor actor, Action action) {
		Set<UUID> units = new HashSet<>();
		Set<UUID> whole = new HashSet<>();
		Map<UUID, Set<String>> parts = new HashMap<>();
		for (RoleGrant grant : actor.grants()) {
			if (!action.allows(grant.role())) {
				continue;
			}
			if (grant.unitId() == null || isCentralUnit.test(grant.unitId())) {
				return Scope.EVERYTHING;
			}
			Set<UUID> reached = unitsWithin.apply(grant.unitId());
			Map<UUID, Set<String>> partly = partsWithin.apply(grant.unitId());
			units.addAll(reached);
			reached.stream().filter(unit -> !partly.containsKey(unit)).forEach(whole::add);
			partly.forEach((district, neighbourhoods) -> parts.computeIfAbsent(district, key -> new HashSet<>())
				.addAll(neighbourhoods));
		}
		parts.keySet().removeAll(whole);
		return units.isEmpty() ? Scope.NOTHING : new Scope(false, units, parts);
	}

	/** Whether the actor may take the action on the unit (null: something city-wide). */
	public boolean allows(Actor actor, Action action, UUID unitId) {
		Scope scope = scope(actor, action);
		return unitId == null ? scope.everything() : scope.includes(unitId);
	}

	/**
	 * Whose accounts the actor administers. System administrators administer every account; a
	 * central coordinator administers the accounts of their own party (not holders of the roles
	 * that administer), so the police decide who acts for the police and the city for the city,
	 * without waiting for the other party's IT. Partner organisations' users are the system
	 * administrators' (they belong to neither party). See docs/adr/0004-people-and-access.md.
	 */
	public AdministrationScope administration(Actor actor) {
		if (actor.has(Role.SYSTEM_ADMIN)) {
			return AdministrationScope.EVERYONE;
		}
		if (actor.has(Role.CENTRAL_COORDINATOR) && actor.party() != null) {
			return AdministrationScope.ofParty(actor.party());
		}
		return AdministrationScope.NOBODY;
	}

	/** Refuses with 403 unless {@link #allows}. */
	public void require(Actor actor, Action action, UUID unitId) {
		if (!allows(actor, action, unitId)) {
			throw new Forbidden();
		}
	}

	/** Whether the actor may take the action on something at a place: a neighbourhood of a district. */
	public boolean allowsAt(Actor actor, Action action, UUID districtId, String neighbourhood) {
		return scope(actor, action).includesPlace(districtId, neighbourhood);
	}

	/** Refuses with 403 unless {@link #allowsAt}. */
	public void requireAt(Actor actor, Action action, UUID districtId, String neighbourhood) {
		if (!allowsAt(actor, action, districtId, neighbourhood)) {
			throw new Forbidden();
		}
	}

	/**
	 * Whether the actor may act on behalf of the unit: {@link #allows} and of the unit's own party.
	 * What a unit states for itself (a referral response) is recorded by its own party, never by
	 * the other party's central coordinator, whose scope is otherwise the whole municipality.
	 */
	public boolean allowsOnBehalfOf(Actor actor, Action action, UUID unitId) {
		return unitId != null && allows(actor, action, unitId)
				&& Objects.equals(partyOfUnit.apply(unitId), actor.party());
	}
}
