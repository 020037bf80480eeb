package se.samverkan.identity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.FieldChecks;

/**
 * Where each role may be held (DESIGN.md, "Users"): a local coordinator at a district or a local
 * police area, never at a committee; a system administrator for the whole municipality only; and
 * always at a unit of the holder's own party. A partner organisation's user reports in districts
 * and holds nothing else.
 */
public final class GrantRules {

	private static final Set<UnitType> CENTRAL = EnumSet.of(UnitType.CENTRAL_OFFICE, UnitType.POLICE_REGION);

	private static final Set<UnitType> LOCAL = EnumSet.of(UnitType.DISTRICT, UnitType.LOCAL_POLICE_AREA);

	private static final Map<Role, Set<UnitType>> UNITS = Map.of(
			Role.SYSTEM_ADMIN, EnumSet.noneOf(UnitType.class),
			Role.CENTRAL_COORDINATOR, CENTRAL,
			Role.LOCAL_COORDINATOR, LOCAL,
			Role.STEERING_MEMBER, union(LOCAL, CENTRAL),
			Role.REPORTER, EnumSet.of(UnitType.DISTRICT, UnitType.LOCAL_POLICE_AREA, UnitType.POLICE_AREA),
			Role.COMMUNICATOR, union(LOCAL, CENTRAL),
			Role.VIEWER, EnumSet.allOf(UnitType.class));

	private static final Set<Role> WHOLE_MUNICIPALITY = EnumSet.of(Role.SYSTEM_ADMIN, Role.CENTRAL_COORDINATOR,
			Role.COMMUNICATOR, Role.VIEWER);

	private GrantRules() {
	}

	/** The kinds of unit a role may be held at. */
	public static Set<UnitType> unitTypes(Role role) {
		return UNITS.get(role);
	}

	public static boolean mayBeHeldCityWide(Role role) {
		return WHOLE_MUNICIPALITY.contains(role);
	}

	/**
	 * Adds a problem on {@code unitId} when the role may not be held at the unit (null: the whole
	 * municipality) by an account of this party (null: a partner organisation's user).
	 */
	public static FieldChecks check(FieldChecks checks, Role role, OrganisationalUnit unit, String party) {
		if (party == null) {
			if (role != Role.REPORTER) {
				return checks.problem("role", "partner-role",
						"En partnerorganisations användare kan bara vara rapportör.");
			}
			if (unit == null || unit.type() != UnitType.DISTRICT) {
				return checks.problem("unitId", "unit-type",
						"En partnerorganisations rapportör rapporterar i ett stadsdelsområde: välj ett.");
			}
		}
		if (unit == null) {
			if (!mayBeHeldCityWide(role)) {
				checks.problem("unitId", "required", "Rollen gäller en enhet: välj vilken.");
			}
			return checks;
		}
		if (!UNITS.get(role).contains(unit.type())) {
			checks.problem("unitId", "unit-type", "Rollen kan inte innehas vid en enhet av den här typen.");
		}
		else if (party != null && !party.equals(unit.party())) {
			checks.problem("unitId", "other-party", "Enheten hör till den andra parten.");
		}
		else if (!unit.isValidOn(LocalDate.now())) {
			checks.problem("unitId", "unit-ended", "Enheten finns inte längre.");
		}
		return checks;
	}

	private static Set<UnitType> union(Set<UnitType> a, Set<UnitType> b) {
		Set<UnitType> all = EnumSet.copyOf(a);
		all.addAll(b);
		return all;
	}
}
