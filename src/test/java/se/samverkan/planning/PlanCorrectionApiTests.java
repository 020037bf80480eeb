package se.samverkan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planning.PlanningFixtures.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import se.samverkan.communication.CommunicationFixtures;
import se.samverkan.followup.FollowupFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.IntegrationTest;

/**
 * Issue 11, corrections of plans: a goal changed with its version, a goal or an activity of a draft
 * plan removed where nothing depends on it, by the people who may add them, each audited with what
 * it was before; an established plan refuses all three.
 */
@IntegrationTest
class PlanCorrectionApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Api api;

	private PlanningFixtures given;

	private CommunicationFixtures communications;

	private FollowupFixtures followup;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		followup = new FollowupFixtures(api, jdbc);
		given = followup.planning();
		communications = new CommunicationFixtures(api, jdbc);
		communications.removeAll();
		followup.removeAll();
	}

	@AfterEach
	void tearDown() {
		communications.removeAll();
		followup.removeAll();
	}

	@Test
	void aGoalIsReadWithItsVersionByThoseWhoReadThePlan() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		String id = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				goal("Minskad droghandel", 10)).get("id").asString();
		var read = api.getAs("lasare", "/api/v1/goals/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("title").asString()).isEqualTo("Minskad droghandel");
		assertThat(read.body().get("version").asInt()).isZero();
		assertThat(api.getAs("samordnare.farsta", "/api/v1/goals/" + id).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/goals/" + id, null).status()).isEqualTo(401);
		assertThat(api.getAs("lasare", "/api/v1/goals/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void keepsAnActivityTheAnnualCompilationProposesToCarryOver() {
		UUID plan = followup.plan("samordnare.sodermalm", "LOCAL", given.sodermalm(), 2026, "ONGOING");
		String activity = api.getAs("lasare", "/api/v1/action-plans/" + plan).body().get("activities").get(0)
			.get("id").asString();
		assertThat(api.postAs("beredning.stad", "/api/v1/annual-compilations", "{\"year\":2026}").status())
			.isEqualTo(201);

		var refused = delete("samordnare.sodermalm", "/api/v1/activities/" + activity);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().toString()).contains("årssammanställningen 2026");
		assertThat(api.getAs("lasare", "/api/v1/activities/" + activity).status()).isEqualTo(200);
	}

	@Test
	void eitherPartysCoordinatorCorrectsAGoalAndAStaleVersionChangesNothing() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		JsonNode goal = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				goal("Fler känner sig trygga kvällstd", 70));
		assertThat(goal.get("version").asInt()).isZero();
		String path = "/api/v1/goals/" + goal.get("id").asString();

		Map<String, Object> corrected = goal("Fler känner sig trygga kvällstid", 72);
		corrected.put("baselineValue", 61.5);
		corrected.put("baselinePeriod", "2025");
		corrected.put("version", 0);
		var answer = given.put("kommunpolis.sodermalm", path, json(corrected));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().get("title").asString()).isEqualTo("Fler känner sig trygga kvällstid");
		assertThat(answer.body().get("targetValue").asInt()).isEqualTo(72);
		assertThat(answer.body().get("baselinePeriod").asString()).isEqualTo("2025");
		assertThat(answer.body().get("version").asInt()).isEqualTo(1);

		Map<String, Object> theirs = goal("Någon annans ändring", 90);
		theirs.put("version", 0);
		var stale = given.put("samordnare.sodermalm", path, json(theirs));
		assertThat(stale.status()).isEqualTo(409);
		JsonNode stored = api.getAs("lasare", "/api/v1/action-plans/" + plan).body().get("goals").get(0);
		assertThat(stored.get("title").asString()).isEqualTo("Fler känner sig trygga kvällstid");
		assertThat(stored.get("targetValue").asInt()).isEqualTo(72);
		assertThat(stored.get("version").asInt()).isEqualTo(1);

		Map<String, Object> qualitative = goal("Boende upplever parken som tryggare", null);
		qualitative.put("targetText", "Boende beskriver parken som tryggare i dialogerna");
		qualitative.put("version", 1);
		var changed = given.put("samordnare.sodermalm", path, json(qualitative));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().get("targetValue").isNull()).isTrue();
		assertThat(changed.body().get("targetText").asString()).startsWith("Boende beskriver");

		JsonNode first = audit(plan, "UPDATE_GOAL").get(0);
		assertThat(first.get("before").get("title").asString()).isEqualTo("Fler känner sig trygga kvällstd");
		assertThat(first.get("before").get("targetValue").asInt()).isEqualTo(70);
		assertThat(first.get("after").get("title").asString()).isEqualTo("Fler känner sig trygga kvällstid");
		assertThat(first.get("after").get("targetValue").asInt()).isEqualTo(72);
		assertThat(audit(plan, "UPDATE_GOAL")).hasSize(2);
	}

	@Test
	void refusesAMissingVersionAnEmptyTitleAndNoTargetNamingTheFields() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		String id = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				goal("Minskad droghandel", 10)).get("id").asString();
		Map<String, Object> body = goal(" ", null);
		body.put("priorityAreaId", UUID.randomUUID());
		var refused = given.put("samordnare.sodermalm", "/api/v1/goals/" + id, json(body));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused.body())).containsExactlyInAnyOrder("version", "title", "targetValue",
				"priorityAreaId");
		assertThat(fields(given.put("samordnare.sodermalm", "/api/v1/goals/" + id, "").body())).contains("version");
		var wrongType = given.put("samordnare.sodermalm", "/api/v1/goals/" + id,
				"{\"title\": \"Minskad droghandel\", \"targetValue\": \"tio\", \"targetDate\": \"2026-12-31\", \"version\": 0}");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(fields(wrongType.body())).contains("targetValue");
		assertThat(api.getAs("lasare", "/api/v1/action-plans/" + plan).body().get("goals").get(0).get("title").asString())
			.isEqualTo("Minskad droghandel");
		assertThat(given.put("samordnare.sodermalm", "/api/v1/goals/" + UUID.randomUUID(),
				json(Map.of("title", "x", "targetValue", 1, "targetDate", "2026-12-31", "version", 0))).status())
			.isEqualTo(404);
	}

	@Test
	void farstaAReaderAndTheSteeringGroupCannotCorrectSodermalmsPlanNorCanAnAnonymousCaller() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		String goal = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				goal("Minskad droghandel", 10)).get("id").asString();
		String activity = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities",
				given.activity(given.sodermalm(), List.of())).get("id").asString();
		Map<String, Object> body = goal("Ändrat", 5);
		body.put("version", 0);

		for (String user : List.of("samordnare.farsta", "lasare", "styrgrupp.sodermalm")) {
			assertThat(given.put(user, "/api/v1/goals/" + goal, json(body)).status()).as(user).isEqualTo(403);
			assertThat(delete(user, "/api/v1/goals/" + goal).status()).as(user).isEqualTo(403);
			assertThat(delete(user, "/api/v1/activities/" + activity).status()).as(user).isEqualTo(403);
		}
		assertThat(api.send(api.request("/api/v1/goals/" + goal, null).DELETE().build()).status()).isEqualTo(401);
		assertThat(api.send(api.request("/api/v1/activities/" + activity, null).DELETE().build()).status())
			.isEqualTo(401);
		assertThat(api.send(api.request("/api/v1/goals/" + goal, null)
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json(body)))
			.build()).status()).isEqualTo(401);

		JsonNode unchanged = api.getAs("lasare", "/api/v1/action-plans/" + plan).body();
		assertThat(unchanged.get("goals").get(0).get("title").asString()).isEqualTo("Minskad droghandel");
		assertThat(unchanged.get("activities")).hasSize(1);
		assertThat(delete("samordnare.sodermalm", "/api/v1/goals/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(delete("samordnare.sodermalm", "/api/v1/activities/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void theCityWidePlanIsCorrectedByCentralCoordinatorsOnly() {
		UUID plan = UUID.fromString(given.created("beredning.stad", "/api/v1/action-plans",
				Map.of("scope", "CITY_WIDE", "year", 2026)).get("id").asString());
		String goal = given.created("beredning.stad", "/api/v1/action-plans/" + plan + "/goals",
				goal("Färre unga i kriminalitet", 10)).get("id").asString();
		Map<String, Object> body = goal("Färre unga i kriminella nätverk", 10);
		body.put("version", 0);
		assertThat(given.put("samordnare.sodermalm", "/api/v1/goals/" + goal, json(body)).status()).isEqualTo(403);
		assertThat(delete("samordnare.sodermalm", "/api/v1/goals/" + goal).status()).isEqualTo(403);
		assertThat(given.put("beredning.stad", "/api/v1/goals/" + goal, json(body)).status()).isEqualTo(200);
		assertThat(delete("beredning.stad", "/api/v1/goals/" + goal + "?version=1").status()).isEqualTo(204);
	}

	@Test
	void keepsAGoalThatAnActivityContributesToAndRemovesBothOnceNothingDependsOnThem() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		JsonNode goal = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				goal("Färre rån mot unga", 20));
		String goalId = goal.get("id").asString();
		api.postAs("samordnare.sodermalm", "/api/v1/goals/" + goalId + "/assessments",
				json(Map.of("result", "PARTLY", "comment", "Halvvägs")));
		Map<String, Object> body = given.activity(given.sodermalm(), List.of());
		body.put("goalIds", List.of(goalId));
		JsonNode activity = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", body);
		String activityId = activity.get("id").asString();
		api.postAs("samordnare.sodermalm", "/api/v1/activities/" + activityId + "/updates",
				json(Map.of("status", "ONGOING", "signal", "GREEN", "note", "Första vandringen gjord")));

		var refused = delete("samordnare.sodermalm", "/api/v1/goals/" + goalId);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().toString()).contains("Trygghetsvandringar kring Medborgarplatsen");
		assertThat(api.getAs("lasare", "/api/v1/action-plans/" + plan).body().get("goals")).hasSize(1);

		assertThat(delete("kommunpolis.sodermalm", "/api/v1/activities/" + activityId + "?version=5").status())
			.isEqualTo(409);
		assertThat(delete("kommunpolis.sodermalm", "/api/v1/activities/" + activityId + "?version=0").status())
			.isEqualTo(204);
		assertThat(api.getAs("lasare", "/api/v1/activities/" + activityId).status()).isEqualTo(404);
		JsonNode activityBefore = lastAudit(activityId, "DELETE");
		assertThat(activityBefore.get("before").get("title").asString())
			.isEqualTo("Trygghetsvandringar kring Medborgarplatsen");
		assertThat(activityBefore.get("before").get("status").asString()).isEqualTo("ONGOING");
		assertThat(activityBefore.path("after").isNull() || activityBefore.path("after").isMissingNode()).isTrue();

		assertThat(delete("samordnare.sodermalm", "/api/v1/goals/" + goalId + "?version=3").status()).isEqualTo(409);
		assertThat(delete("samordnare.sodermalm", "/api/v1/goals/" + goalId + "?version=0").status()).isEqualTo(204);
		assertThat(api.getAs("lasare", "/api/v1/action-plans/" + plan).body().get("goals")).isEmpty();
		JsonNode goalBefore = audit(plan, "DELETE_GOAL").get(0);
		assertThat(goalBefore.get("before").get("title").asString()).isEqualTo("Färre rån mot unga");
		assertThat(goalBefore.get("before").get("assessments").get(0).get("comment").asString()).isEqualTo("Halvvägs");
	}

	@Test
	void anEstablishedPlanRefusesCorrectionsUntilReopened() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		String goal = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				goal("Minskad droghandel", 10)).get("id").asString();
		String activity = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities",
				given.activity(given.sodermalm(), List.of())).get("id").asString();
		given.addressEveryArea("samordnare.sodermalm", plan);
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + plan + "/establish", "").status())
			.isEqualTo(200);

		Map<String, Object> body = goal("Ändrat", 5);
		body.put("version", 0);
		var put = given.put("samordnare.sodermalm", "/api/v1/goals/" + goal, json(body));
		assertThat(put.status()).isEqualTo(409);
		assertThat(put.body().toString()).contains("fastställd");
		// Even a body the plan could not take (no title, no version) is told that the plan is established
		var incomplete = given.put("samordnare.sodermalm", "/api/v1/goals/" + goal, "{\"targetValue\": 5}");
		assertThat(incomplete.status()).isEqualTo(409);
		assertThat(incomplete.body().toString()).contains("fastställd");
		assertThat(delete("samordnare.sodermalm", "/api/v1/goals/" + goal).status()).isEqualTo(409);
		assertThat(delete("samordnare.sodermalm", "/api/v1/activities/" + activity).status()).isEqualTo(409);
		JsonNode unchanged = api.getAs("lasare", "/api/v1/action-plans/" + plan).body();
		assertThat(unchanged.get("goals").get(0).get("title").asString()).isEqualTo("Minskad droghandel");
		assertThat(unchanged.get("activities")).hasSize(1);
		assertThat(audit(plan, "UPDATE_GOAL")).isEmpty();
	}

	@Test
	void keepsAnActivityThatACommunicationTellsAbout() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		String activity = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities",
				given.activity(given.sodermalm(), List.of())).get("id").asString();
		Map<String, Object> item = communications.local("Trygghetsvandringar i vår", "Vi går tillsammans.",
				given.sodermalm());
		item.put("activityIds", List.of(activity));
		communications.drafted("samordnare.sodermalm", item);

		var refused = delete("samordnare.sodermalm", "/api/v1/activities/" + activity);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().toString()).contains("Trygghetsvandringar i vår");
		assertThat(api.getAs("lasare", "/api/v1/activities/" + activity).status()).isEqualTo(200);
	}

	private static Map<String, Object> goal(String title, Integer target) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("targetValue", target);
		body.put("targetDate", "2026-12-31");
		return body;
	}

	private Api.Response delete(String username, String path) {
		return api.send(api.request(path, api.tokenFor(username)).DELETE().build());
	}

	private static List<String> fields(JsonNode problem) {
		List<String> fields = new java.util.ArrayList<>();
		problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

	/** The plan's audit entries of an action, oldest first. */
	private List<JsonNode> audit(UUID planId, String action) {
		return jdbc.sql("""
				SELECT changes::text FROM audit_entry
				WHERE entity_id = :id AND action = :action ORDER BY id""")
			.param("id", planId)
			.param("action", action)
			.query(String.class)
			.list()
			.stream()
			.map(PlanningFixtures.JSON::readTree)
			.toList();
	}

	private JsonNode lastAudit(String entityId, String action) {
		List<JsonNode> entries = audit(UUID.fromString(entityId), action);
		return entries.get(entries.size() - 1);
	}
}
