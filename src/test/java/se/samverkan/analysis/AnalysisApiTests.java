package se.samverkan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.IntegrationTest;

import static se.samverkan.planning.PlanningFixtures.json;

@IntegrationTest
class AnalysisApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Api api;

	private PlanningFixtures given;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		given = new PlanningFixtures(api, jdbc);
		given.removeAll();
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
	}

	@Test
	void refusesAPlaceThatIsUnknownOrInAnotherDistrict() {
		var body = given.problem(given.sodermalm(), "Fel plats");
		body.put("placeIds", java.util.List.of(given.place(given.farsta()), java.util.UUID.randomUUID()));
		var refused = api.postAs("samordnare.sodermalm", "/api/v1/problems", json(body));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().toString()).contains("annat stadsdelsområde").contains("ingen plats");
	}

	@Test
	void aCoordinatorRegistersAProblemWithPlacesAndEvidence() {
		var response = api.postAs("samordnare.sodermalm", "/api/v1/problems",
				json(given.problem(given.sodermalm(), "Otrygghet vid Medborgarplatsen")));
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.header("Location")).endsWith(response.body().get("id").asString());
		String id = response.body().get("id").asString();
		JsonNode read = api.getAs("lasare", "/api/v1/problems/" + id).body();
		assertThat(read.get("title").asString()).isEqualTo("Otrygghet vid Medborgarplatsen");
		assertThat(read.get("placeIds")).hasSize(1);
		assertThat(read.get("evidence")).hasSize(2);
		assertThat(read.get("evidence").get(0).get("type").asString()).isEqualTo("OBSERVATION");
		assertThat(read.get("causes")).isEmpty();
		assertThat(audited(id)).contains("CREATE");
	}

	@Test
	void buildsACauseTreeWithDirectAndIndirectCausesAndMovesABranch() {
		String problem = given.created("samordnare.sodermalm", "/api/v1/problems",
				given.problem(given.sodermalm(), "Droghandel i parken")).get("id").asString();
		String causes = "/api/v1/problems/" + problem + "/causes";
		JsonNode direct = given.created("samordnare.sodermalm", causes,
				given.cause("Dålig belysning i parken", null, "PLACE", "RISK"));
		assertThat(direct.get("kind").asString()).isEqualTo("DIRECT");
		UUID directId = UUID.fromString(direct.get("id").asString());
		JsonNode indirect = given.created("kommunpolis.sodermalm", causes,
				given.cause("Ingen ansvarig för parkens skötsel kvällstid", directId, "MANAGER", "RISK"));
		assertThat(indirect.get("kind").asString()).isEqualTo("INDIRECT");
		JsonNode second = given.created("samordnare.sodermalm", causes,
				given.cause("Fältassistenter finns på plats", null, "GUARDIAN", "PROTECTIVE"));

		JsonNode tree = api.getAs("samordnare.sodermalm", "/api/v1/problems/" + problem).body();
		assertThat(tree.get("causeCount").asInt()).isEqualTo(3);
		assertThat(tree.get("causes")).hasSize(2);
		assertThat(tree.get("causes").get(0).get("causes").get(0).get("text").asString())
			.isEqualTo("Ingen ansvarig för parkens skötsel kvällstid");
		assertThat(tree.get("causes").get(0).get("causes").get(0).get("triangleSide").asString()).isEqualTo("MANAGER");

		var moved = api.postAs("samordnare.sodermalm", causes + "/" + indirect.get("id").asString() + "/move",
				json(Map.of("parentCauseId", second.get("id").asString())));
		assertThat(moved.status()).isEqualTo(200);
		tree = api.getAs("samordnare.sodermalm", "/api/v1/problems/" + problem).body();
		assertThat(tree.get("causes").get(0).get("causes")).isEmpty();
		assertThat(tree.get("causes").get(1).get("causes").get(0).get("id").asString())
			.isEqualTo(indirect.get("id").asString());

		var cycle = api.postAs("samordnare.sodermalm", causes + "/" + second.get("id").asString() + "/move",
				json(Map.of("parentCauseId", indirect.get("id").asString())));
		assertThat(cycle.status()).isEqualTo(400);
		assertThat(cycle.body().get("errors").get(0).get("code").asString()).isEqualTo("cycle");

		var toTop = api.postAs("samordnare.sodermalm", causes + "/" + indirect.get("id").asString() + "/move", "{}");
		assertThat(toTop.body().get("kind").asString()).isEqualTo("DIRECT");
		assertThat(audited(problem)).contains("ADD_CAUSE", "MOVE_CAUSE");
	}

	@Test
	void refusesEveryMissingFieldAtOnceAndPersonalIdentityNumbers() {
		var response = api.postAs("samordnare.sodermalm", "/api/v1/problems",
				json(Map.of("districtId", given.sodermalm(), "description", "Pojke 811218-9876 vid torget")));
		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response.body())).contains("title", "priorityAreaId", "description");
		assertThat(response.body().toString()).contains("personal-identity-number");

		String problem = given.created("samordnare.sodermalm", "/api/v1/problems",
				given.problem(given.sodermalm(), "Klotter")).get("id").asString();
		var cause = api.postAs("samordnare.sodermalm", "/api/v1/problems/" + problem + "/causes",
				json(Map.of("kind", "SIDEWAYS")));
		assertThat(cause.status()).isEqualTo(400);
		assertThat(fields(cause.body())).containsExactlyInAnyOrder("text", "kind", "triangleSide", "factor");
		assertThat(cause.body().toString()).contains("Problemtriangeln");
		var malformed = api.postAs("samordnare.sodermalm", "/api/v1/problems", "{\"districtId\": 12");
		assertThat(malformed.status()).isEqualTo(400);
	}

	@Test
	void farstasCoordinatorCannotTouchSodermalmsProblemsButItsCommunityPoliceOfficerCan() {
		assertThat(api.postAs("samordnare.farsta", "/api/v1/problems",
				json(given.problem(given.sodermalm(), "Försök"))).status()).isEqualTo(403);
		String problem = given.created("kommunpolis.sodermalm", "/api/v1/problems",
				given.problem(given.sodermalm(), "Rån mot unga")).get("id").asString();
		assertThat(api.postAs("samordnare.farsta", "/api/v1/problems/" + problem + "/causes",
				json(given.cause("Försök", null, "OFFENDER", "RISK"))).status()).isEqualTo(403);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/problems/" + problem).status()).isEqualTo(403);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/problems?districtId=" + given.sodermalm()).status())
			.isEqualTo(403);
		assertThat(ids(api.getAs("samordnare.farsta", "/api/v1/problems?size=500").body())).doesNotContain(problem);
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/problems",
				json(given.problem(given.sodermalm(), "Försök"))).status()).isEqualTo(403);
		assertThat(api.postAs("lasare", "/api/v1/problems/" + problem + "/causes",
				json(given.cause("Försök", null, "OFFENDER", "RISK"))).status()).isEqualTo(403);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/problems/" + problem).status()).isEqualTo(403);
		assertThat(api.postAs("beredning.polis", "/api/v1/problems/" + problem + "/causes",
				json(given.cause("Rekrytering till kriminella nätverk", null, "OFFENDER", "RISK"))).status()).isEqualTo(201);
	}

	@Test
	void listsProblemsPerDistrictAndAnswersUnknownIdsAndMissingTokens() {
		String a = given.created("samordnare.sodermalm", "/api/v1/problems", given.problem(given.sodermalm(), "A")).get("id")
			.asString();
		String b = given.created("samordnare.farsta", "/api/v1/problems", given.problem(given.farsta(), "B")).get("id").asString();
		assertThat(ids(api.getAs("lasare", "/api/v1/problems?size=500&districtId=" + given.sodermalm()).body())).contains(a)
			.doesNotContain(b);
		assertThat(ids(api.getAs("lasare", "/api/v1/problems?size=500").body())).contains(a, b);
		assertThat(ids(api.getAs("kommunpolis.sodermalm", "/api/v1/problems?size=500").body())).contains(a).doesNotContain(b);
		assertThat(api.getAs("lasare", "/api/v1/problems/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/problems/" + UUID.randomUUID() + "/causes",
				json(given.cause("x", null, "PLACE", "RISK"))).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/problems", null).status()).isEqualTo(401);
		assertThat(api.getAs("lasare", "/api/v1/problems/not-a-uuid").status()).isEqualTo(400);
	}

	@Test
	void twoUsersAddingCausesToOneTreeAtOnceBothSucceed() throws Exception {
		String problem = given.created("samordnare.sodermalm", "/api/v1/problems",
				given.problem(given.sodermalm(), "Skadegörelse")).get("id").asString();
		api.tokenFor("kommunpolis.sodermalm");
		var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
		var start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String user = i % 2 == 0 ? "samordnare.sodermalm" : "kommunpolis.sodermalm";
			String body = json(given.cause("Orsak " + i, null, "PLACE", "RISK"));
			results.add(pool.submit(() -> {
				start.await();
				return api.postAs(user, "/api/v1/problems/" + problem + "/causes", body).status();
			}));
		}
		start.countDown();
		for (var result : results) {
			assertThat(result.get()).isEqualTo(201);
		}
		pool.shutdown();
		assertThat(api.getAs("lasare", "/api/v1/problems/" + problem).body().get("causeCount").asInt()).isEqualTo(10);
	}

	private List<String> audited(String entityId) {
		return jdbc.sql("SELECT action FROM audit_entry WHERE entity_id = CAST(:id AS uuid) ORDER BY id")
			.param("id", entityId)
			.query(String.class)
			.list();
	}

	static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}
}
