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

	private static Actor actor(String party, Role role, UUID unit) {
		return new Actor(UUID.randomUUID(), "user", "User", party, List.of(new RoleGrant(role, unit, null)));
	}
}
