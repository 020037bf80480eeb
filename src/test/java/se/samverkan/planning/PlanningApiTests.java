package se.samverkan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planning.PlanningFixtures.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import se.samverkan.support.Api;
import se.samverkan.support.Fixtures;
import se.samverkan.support.IntegrationTest;

@IntegrationTest
class PlanningApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Api api;

	private PlanningFixtures given;

	private UUID unit;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		given = new PlanningFixtures(api, jdbc);
		given.removeAll();
		unit = new Fixtures(jdbc).unit("SODERMALM");
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
	}

	@Test
	void aCoordinatorCreatesTheDistrictsPlanOncePerYear() {
		var created = api.postAs("samordnare.sodermalm", "/api/v1/action-plans",
				json(Map.of("scope", "LOCAL", "districtId", given.sodermalm(), "year", 2026)));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().get("status").asString()).isEqualTo("DRAFT");
		assertThat(created.body().get("goals")).isEmpty();
		assertThat(created.body().get("activities")).isEmpty();
		assertThat(api.postAs("kommunpolis.sodermalm", "/api/v1/action-plans",
				json(Map.of("scope", "LOCAL", "districtId", given.sodermalm(), "year", 2026))).status()).isEqualTo(409);
		assertThat(api.postAs("samordnare.farsta", "/api/v1/action-plans",
				json(Map.of("scope", "LOCAL", "districtId", given.sodermalm(), "year", 2027))).status()).isEqualTo(403);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/action-plans",
				json(Map.of("scope", "LOCAL", "year", 1999))).body().toString()).contains("districtId", "year");

		String id = created.body().get("id").asString();
		var list = api.getAs("kommunpolis.sodermalm", "/api/v1/action-plans?year=2026&districtId=" + given.sodermalm());
		assertThat(list.body().get("items")).singleElement().satisfies(plan -> assertThat(plan.get("id").asString()).isEqualTo(id));
		assertThat(api.getAs("samordnare.farsta", "/api/v1/action-plans?districtId=" + given.sodermalm()).status())
			.isEqualTo(403);
		List<String> farstas = new ArrayList<>();
		api.getAs("samordnare.farsta", "/api/v1/action-plans?size=500").body().get("items")
			.forEach(plan -> farstas.add(plan.get("id").asString()));
		assertThat(farstas).doesNotContain(id);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/action-plans/" + id).status()).isEqualTo(403);
		assertThat(api.getAs("lasare", "/api/v1/action-plans/" + id).status()).isEqualTo(200);
		assertThat(api.getAs("lasare", "/api/v1/action-plans/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/action-plans", null).status()).isEqualTo(401);
	}

	@Test
	void theCityWideHandlingsplanIsForCentralCoordinators() {
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/action-plans",
				json(Map.of("scope", "CITY_WIDE", "year", 2026))).status()).isEqualTo(403);
		JsonNode plan = given.created("beredning.stad", "/api/v1/action-plans", Map.of("scope", "CITY_WIDE", "year", 2026));
		assertThat(plan.get("districtId").isNull()).isTrue();
		assertThat(api.postAs("beredning.polis", "/api/v1/action-plans",
				json(Map.of("scope", "CITY_WIDE", "year", 2026))).status()).isEqualTo(409);
		String id = plan.get("id").asString();
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + id + "/activities",
				json(given.activity(unit, List.of()))).status()).isEqualTo(403);
		assertThat(api.postAs("beredning.polis", "/api/v1/action-plans/" + id + "/activities",
				json(given.activity(unit, List.of()))).status()).isEqualTo(201);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/action-plans/" + id).status()).isEqualTo(200);
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + id + "/establish", "").status())
			.isEqualTo(403);
		assertThat(api.postAs("beredning.stad", "/api/v1/action-plans/" + id + "/establish", "").status()).isEqualTo(200);
	}

	@Test
	void goalsHaveAMeasurableTargetAndAnOptionalIndicator() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		UUID indicator = new Fixtures(jdbc).indicator("TRYGG-OTRYGG-KVALL");
		var unknown = api.postAs("kommunpolis.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				json(Map.of("title", "Fler känner sig trygga kvällstid", "indicatorId", UUID.randomUUID(),
						"targetValue", 70, "targetDate", "2026-12-31")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(fields(unknown.body())).containsExactly("indicatorId");
		var goal = api.postAs("kommunpolis.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				json(Map.of("title", "Fler känner sig trygga kvällstid", "indicatorId", indicator, "baselineValue", 61.5,
						"baselinePeriod", "2025", "targetValue", 70, "targetDate", "2026-12-31")));
		assertThat(goal.status()).isEqualTo(201);
		assertThat(goal.body().get("indicatorName").asString()).startsWith("Andel som känner sig otrygga");
		assertThat(goal.body().get("indicatorId").asString()).isEqualTo(indicator.toString());
		assertThat(goal.body().get("baselineValue").asDouble()).isEqualTo(61.5);
		var missing = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals", "{}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing.body())).containsExactlyInAnyOrder("title", "targetValue", "targetDate");
		assertThat(api.postAs("samordnare.farsta", "/api/v1/action-plans/" + plan + "/goals",
				json(Map.of("title", "x", "targetValue", 1, "targetDate", "2026-12-31"))).status()).isEqualTo(403);
		assertThat(api.getAs("lasare", "/api/v1/action-plans/" + plan).body().get("goals")).hasSize(1);
	}

	@Test
	void refusesAnActivityNamingEveryMissingRequiredFieldInSwedish() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		var response = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities",
				json(Map.of("priorityAreaIds", List.of())));
		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response.body())).containsExactlyInAnyOrder("title", "what", "how", "followUpMethod",
				"responsibleParty", "responsibleUnitId", "startDate", "endDate", "priorityAreaIds", "preventionLevel",
				"preventionType", "horizon");
		assertThat(response.body().toString()).contains("Vad som ska göras", "Hur det följs upp", "Ansvarig enhet",
				"Preventionsnivå", "Tidsperspektiv");

		Map<String, Object> backwards = given.activity(unit, List.of());
		backwards.put("endDate", "2026-01-01");
		backwards.put("how", "Samtal med 811218-9876");
		var refused = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", json(backwards));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused.body())).containsExactlyInAnyOrder("endDate", "how");

		Map<String, Object> foreignCause = given.activity(unit, List.of(UUID.randomUUID()));
		foreignCause.put("preventionLevel", "SOMETIMES");
		assertThat(fields(api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities",
				json(foreignCause)).body())).containsExactlyInAnyOrder("causeIds", "preventionLevel");
		assertThat(api.getAs("lasare", "/api/v1/action-plans/" + plan).body().get("activities")).isEmpty();
	}

	@Test
	void anActivityActsOnCausesAndTakesProgressUpdates() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		UUID cause = aCause(given.sodermalm());
		var created = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities",
				json(given.activity(unit, List.of(cause))));
		assertThat(created.status()).isEqualTo(201);
		JsonNode activity = created.body();
		assertThat(activity.get("status").asString()).isEqualTo("PLANNED");
		assertThat(activity.get("version").asInt()).isZero();
		assertThat(activity.get("causeIds").get(0).asString()).isEqualTo(cause.toString());
		assertThat(activity.get("targetCount").asInt()).isEqualTo(8);
		String id = activity.get("id").asString();

		var update = api.postAs("kommunpolis.sodermalm", "/api/v1/activities/" + id + "/updates",
				json(Map.of("date", "2026-04-30", "status", "ONGOING", "signal", "YELLOW", "note", "Tre vandringar gjorda",
						"doneCount", 3)));
		assertThat(update.status()).isEqualTo(201);
		JsonNode read = api.getAs("lasare", "/api/v1/activities/" + id).body();
		assertThat(read.get("status").asString()).isEqualTo("ONGOING");
		assertThat(read.get("signal").asString()).isEqualTo("YELLOW");
		assertThat(read.get("doneCount").asInt()).isEqualTo(3);
		assertThat(api.getAs("lasare", "/api/v1/activities/" + id + "/updates").body()).hasSize(1);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/activities/" + id + "/updates",
				json(Map.of("status", "FINISHED"))).body().toString()).contains("signal", "status");
		assertThat(api.postAs("samordnare.farsta", "/api/v1/activities/" + id + "/updates",
				json(Map.of("status", "DONE", "signal", "GREEN"))).status()).isEqualTo(403);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/activities/" + id).status()).isEqualTo(403);
		assertThat(api.getAs("lasare", "/api/v1/activities/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void aPutAcceptsTheRepresentationAGetReturnedAndRefusesAStaleVersionShowingWhatChanged() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		String id = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities",
				given.activity(unit, List.of())).get("id").asString();
		ObjectNode read = (ObjectNode) api.getAs("samordnare.sodermalm", "/api/v1/activities/" + id).body();
		ObjectNode mine = read.deepCopy();

		read.put("how", "Två vandringar i månaden");
		read.put("unknownField", "ignored");
		var saved = given.put("kommunpolis.sodermalm", "/api/v1/activities/" + id, read.toString());
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body().get("version").asInt()).isEqualTo(1);
		assertThat(saved.body().get("how").asString()).isEqualTo("Två vandringar i månaden");

		mine.put("title", "Trygghetsvandringar, utökade");
		var stale = given.put("samordnare.sodermalm", "/api/v1/activities/" + id, mine.toString());
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body().get("changedBy").asString()).isEqualTo("kommunpolis.sodermalm");
		assertThat(stale.body().get("currentVersion").asInt()).isEqualTo(1);
		JsonNode change = stale.body().get("changes").get(0);
		assertThat(stale.body().get("changes")).hasSize(1);
		assertThat(change.get("field").asString()).isEqualTo("how");
		assertThat(change.get("theirs").asString()).isEqualTo("Två vandringar i månaden");
		assertThat(change.get("original").asString()).startsWith("En vandring i månaden");
		assertThat(api.getAs("lasare", "/api/v1/activities/" + id).body().get("title").asString())
			.isEqualTo("Trygghetsvandringar kring Medborgarplatsen");

		mine.remove("version");
		assertThat(given.put("samordnare.sodermalm", "/api/v1/activities/" + id, mine.toString()).status()).isEqualTo(400);
		mine.put("version", 1);
		assertThat(given.put("samordnare.farsta", "/api/v1/activities/" + id, mine.toString()).status()).isEqualTo(403);
		assertThat(given.put("samordnare.sodermalm", "/api/v1/activities/" + id, mine.toString()).status()).isEqualTo(200);
		assertThat(audited(id)).containsExactly("CREATE", "UPDATE", "UPDATE");
	}

	@Test
	void twentyConcurrentUpdatesWithOneVersionGiveOneSuccessAndNineteenConflictsAndLoseNoField() throws Exception {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		String id = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities",
				given.activity(unit, List.of())).get("id").asString();
		ObjectNode read = (ObjectNode) api.getAs("samordnare.sodermalm", "/api/v1/activities/" + id).body();
		String token = api.tokenFor("samordnare.sodermalm");
		api.tokenFor("kommunpolis.sodermalm");
		int writers = 20;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Api.Response>> results = new ArrayList<>();
		List<ObjectNode> sent = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			ObjectNode body = read.deepCopy();
			body.put("title", "Titel från skrivare " + i);
			body.put("participants", "Aktörer från skrivare " + i);
			body.put("targetCount", 100 + i);
			sent.add(body);
			String user = i % 2 == 0 ? "samordnare.sodermalm" : "kommunpolis.sodermalm";
			results.add(pool.submit(() -> {
				start.await();
				return given.put(user, "/api/v1/activities/" + id, body.toString());
			}));
		}
		start.countDown();
		int ok = 0;
		int conflicts = 0;
		int winner = -1;
		for (int i = 0; i < writers; i++) {
			int status = results.get(i).get().status();
			if (status == 200) {
				ok++;
				winner = i;
			}
			else if (status == 409) {
				conflicts++;
			}
		}
		pool.shutdown();
		assertThat(ok).isEqualTo(1);
		assertThat(conflicts).isEqualTo(19);
		JsonNode stored = api.get("/api/v1/activities/" + id, token).body();
		assertThat(stored.get("version").asInt()).isEqualTo(1);
		ObjectNode expected = sent.get(winner);
		for (String field : List.of("title", "what", "how", "followUpMethod", "responsibleParty", "responsibleUnitId",
				"responsiblePerson", "participants", "startDate", "endDate", "priorityAreaIds", "causeIds", "goalIds",
				"preventionLevel", "preventionType", "horizon", "targetCount")) {
			assertThat(stored.get(field)).as(field).isEqualTo(expected.get(field));
		}
		assertThat(audited(id)).containsExactly("CREATE", "UPDATE");
	}

	@Test
	void anEstablishedPlanTakesProgressButNotStructuralChangeUntilReopenedWithAReason() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		String activity = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities",
				given.activity(unit, List.of())).get("id").asString();
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/establish", "").status())
			.isEqualTo(403);
		var established = api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + plan + "/establish", "");
		assertThat(established.status()).isEqualTo(200);
		assertThat(established.body().get("status").asString()).isEqualTo("ESTABLISHED");
		assertThat(established.body().get("establishedBy").asString()).isEqualTo("styrgrupp.sodermalm");
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + plan + "/establish", "").status())
			.isEqualTo(409);

		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities",
				json(given.activity(unit, List.of()))).status()).isEqualTo(409);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				json(Map.of("title", "x", "targetValue", 1, "targetDate", "2026-12-31"))).status()).isEqualTo(409);
		ObjectNode read = (ObjectNode) api.getAs("samordnare.sodermalm", "/api/v1/activities/" + activity).body();
		read.put("title", "Ändrad");
		var put = given.put("samordnare.sodermalm", "/api/v1/activities/" + activity, read.toString());
		assertThat(put.status()).isEqualTo(409);
		assertThat(put.body().get("detail").asString()).contains("fastställd");
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/activities/" + activity + "/updates",
				json(Map.of("status", "ONGOING", "signal", "GREEN"))).status()).isEqualTo(201);

		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + plan + "/reopen", "{}").status())
			.isEqualTo(400);
		assertThat(api.postAs("samordnare.farsta", "/api/v1/action-plans/" + plan + "/reopen",
				json(Map.of("reason", "x"))).status()).isEqualTo(403);
		var reopened = api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + plan + "/reopen",
				json(Map.of("reason", "Ny aktivitet efter händelserna i maj")));
		assertThat(reopened.body().get("status").asString()).isEqualTo("DRAFT");
		assertThat(given.put("samordnare.sodermalm", "/api/v1/activities/" + activity, read.toString()).status())
			.isEqualTo(200);
		String reason = jdbc.sql("""
				SELECT changes -> 'after' ->> 'reason' FROM audit_entry
				WHERE entity_id = CAST(:id AS uuid) AND action = 'REOPEN'""").param("id", plan.toString()).query(String.class).single();
		assertThat(reason).isEqualTo("Ny aktivitet efter händelserna i maj");
	}

	@Test
	void theGoldenThreadTiesAreasProblemsCausesActivitiesAndGoalsAndCountsTheGaps() {
		UUID district = given.sodermalm();
		UUID cause = aCause(district);
		given.created("samordnare.sodermalm", "/api/v1/problems", given.problem(district, "Problem utan åtgärd"));
		UUID plan = given.localPlan("samordnare.sodermalm", district, 2026);
		String measured = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				Map.of("title", "Mätt mål", "indicatorId", new Fixtures(jdbc).indicator("BEFOLKNING"), "targetValue", 1,
						"targetDate", "2026-12-31"))
			.get("id").asString();
		given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				Map.of("title", "Omätt mål", "targetValue", 1, "targetDate", "2026-12-31"));
		Map<String, Object> acting = given.activity(unit, List.of(cause));
		acting.put("goalIds", List.of(measured));
		given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", acting);
		Map<String, Object> loose = given.activity(unit, List.of());
		loose.put("title", "Aktivitet utan orsak");
		given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", loose);

		var response = api.getAs("kommunpolis.sodermalm", "/api/v1/districts/" + district + "/golden-thread?year=2026");
		assertThat(response.status()).isEqualTo(200);
		JsonNode thread = response.body();
		assertThat(thread.get("planId").asString()).isEqualTo(plan.toString());
		JsonNode places = thread.get("priorityAreas").get(1);
		assertThat(places.get("problems")).hasSize(2);
		assertThat(places.get("activities")).hasSize(2);
		assertThat(places.get("goals")).hasSize(1);
		assertThat(places.get("indicatorIds")).hasSize(1);
		assertThat(thread.get("gaps").get("problemsWithoutActivities").get(0).get("title").asString())
			.isEqualTo("Problem utan åtgärd");
		assertThat(thread.get("gaps").get("activitiesWithoutCauses").get(0).get("title").asString())
			.isEqualTo("Aktivitet utan orsak");
		assertThat(thread.get("gaps").get("goalsWithoutIndicators").get(0).get("title").asString()).isEqualTo("Omätt mål");
		assertThat(thread.get("gapCounts").get("priorityAreasWithNothing").asInt()).isEqualTo(4);
		assertThat(thread.get("gapCounts").get("problemsWithoutActivities").asInt()).isEqualTo(1);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/districts/" + district + "/golden-thread?year=2026").status())
			.isEqualTo(403);
		assertThat(api.getAs("lasare", "/api/v1/districts/" + district + "/golden-thread?year=abc").status())
			.isEqualTo(400);
	}

	@Test
	void farstasCoordinatorIsRefusedEveryEndpointOnSodermalmsPlanWhileSodermalmsCommunityPoliceOfficerIsAllowed() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		UUID cause = aCause(given.sodermalm());
		String problem = jdbc.sql("SELECT problem_id FROM cause WHERE id = ?").params(cause).query(UUID.class).single().toString();
		String activity = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities",
				given.activity(unit, List.of(cause))).get("id").asString();
		String representation = api.getAs("samordnare.sodermalm", "/api/v1/activities/" + activity).body().toString();
		Map<String, Object> goal = Map.of("title", "Mål", "targetValue", 1, "targetDate", "2026-12-31");
		String move = json(Map.of());
		String update = json(Map.of("status", "ONGOING", "signal", "GREEN"));

		String farsta = "samordnare.farsta";
		assertThat(api.getAs(farsta, "/api/v1/action-plans/" + plan).status()).isEqualTo(403);
		assertThat(api.postAs(farsta, "/api/v1/action-plans/" + plan + "/goals", json(goal)).status()).isEqualTo(403);
		assertThat(api.postAs(farsta, "/api/v1/action-plans/" + plan + "/activities",
				json(given.activity(unit, List.of()))).status()).isEqualTo(403);
		assertThat(api.getAs(farsta, "/api/v1/activities/" + activity).status()).isEqualTo(403);
		assertThat(given.put(farsta, "/api/v1/activities/" + activity, representation).status()).isEqualTo(403);
		assertThat(api.getAs(farsta, "/api/v1/activities/" + activity + "/updates").status()).isEqualTo(403);
		assertThat(api.postAs(farsta, "/api/v1/activities/" + activity + "/updates", update).status()).isEqualTo(403);
		assertThat(api.postAs(farsta, "/api/v1/action-plans/" + plan + "/establish", "").status()).isEqualTo(403);
		assertThat(api.postAs(farsta, "/api/v1/problems/" + problem + "/causes/" + cause + "/move", move).status())
			.isEqualTo(403);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/action-plans/" + plan).status()).isEqualTo(403);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/action-plans").status()).isEqualTo(403);

		String police = "kommunpolis.sodermalm";
		assertThat(api.getAs(police, "/api/v1/action-plans/" + plan).status()).isEqualTo(200);
		assertThat(api.postAs(police, "/api/v1/action-plans/" + plan + "/goals", json(goal)).status()).isEqualTo(201);
		assertThat(api.postAs(police, "/api/v1/action-plans/" + plan + "/activities",
				json(given.activity(unit, List.of(cause)))).status()).isEqualTo(201);
		assertThat(api.getAs(police, "/api/v1/activities/" + activity).status()).isEqualTo(200);
		assertThat(given.put(police, "/api/v1/activities/" + activity, representation).status()).isEqualTo(200);
		assertThat(api.getAs(police, "/api/v1/activities/" + activity + "/updates").status()).isEqualTo(200);
		assertThat(api.postAs(police, "/api/v1/activities/" + activity + "/updates", update).status()).isEqualTo(201);
		assertThat(api.postAs(police, "/api/v1/problems/" + problem + "/causes/" + cause + "/move", move).status())
			.isEqualTo(200);
		assertThat(api.getAs(police, "/api/v1/districts/" + given.sodermalm() + "/golden-thread?year=2026").status())
			.isEqualTo(200);
		assertThat(api.postAs(police, "/api/v1/action-plans/" + plan + "/establish", "").status())
			.as("establishing is the steering group's").isEqualTo(403);
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + plan + "/establish", "").status())
			.isEqualTo(200);
	}

	private UUID aCause(UUID district) {
		String problem = given.created("samordnare.sodermalm", "/api/v1/problems",
				given.problem(district, "Otrygghet vid Medborgarplatsen")).get("id").asString();
		return UUID.fromString(given.created("samordnare.sodermalm", "/api/v1/problems/" + problem + "/causes",
				given.cause("Dålig belysning", null, "PLACE", "RISK")).get("id").asString());
	}

	private List<String> audited(String entityId) {
		return jdbc.sql("SELECT action FROM audit_entry WHERE entity_id = CAST(:id AS uuid) ORDER BY id")
			.param("id", entityId)
			.query(String.class)
			.list();
	}

	private static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}
}
