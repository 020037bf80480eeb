package se.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samverkan.platform.rules.Forbidden;

class AccessPolicyTest {

	private static final UUID SODERMALM = UUID.randomUUID();

	private static final UUID FARSTA = UUID.randomUUID();

	private static final UUID LPO_SODERMALM = UUID.randomUUID();

	private static final UUID CITY_OFFICE = UUID.randomUUID();

	private static final Map<UUID, Set<UUID>> WITHIN = Map.of(SODERMALM, Set.of(SODERMALM), FARSTA, Set.of(FARSTA),
			LPO_SODERMALM, Set.of(LPO_SODERMALM, SODERMALM));

	private final AccessPolicy policy = new AccessPolicy(WITHIN::get, CITY_OFFICE::equals);

	@Test
	void letsALocalCoordinatorEditTheirOwnDistrictOnly() {
		Actor coordinator = actor("CITY", Role.LOCAL_COORDINATOR, SODERMALM);
		assertThat(policy.allows(coordinator, Action.EDIT_LOCAL, SODERMALM)).isTrue();
		assertThat(policy.allows(coordinator, Action.EDIT_LOCAL, FARSTA)).isFalse();
	}

	@Test
	void letsACommunityPoliceOfficerReachTheDistrictsTheirAreaCovers() {
		Actor officer = actor("POLICE", Role.LOCAL_COORDINATOR, LPO_SODERMALM);
		assertThat(policy.allows(officer, Action.EDIT_LOCAL, SODERMALM)).isTrue();
		assertThat(policy.allows(officer, Action.EDIT_LOCAL, FARSTA)).isFalse();
	}

	@Test
	void givesACentralCoordinatorTheWholeCity() {
		Actor central = actor("CITY", Role.CENTRAL_COORDINATOR, CITY_OFFICE);
		assertThat(policy.scope(central, Action.READ).everything()).isTrue();
		assertThat(policy.allows(central, Action.EDIT_CITY_WIDE, null)).isTrue();
		assertThat(policy.allows(central, Action.EDIT_LOCAL, SODERMALM)).isFalse();
	}

	@Test
	void givesACityWideViewerReadingButNoEditing() {
		Actor viewer = actor("CITY", Role.VIEWER, null);
		assertThat(policy.allows(viewer, Action.READ, FARSTA)).isTrue();
		assertThat(policy.allows(viewer, Action.EDIT_LOCAL, FARSTA)).isFalse();
		assertThat(policy.scope(viewer, Action.READ_AUDIT).isEmpty()).isTrue();
	}

	@Test
	void keepsAReporterToFilingObservationsInTheirDistrict() {
		Actor reporter = actor("CITY", Role.REPORTER, SODERMALM);
		assertThat(policy.allows(reporter, Action.REPORT_OBSERVATION, SODERMALM)).isTrue();
		assertThat(policy.allows(reporter, Action.REPORT_OBSERVATION, FARSTA)).isFalse();
		assertThat(policy.allows(reporter, Action.EDIT_LOCAL, SODERMALM)).isFalse();
	}

	@Test
	void refusesCityWideActionsToADistrictScope() {
		Actor coordinator = actor("CITY", Role.LOCAL_COORDINATOR, SODERMALM);
		assertThat(policy.allows(coordinator, Action.READ, null)).isFalse();
	}

	@Test
	void requireRefusesWithForbidden() {
		Actor coordinator = actor("CITY", Role.LOCAL_COORDINATOR, FARSTA);
		assertThatThrownBy(() -> policy.require(coordinator, Action.READ_AUDIT, SODERMALM)).isInstanceOf(Forbidden.class);
	}

	@Test
	void combinesTheScopesOfSeveralGrants() {
		Actor both = new Actor(UUID.randomUUID(), "x", "X", "CITY", List.of(
				new RoleGrant(Role.LOCAL_COORDINATOR, SODERMALM, "Södermalm"),
				new RoleGrant(Role.LOCAL_COORDINATOR, FARSTA, "Farsta")));
		assertThat(policy.scope(both, Action.EDIT_LOCAL).unitIds()).containsExactlyInAnyOrder(SODERMALM, FARSTA);
	}

	private static final UUID SPLIT = UUID.randomUUID();

	private static final UUID LPO_GLOBEN = UUID.randomUUID();

	private static final UUID LPO_FARSTA = UUID.randomUUID();

	private static final UUID POLICE_AREA = UUID.randomUUID();

	/** SPLIT is covered in part by Globen (Årsta) and in part by Farsta (Bandhagen); the police area holds both. */
	private final AccessPolicy split = new AccessPolicy(
			Map.of(LPO_GLOBEN, Set.of(LPO_GLOBEN, SPLIT), LPO_FARSTA, Set.of(LPO_FARSTA, FARSTA, SPLIT), POLICE_AREA,
					Set.of(POLICE_AREA, LPO_GLOBEN, LPO_FARSTA, FARSTA, SPLIT), SPLIT, Set.of(SPLIT))::get,
			Map.of(LPO_GLOBEN, Map.of(SPLIT, Set.of("Årsta")), LPO_FARSTA, Map.of(SPLIT, Set.of("Bandhagen")),
					POLICE_AREA, Map.<UUID, Set<String>>of(), SPLIT, Map.<UUID, Set<String>>of())::get,
			CITY_OFFICE::equals, Map.of(SPLIT, "CITY", FARSTA, "CITY", LPO_FARSTA, "POLICE")::get);

	@Test
	void letsAPoliceAreaCoveringADistrictInPartTakePartInItsJointWork() {
		Actor officer = actor("POLICE", Role.LOCAL_COORDINATOR, LPO_FARSTA);
		assertThat(split.allows(officer, Action.EDIT_LOCAL, SPLIT)).isTrue();
		assertThat(split.allows(officer, Action.READ, SPLIT)).isTrue();
	}

	@Test
	void keepsWhatIsTiedToAPlaceToTheNeighbourhoodsAPartialCoverageHolds() {
		Actor officer = actor("POLICE", Role.LOCAL_COORDINATOR, LPO_FARSTA);
		assertThat(split.allowsAt(officer, Action.READ, SPLIT, "Bandhagen")).isTrue();
		assertThat(split.allowsAt(officer, Action.READ, SPLIT, "Årsta")).isFalse();
		assertThat(split.allowsAt(officer, Action.READ, SPLIT, null)).isFalse();
		assertThat(split.allowsAt(officer, Action.READ, FARSTA, "Farsta")).as("a district covered whole").isTrue();
		assertThat(split.allowsAt(officer, Action.READ, FARSTA, null)).isTrue();
		Scope scope = split.scope(officer, Action.READ);
		assertThat(scope.wholeUnitIdsOrNull()).containsExactlyInAnyOrder(LPO_FARSTA, FARSTA);
		assertThat(scope.parts()).isEqualTo(Map.of(SPLIT, Set.of("Bandhagen")));
	}

	@Test
	void joinsThePartsOfSeveralGrantsAndLetsAWholeGrantWin() {
		Actor both = new Actor(UUID.randomUUID(), "x", "X", "POLICE",
				List.of(new RoleGrant(Role.LOCAL_COORDINATOR, LPO_FARSTA, null),
						new RoleGrant(Role.LOCAL_COORDINATOR, LPO_GLOBEN, null)));
		assertThat(split.scope(both, Action.READ).parts()).isEqualTo(Map.of(SPLIT, Set.of("Bandhagen", "Årsta")));
		Actor withDistrict = new Actor(UUID.randomUUID(), "x", "X", "CITY",
				List.of(new RoleGrant(Role.LOCAL_COORDINATOR, LPO_FARSTA, null),
						new RoleGrant(Role.VIEWER, SPLIT, null)));
		assertThat(split.allowsAt(withDistrict, Action.READ, SPLIT, "Årsta")).isTrue();
		assertThat(split.allowsAt(withDistrict, Action.EDIT_LOCAL, SPLIT, "Årsta")).isFalse();
		assertThat(split.allowsAt(actor("POLICE", Role.LOCAL_COORDINATOR, POLICE_AREA), Action.READ, SPLIT, null))
			.as("a police area holding both parts reaches the district whole").isTrue();
	}

	@Test
	void letsOnlyTheUnitsOwnPartyActOnItsBehalf() {
		Actor cityCentral = actor("CITY", Role.CENTRAL_COORDINATOR, CITY_OFFICE);
		Actor policeCentral = actor("POLICE", Role.CENTRAL_COORDINATOR, null);
		assertThat(split.allowsOnBehalfOf(cityCentral, Action.RESPOND_TO_REFERRAL, FARSTA)).isTrue();
		assertThat(split.allowsOnBehalfOf(policeCentral, Action.RESPOND_TO_REFERRAL, FARSTA)).isFalse();
		assertThat(split.allowsOnBehalfOf(policeCentral, Action.RESPOND_TO_REFERRAL, LPO_FARSTA)).isTrue();
		assertThat(split.allowsOnBehalfOf(actor("POLICE", Role.LOCAL_COORDINATOR, LPO_FARSTA),
				Action.RESPOND_TO_REFERRAL, FARSTA)).isFalse();
	}

	private static Actor actor(String party, Role role, UUID unit) {
		return new Actor(UUID.randomUUID(), "user", "User", party, List.of(new RoleGrant(role, unit, null)));
	}
}
