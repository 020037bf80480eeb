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

/** The city's steering documents, and plans, goals and activities that say which of their goals they serve. */
class SteeringDocumentApiTests extends ApiTest {

	private PlanningFixtures given;

	@BeforeEach
	void setUp() {
		given = new PlanningFixtures(api, jdbc);
		clean();
	}

	@AfterEach
	void clean() {
		new PlanningFixtures(api, jdbc).removeAll();
		jdbc.sql("""
				DELETE FROM steering_document WHERE title NOT IN ('Kommunfullmäktiges mål', 'Stadens trygghetsprogram',
				  'Stadens strategi för att förhindra att barn, unga och unga vuxna dras in i kriminalitet')""").update();
		jdbc.sql("DELETE FROM steering_document_goal WHERE code IS DISTINCT FROM '3.6'").update();
	}

	@Test
	void listsTheSeededDocumentsWithTheCouncilsGoalAsTheSourceQuotesIt() {
		var list = api.getAs("lasare", "/api/v1/steering-documents");
		assertThat(list.status()).isEqualTo(200);
		List<String> titles = new ArrayList<>();
		list.body().forEach(document -> titles.add(document.get("title").asString()));
		assertThat(titles).containsExactlyInAnyOrder("Kommunfullmäktiges mål", "Stadens trygghetsprogram",
				"Stadens strategi för att förhindra att barn, unga och unga vuxna dras in i kriminalitet");
		JsonNode goal = council().get("goals").get(0);
		assertThat(goal.get("code").asString()).isEqualTo("3.6");
		assertThat(goal.get("text").asString()).isEqualTo("Tryggheten ska öka genom förebyggande insatser");
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/steering-documents").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/steering-documents", null).status()).isEqualTo(401);
		assertThat(api.getAs("lasare", "/api/v1/steering-documents/" + UUID.randomUUID()).status()).isEqualTo(404);
		String council = "/api/v1/steering-documents/" + council().get("id").asString();
		assertThat(api.getAs("rapportor.sodermalm", council).status()).isEqualTo(403);
		assertThat(api.get(council, null).status()).isEqualTo(401);
	}

	@Test
	void centralCoordinatorsKeepTheRegister() {
		var added = api.postAs("beredning.stad", "/api/v1/steering-documents",
				json(Map.of("title", "Testprogram för trygghet", "issuer", "Kommunfullmäktige")));
		assertThat(added.status()).isEqualTo(201);
		String id = added.body().get("id").asString();
		assertThat(api.getAs("lasare", "/api/v1/steering-documents/" + id).body().get("issuer").asString())
			.isEqualTo("Kommunfullmäktige");
		var goal = api.postAs("admin", "/api/v1/steering-documents/" + id + "/goals",
				json(Map.of("code", "1", "text", "Fler ska känna sig trygga")));
		assertThat(goal.status()).isEqualTo(201);
		assertThat(api.postAs("beredning.polis", "/api/v1/steering-documents/" + id + "/goals",
				json(Map.of("code", "1", "text", "Annat"))).status()).as("a number taken").isEqualTo(409);

		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/steering-documents", json(Map.of("title", "X"))).status())
			.isEqualTo(403);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/steering-documents/" + id + "/goals",
				json(Map.of("text", "X"))).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/steering-documents", json(Map.of("title", "X")), null).status()).isEqualTo(401);
		var duplicate = api.postAs("beredning.stad", "/api/v1/steering-documents", json(Map.of("title", "kommunfullmäktiges mål")));
		assertThat(fields(duplicate)).containsExactly("title:duplicate");
		assertThat(fields(api.postAs("beredning.stad", "/api/v1/steering-documents/" + id + "/goals", "{}")))
			.containsExactly("text:required");
		assertThat(api.postAs("beredning.stad", "/api/v1/steering-documents/" + UUID.randomUUID() + "/goals",
				json(Map.of("text", "X"))).status()).isEqualTo(404);
	}

	@Test
	void plansGoalsAndActivitiesServeAGoalAndTheWorkIsReadByIt() {
		String goal36 = council().get("goals").get(0).get("id").asString();
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		Map<String, Object> activity = given.activity(fixtures.unit("SODERMALM"), List.of());
		activity.put("steeringDocumentGoalIds", List.of(goal36));
		var added = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", json(activity));
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.body().get("steeringDocumentGoalIds").get(0).asString()).isEqualTo(goal36);
		var goal = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals", json(Map.of("title",
				"Tryggare kvällar", "targetValue", 70, "targetDate", "2026-12-31", "steeringDocumentGoalIds", List.of(goal36))));
		assertThat(goal.body().get("steeringDocumentGoalIds").get(0).asString()).isEqualTo(goal36);
		var planLinked = given.put("samordnare.sodermalm", "/api/v1/action-plans/" + plan,
				json(Map.of("steeringDocumentGoalIds", List.of(goal36), "version", 0)));
		assertThat(planLinked.status()).isEqualTo(200);
		assertThat(planLinked.body().get("steeringDocumentGoalIds").get(0).asString()).isEqualTo(goal36);

		activity.put("steeringDocumentGoalIds", List.of(UUID.randomUUID()));
		assertThat(fields(api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", json(activity))))
			.containsExactly("steeringDocumentGoalIds:unknown");

		String path = "/api/v1/steering-documents/" + council().get("id").asString() + "/work?year=2026";
		JsonNode work = api.getAs("lasare", path).body().get("goals").get(0);
		assertThat(work.get("code").asString()).isEqualTo("3.6");
		assertThat(work.get("activities").get(0).get("title").asString()).isEqualTo("Trygghetsvandringar kring Medborgarplatsen");
		assertThat(work.get("goals").get(0).get("title").asString()).isEqualTo("Tryggare kvällar");
		assertThat(work.get("plans")).hasSize(1);
		assertThat(api.getAs("samordnare.farsta", path).body().get("goals").get(0).get("activities"))
			.as("only the plans the reader reads").isEmpty();
		assertThat(api.getAs("rapportor.sodermalm", path).status()).isEqualTo(403);
	}

	private JsonNode council() {
		for (JsonNode document : api.getAs("lasare", "/api/v1/steering-documents").body()) {
			if (document.get("title").asString().equals("Kommunfullmäktiges mål")) {
				return document;
			}
		}
		throw new AssertionError("The council's goals are not seeded");
	}

	private static List<String> fields(Api.Response response) {
		List<String> fields = new ArrayList<>();
		response.body().get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("code").asString()));
		return fields;
	}
}
