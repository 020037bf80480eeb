package se.samverkan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planning.PlanningFixtures.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/** Goals carry their priority area; a goal may have a text target, followed up by assessments. */
class QualitativeGoalApiTests extends ApiTest {

	private PlanningFixtures given;

	private UUID plan;

	@BeforeEach
	void setUp() {
		given = new PlanningFixtures(api, jdbc);
		given.removeAll();
		plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
		fixtures.removeGroupChanges();
	}

	@Test
	void aGoalWithATextTargetIsFollowedUpByAssessments() {
		String goal = goal(Map.of("title", "Samordnade insatser för unga", "priorityAreaId", given.areas().get(0),
				"targetText", "Skola, socialtjänst och polis har ett gemensamt arbetssätt", "targetDate", "2026-12-31"));
		var assessed = api.postAs("kommunpolis.sodermalm", "/api/v1/goals/" + goal + "/assessments",
				json(Map.of("date", "2026-06-30", "result", "PARTLY", "comment", "Arbetssättet finns men inte i alla skolor")));
		assertThat(assessed.status()).isEqualTo(201);
		assertThat(assessed.body().get("result").asString()).isEqualTo("PARTLY");
		assertThat(assessed.body().get("username").asString()).isEqualTo("kommunpolis.sodermalm");

		var read = api.getAs("lasare", "/api/v1/action-plans/" + plan).body().get("goals").get(0);
		assertThat(read.get("targetValue").isNull()).isTrue();
		assertThat(read.get("targetText").asString()).startsWith("Skola, socialtjänst");
		assertThat(read.get("priorityAreaId").asString()).isEqualTo(given.areas().get(0).toString());
		assertThat(read.get("assessments").get(0).get("comment").asString()).contains("inte i alla skolor");
	}

	@Test
	void anEstablishedPlansGoalsStillTakeAssessments() {
		String goal = goal(Map.of("title", "Tryggare torg", "targetValue", 70, "targetDate", "2026-12-31"));
		given.addressEveryArea("samordnare.sodermalm", plan);
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + plan + "/establish", "").status())
			.isEqualTo(200);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/goals/" + goal + "/assessments",
				json(Map.of("result", "ACHIEVED"))).status()).isEqualTo(201);
	}

	@Test
	void refusesAGoalWithoutAnyTargetOrWithAnUnknownArea() {
		var refused = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				json(Map.of("title", "Utan mål", "priorityAreaId", UUID.randomUUID(), "targetDate", "2026-12-31")));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).contains("targetValue:required", "priorityAreaId:unknown");
	}

	@Test
	void refusesAnAssessmentOutsideScopeWithoutAResultOrOfAnUnknownGoal() {
		String goal = goal(Map.of("title", "Tryggare torg", "targetText", "Fler vistas på torget", "targetDate",
				"2026-12-31"));
		String path = "/api/v1/goals/" + goal + "/assessments";
		String body = json(Map.of("result", "ACHIEVED"));
		assertThat(api.postAs("samordnare.farsta", path, body).status()).isEqualTo(403);
		assertThat(api.postAs("lasare", path, body).status()).isEqualTo(403);
		assertThat(api.post(path, body, null).status()).isEqualTo(401);
		var bad = api.postAs("samordnare.sodermalm", path, json(Map.of("result", "GOOD", "date",
				LocalDate.now().plusDays(1).toString(), "comment", "Gäller 811218-9876")));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).contains("result:invalid", "date:future", "comment:personal-identity-number");
		assertThat(fields(api.postAs("samordnare.sodermalm", path, "{}"))).contains("result:required");
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/goals/" + UUID.randomUUID() + "/assessments", body).status())
			.isEqualTo(404);
	}

	private String goal(Map<String, Object> body) {
		var created = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals", json(body));
		assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
		return created.body().get("id").asString();
	}

	private static List<String> fields(Api.Response response) {
		List<String> fields = new ArrayList<>();
		response.body().get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("code").asString()));
		return fields;
	}
}
