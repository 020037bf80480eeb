package se.samverkan.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planning.PlanningFixtures.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/**
 * The responsible bodies beyond the two parties: chosen by activities from the partner register,
 * not written as free text, and counted in the plan's profile.
 */
class PartnerApiTests extends ApiTest {

	private PlanningFixtures given;

	@BeforeEach
	void setUp() {
		given = new PlanningFixtures(api, jdbc);
		clean();
	}

	@AfterEach
	void clean() {
		new PlanningFixtures(api, jdbc).removeAll();
		jdbc.sql("DELETE FROM partner WHERE name LIKE 'Testpartner%'").update();
	}

	@Test
	void centralCoordinatorsRegisterPartnersAndEveryReaderSeesThem() {
		var registered = api.postAs("beredning.stad", "/api/v1/partners",
				json(Map.of("name", "Testpartner Bostadsbolaget", "kind", "HOUSING_COMPANY")));
		assertThat(registered.status()).isEqualTo(201);
		assertThat(registered.body().get("kind").asString()).isEqualTo("HOUSING_COMPANY");
		List<String> names = new ArrayList<>();
		var list = api.getAs("lasare", "/api/v1/partners?active=true");
		assertThat(list.status()).isEqualTo(200);
		list.body().forEach(partner -> names.add(partner.get("name").asString()));
		assertThat(names).contains("Testpartner Bostadsbolaget");

		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/partners",
				json(Map.of("name", "Testpartner Skolan", "kind", "SCHOOL"))).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/partners", json(Map.of("name", "Testpartner X", "kind", "SCHOOL")), null).status())
			.isEqualTo(401);
		assertThat(api.get("/api/v1/partners", null).status()).isEqualTo(401);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/partners").status()).isEqualTo(403);
		assertThat(fields(api.postAs("beredning.stad", "/api/v1/partners",
				json(Map.of("name", "Testpartner Y", "kind", "CASTLE"))))).containsExactly("kind:invalid");
		assertThat(fields(api.postAs("beredning.stad", "/api/v1/partners", "{}"))).contains("name:required");
		assertThat(fields(api.postAs("beredning.stad", "/api/v1/partners",
				json(Map.of("name", "testpartner bostadsbolaget", "kind", "SCHOOL"))))).containsExactly("name:duplicate");
	}

	@Test
	void activitiesNameBodiesFromTheRegisterAndTheProfileCountsThem() {
		String housing = api.postAs("beredning.stad", "/api/v1/partners",
				json(Map.of("name", "Testpartner Stockholmshem", "kind", "HOUSING_COMPANY"))).body().get("id").asString();
		String school = api.postAs("beredning.stad", "/api/v1/partners",
				json(Map.of("name", "Testpartner Skolan", "kind", "SCHOOL"))).body().get("id").asString();
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		String activities = "/api/v1/action-plans/" + plan + "/activities";

		Map<String, Object> walks = given.activity(fixtures.unit("SODERMALM"), List.of());
		walks.put("partnerIds", List.of(housing, school));
		var added = api.postAs("samordnare.sodermalm", activities, json(walks));
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.body().get("partnerIds")).hasSize(2);
		Map<String, Object> lighting = given.activity(fixtures.unit("SODERMALM"), List.of());
		lighting.put("title", "Belysning i parken");
		lighting.put("partnerIds", List.of(housing));
		assertThat(api.postAs("samordnare.sodermalm", activities, json(lighting)).status()).isEqualTo(201);

		lighting.put("partnerIds", List.of(UUID.randomUUID()));
		assertThat(fields(api.postAs("samordnare.sodermalm", activities, json(lighting))))
			.containsExactly("partnerIds:unknown");

		JsonNode bodies = api.getAs("lasare", "/api/v1/action-plans/" + plan + "/profile").body().get("responsibleBodies");
		assertThat(bodies).hasSize(2);
		assertThat(bodies.get(0).get("name").asString()).isEqualTo("Testpartner Stockholmshem");
		assertThat(bodies.get(0).get("activities").asInt()).isEqualTo(2);
		assertThat(bodies.get(0).get("kind").asString()).isEqualTo("HOUSING_COMPANY");
		assertThat(bodies.get(1).get("activities").asInt()).isEqualTo(1);
	}

	private static List<String> fields(Api.Response response) {
		List<String> fields = new ArrayList<>();
		response.body().get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("code").asString()));
		return fields;
	}
}
