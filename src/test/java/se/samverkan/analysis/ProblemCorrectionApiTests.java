package se.samverkan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planning.PlanningFixtures.json;

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

/**
 * Issue 11, corrections: problems and causes changed with the problem's version and removed where
 * nothing depends on them, by the district's coordinators only, each change audited with what it was.
 */
@IntegrationTest
class ProblemCorrectionApiTests {

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
	void aCoordinatorCorrectsAProblemAndAStaleVersionChangesNothing() {
		JsonNode problem = given.created("samordnare.sodermalm", "/api/v1/problems",
				given.problem(given.sodermalm(), "Otrygghet vid Medborgarplatsn"));
		String id = problem.get("id").asString();
		Map<String, Object> corrected = given.problem(given.sodermalm(), "Otrygghet vid Medborgarplatsen");
		corrected.put("priority", 2);
		corrected.put("version", problem.get("version").asInt());

		var answer = given.put("kommunpolis.sodermalm", "/api/v1/problems/" + id, json(corrected));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().get("title").asString()).isEqualTo("Otrygghet vid Medborgarplatsen");
		assertThat(answer.body().get("priority").asInt()).isEqualTo(2);
		assertThat(answer.body().get("version").asInt()).isEqualTo(problem.get("version").asInt() + 1);

		corrected.put("title", "Någon annans ändring");
		var stale = given.put("samordnare.sodermalm", "/api/v1/problems/" + id, json(corrected));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(api.getAs("lasare", "/api/v1/problems/" + id).body().get("title").asString())
			.isEqualTo("Otrygghet vid Medborgarplatsen");

		var before = lastAudit(id, "UPDATE");
		assertThat(before.get("before").get("title").asString()).isEqualTo("Otrygghet vid Medborgarplatsn");
		assertThat(before.get("after").get("title").asString()).isEqualTo("Otrygghet vid Medborgarplatsen");
	}

	@Test
	void refusesAMissingVersionAnEmptyTitleAndAMoveToAnotherDistrictNamingTheFields() {
		String id = given.created("samordnare.sodermalm", "/api/v1/problems",
				given.problem(given.sodermalm(), "Klotter")).get("id").asString();
		Map<String, Object> body = given.problem(given.farsta(), " ");
		var refused = given.put("samordnare.sodermalm", "/api/v1/problems/" + id, json(body));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(AnalysisApiTests.fields(refused.body())).contains("version", "title", "districtId");
		assertThat(given.put("samordnare.sodermalm", "/api/v1/problems/" + id, "").status()).isEqualTo(400);
	}

	@Test
	void farstaCannotCorrectOrRemoveSodermalmsProblemsNorCanAReaderOrAnAnonymousCaller() {
		JsonNode problem = given.created("samordnare.sodermalm", "/api/v1/problems",
				given.problem(given.sodermalm(), "Rån mot unga"));
		String id = problem.get("id").asString();
		JsonNode cause = given.created("samordnare.sodermalm", "/api/v1/problems/" + id + "/causes",
				given.cause("Mörk gångtunnel", null, "PLACE", "RISK"));
		Map<String, Object> body = given.problem(given.sodermalm(), "Ändrat");
		body.put("version", 1);
		String causePath = "/api/v1/problems/" + id + "/causes/" + cause.get("id").asString();
		String causeBody = json(Map.of("text", "Ändrat", "triangleSide", "PLACE", "factor", "RISK", "version", 1));

		for (String user : List.of("samordnare.farsta", "lasare", "styrgrupp.sodermalm")) {
			assertThat(given.put(user, "/api/v1/problems/" + id, json(body)).status()).as(user).isEqualTo(403);
			assertThat(given.put(user, causePath, causeBody).status()).as(user).isEqualTo(403);
			assertThat(delete(user, causePath).status()).as(user).isEqualTo(403);
			assertThat(delete(user, "/api/v1/problems/" + id).status()).as(user).isEqualTo(403);
		}
		var anonymous = api.send(api.request("/api/v1/problems/" + id, null).DELETE().build());
		assertThat(anonymous.status()).isEqualTo(401);
		JsonNode unchanged = api.getAs("lasare", "/api/v1/problems/" + id).body();
		assertThat(unchanged.get("title").asString()).isEqualTo("Rån mot unga");
		assertThat(unchanged.get("causeCount").asInt()).isEqualTo(1);
		assertThat(delete("samordnare.sodermalm", "/api/v1/problems/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void correctsACauseTypoAndRemovesAMistakenSubCauseButNotACauseWithSubCauses() {
		JsonNode problem = given.created("samordnare.sodermalm", "/api/v1/problems",
				given.problem(given.sodermalm(), "Droghandel i parken"));
		String id = problem.get("id").asString();
		String causes = "/api/v1/problems/" + id + "/causes";
		JsonNode top = given.created("samordnare.sodermalm", causes, given.cause("Dålig belysnig", null, "PLACE", "RISK"));
		UUID topId = UUID.fromString(top.get("id").asString());
		JsonNode sub = given.created("samordnare.sodermalm", causes,
				given.cause("Fel orsak", topId, "MANAGER", "RISK"));
		int version = api.getAs("samordnare.sodermalm", "/api/v1/problems/" + id).body().get("version").asInt();

		var corrected = given.put("samordnare.sodermalm", causes + "/" + topId, json(Map.of("text", "Dålig belysning",
				"triangleSide", "PLACE", "factor", "RISK", "version", version)));
		assertThat(corrected.status()).isEqualTo(200);
		assertThat(corrected.body().get("causes").get(0).get("text").asString()).isEqualTo("Dålig belysning");
		assertThat(corrected.body().get("causes").get(0).get("kind").asString()).isEqualTo("DIRECT");
		assertThat(corrected.body().get("version").asInt()).isEqualTo(version + 1);
		var stale = given.put("samordnare.sodermalm", causes + "/" + topId, json(Map.of("text", "Gammal",
				"triangleSide", "PLACE", "factor", "RISK", "version", version)));
		assertThat(stale.status()).isEqualTo(409);

		var parent = delete("samordnare.sodermalm", causes + "/" + topId);
		assertThat(parent.status()).isEqualTo(409);
		assertThat(parent.body().toString()).contains("underorsaker").contains("Fel orsak");

		assertThat(delete("kommunpolis.sodermalm", causes + "/" + sub.get("id").asString()).status()).isEqualTo(204);
		JsonNode after = api.getAs("lasare", "/api/v1/problems/" + id).body();
		assertThat(after.get("causeCount").asInt()).isEqualTo(1);
		assertThat(after.get("causes").get(0).get("text").asString()).isEqualTo("Dålig belysning");

		var removal = lastAudit(id, "DELETE_CAUSE");
		assertThat(removal.get("before").get("text").asString()).isEqualTo("Fel orsak");
		assertThat(lastAudit(id, "UPDATE_CAUSE").get("before").get("text").asString()).isEqualTo("Dålig belysnig");
	}

	@Test
	void keepsAProblemAndACauseThatAnActivityActsOnAndRemovesThemOnceNothingDoes() {
		JsonNode problem = given.created("samordnare.sodermalm", "/api/v1/problems",
				given.problem(given.sodermalm(), "Otrygg tunnelbaneuppgång"));
		String id = problem.get("id").asString();
		UUID cause = UUID.fromString(given.created("samordnare.sodermalm", "/api/v1/problems/" + id + "/causes",
				given.cause("Ingen vuxen närvaro kvällstid", null, "GUARDIAN", "RISK")).get("id").asString());
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		JsonNode activity = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities",
				given.activity(given.sodermalm(), List.of(cause)));

		var causeRefused = delete("samordnare.sodermalm", "/api/v1/problems/" + id + "/causes/" + cause);
		assertThat(causeRefused.status()).isEqualTo(409);
		assertThat(causeRefused.body().toString()).contains("Trygghetsvandringar kring Medborgarplatsen");
		var problemRefused = delete("samordnare.sodermalm", "/api/v1/problems/" + id);
		assertThat(problemRefused.status()).isEqualTo(409);
		assertThat(problemRefused.body().toString()).contains("Trygghetsvandringar kring Medborgarplatsen");
		assertThat(api.getAs("lasare", "/api/v1/problems/" + id).status()).isEqualTo(200);

		jdbc.sql("DELETE FROM activity WHERE id = CAST(:id AS uuid)").param("id", activity.get("id").asString()).update();
		int version = api.getAs("lasare", "/api/v1/problems/" + id).body().get("version").asInt();
		assertThat(delete("samordnare.sodermalm", "/api/v1/problems/" + id + "?version=" + (version - 1)).status())
			.isEqualTo(409);
		assertThat(delete("samordnare.sodermalm", "/api/v1/problems/" + id + "?version=" + version).status())
			.isEqualTo(204);
		assertThat(api.getAs("lasare", "/api/v1/problems/" + id).status()).isEqualTo(404);
		var removal = lastAudit(id, "DELETE");
		assertThat(removal.get("before").get("title").asString()).isEqualTo("Otrygg tunnelbaneuppgång");
		assertThat(removal.get("before").get("causes").get(0).get("text").asString())
			.isEqualTo("Ingen vuxen närvaro kvällstid");
	}

	private Api.Response delete(String username, String path) {
		return api.send(api.request(path, api.tokenFor(username)).DELETE().build());
	}

	private JsonNode lastAudit(String entityId, String action) {
		String entry = jdbc.sql("""
				SELECT changes::text FROM audit_entry
				WHERE entity_id = CAST(:id AS uuid) AND action = :action ORDER BY id DESC LIMIT 1""")
			.param("id", entityId)
			.param("action", action)
			.query(String.class)
			.single();
		return PlanningFixtures.JSON.readTree(entry);
	}
}
