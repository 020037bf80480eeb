package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.ApiTest;

class ReportingStatusApiTests extends ApiTest {

	private FollowupFixtures given;

	@BeforeEach
	void setUp() {
		given = new FollowupFixtures(api, jdbc);
		given.removeAll();
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
	}

	@Test
	void showsEveryDistrictToCityWideReadersAndTheirOwnToLocalOnes() {
		UUID sodermalm = fixtures.unit("SODERMALM");
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026, "ONGOING");
		given.report("samordnare.sodermalm", plan, "2026-T1");
		var all = api.getAs("lasare", "/api/v1/reporting-status?year=2026");
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body().get("districts")).hasSize(11);
		assertThat(all.body().get("municipality").get("unitId").isNull()).isTrue();
		assertThat(all.body().get("compilation").get("published").asBoolean()).isFalse();
		JsonNode soder = district(all.body(), sodermalm);
		assertThat(soder.get("actionPlanStatus").asString()).isEqualTo("DRAFT");
		assertThat(soder.get("actionPlanEstablished").asBoolean()).isFalse();
		assertThat(soder.get("reports").get(0).get("status").asString()).isEqualTo("MISSING");
		assertThat(soder.get("reports").get(0).get("drafting").asBoolean()).isTrue();
		assertThat(soder.get("reports").get(0).get("dueDate").asString()).isEqualTo("2026-05-31");
		var farsta = api.getAs("samordnare.farsta", "/api/v1/reporting-status?year=2026").body();
		assertThat(farsta.get("districts")).hasSize(1);
		assertThat(farsta.get("districts").get(0).get("name").asString()).isEqualTo("Farsta");
	}

	@Test
	void refusesThoseWhoReadNothingAndABadYear() {
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/reporting-status?year=2026").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/reporting-status?year=2026", null).status()).isEqualTo(401);
		var bad = api.getAs("lasare", "/api/v1/reporting-status?year=1066");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(FollowupFixtures.fields(bad.body())).containsExactly("year");
		assertThat(api.getAs("lasare", "/api/v1/reporting-status?year=abc").status()).isEqualTo(400);
		assertThat(api.getAs("lasare", "/api/v1/reporting-status").status()).isEqualTo(200);
	}

	static JsonNode district(JsonNode status, UUID id) {
		for (JsonNode district : status.get("districts")) {
			if (district.get("unitId").asString().equals(id.toString())) {
				return district;
			}
		}
		throw new AssertionError("No row for " + id);
	}
}
