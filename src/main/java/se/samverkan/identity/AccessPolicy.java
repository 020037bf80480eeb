package se.samverkan.identity;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.Forbidden;

/**
 * The one place that decides who may do what where. A role held without a unit, or at a central
 * unit (the City Executive Office, the police region), reaches the whole municipality; a role at a
 * district reaches that district and the districts it continued; a role at a local police area
 * reaches the districts the area covers. Services call {@link #require}; queries filter by
 * {@link #scope}.
 */
@Component
public class AccessPolicy {

	private final Function<UUID, Set<UUID>> unitsWithin;

	private final Predicate<UUID> isCentralUnit;

	@Autowired
	AccessPolicy(OrganisationDirectory organisation) {
		this(organisation::unitsWithin, centralUnits(organisation));
	}

	/** Whether a unit is central, remembered: a unit's type never changes. */
	private static Predicate<UUID> centralUnits(OrganisationDirectory organisation) {
		java.util.Map<UUID, Boolean> known = new java.util.concurrent.ConcurrentHashMap<>();
		return unitId -> known.computeIfAbsent(unitId, id -> organisation.unit(id)
			.map(unit -> unit.type() == UnitType.CENTRAL_OFFICE || unit.type() == UnitType.POLICE_REGION)
			.orElse(false));
	}

	/** For tests: the organisation as two functions. */
	AccessPolicy(Function<UUID, Set<UUID>> unitsWithin, Predicate<UUID> isCentralUnit) {
		this.unitsWithin = unitsWithin;
		this.isCentralUnit = isCentralUnit;
	}

	/** The units the actor reaches for the action. */
	public Scope scope(Actor actor, Action action) {
		Set<UUID> units = new HashSet<>();
		for (RoleGrant grant : actor.grants()) {
			if (!action.allows(grant.role())) {
				continue;
			}
			if (grant.unitId() == null || isCentralUnit.test(grant.unitId())) {
				return Scope.EVERYTHING;
			}
			units.addAll(unitsWithin.apply(grant.unitId()));
		}
		return units.isEmpty() ? Scope.NOTHING : new Scope(false, Set.copyOf(units));
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

}
