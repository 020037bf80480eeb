package se.samverkan.followup;

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

import se.samverkan.support.ApiTest;

class CompilationApiTests extends ApiTest {

	private FollowupFixtures given;

	private UUID sodermalm;

	@BeforeEach
	void setUp() {
		given = new FollowupFixtures(api, jdbc);
		given.removeAll();
		sodermalm = fixtures.unit("SODERMALM");
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
	}

	@Test
	void onlyACentralCoordinatorCompilesAYearAndOnlyOnce() {
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/annual-compilations", json(Map.of("year", 2026))).status())
			.isEqualTo(403);
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/annual-compilations", json(Map.of("year", 2026))).status())
			.isEqualTo(403);
		var missing = api.postAs("beredning.stad", "/api/v1/annual-compilations", "{}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(FollowupFixtures.fields(missing.body())).containsExactly("year");
		var first = api.postAs("beredning.stad", "/api/v1/annual-compilations", json(Map.of("year", 2026)));
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.body().get("districts")).hasSize(11);
		var second = api.postAs("beredning.polis", "/api/v1/annual-compilations", json(Map.of("year", 2026)));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.body().get("detail").asString()).contains(first.body().get("id").asString());
		assertThat(jdbc.sql("SELECT count(*) FROM annual_compilation").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM action_plan WHERE year = 2027").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void nextYearsCityWidePlanHoldsExactlyTheUnfinishedCityWideActivities() {
		UUID city = given.plan("beredning.stad", "CITY_WIDE", null, 2026, "PLANNED", "ONGOING", "DONE", "POSTPONED",
				"CANCELLED");
		JsonNode compilation = api.postAs("beredning.stad", "/api/v1/annual-compilations", json(Map.of("year", 2026))).body();
		JsonNode cityWide = compilation.get("cityWide");
		assertThat(cityWide.get("activities").asInt()).isEqualTo(5);
		assertThat(cityWide.get("activitiesByStatus").get("DONE").asInt()).isEqualTo(1);
		assertThat(cityWide.get("completedActivities")).hasSize(1);
		UUID next = UUID.fromString(compilation.get("nextYearPlanId").asString());
		JsonNode plan = api.getAs("lasare", "/api/v1/action-plans/" + next).body();
		assertThat(plan.get("scope").asString()).isEqualTo("CITY_WIDE");
		assertThat(plan.get("year").asInt()).isEqualTo(2027);
		assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
		List<String> titles = new ArrayList<>();
		plan.get("activities").forEach(activity -> titles.add(activity.get("title").asString()));
		assertThat(titles).containsExactlyInAnyOrder("Aktivitet 1 PLANNED", "Aktivitet 2 ONGOING", "Aktivitet 4 POSTPONED");
		plan.get("activities").forEach(activity -> {
			assertThat(activity.get("status").asString()).isEqualTo("PLANNED");
			assertThat(activity.get("startDate").asString()).startsWith("2027");
		});
		// The old activities are marked as carried, pointing at the activities that continue them.
		JsonNode old = api.getAs("lasare", "/api/v1/action-plans/" + city).body();
		assertThat(old.get("carriedTo").properties()).hasSize(3);
		List<String> continuing = new ArrayList<>();
		old.get("carriedTo").properties().forEach(entry -> continuing.add(entry.getValue().asString()));
		List<String> newIds = new ArrayList<>();
		plan.get("activities").forEach(activity -> newIds.add(activity.get("id").asString()));
		assertThat(continuing).containsExactlyInAnyOrderElementsOf(newIds);
		assertThat(plan.get("carriedFrom").properties()).hasSize(3);
	}

	@Test
	void districtsAcceptOrDeclineTheirProposedCarryOvers() {
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026, "ONGOING", "PLANNED", "DONE");
		JsonNode compilation = api.postAs("beredning.stad", "/api/v1/annual-compilations", json(Map.of("year", 2026))).body();
		String id = compilation.get("id").asString();
		JsonNode proposals = api.getAs("samordnare.sodermalm", "/api/v1/annual-compilations/" + id + "/carry-over-proposals").body();
		assertThat(proposals).hasSize(2);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/annual-compilations/" + id + "/carry-over-proposals").body()).isEmpty();
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/annual-compilations/" + id + "/carry-over-proposals").status())
			.isEqualTo(403);
		String accept = proposals.get(0).get("id").asString();
		String decline = proposals.get(1).get("id").asString();
		assertThat(api.postAs("samordnare.farsta", "/api/v1/carry-over-proposals/" + accept + "/accept", "").status())
			.isEqualTo(403);
		var accepted = api.postAs("kommunpolis.sodermalm", "/api/v1/carry-over-proposals/" + accept + "/accept", "");
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.body().get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/carry-over-proposals/" + accept + "/accept", "").status())
			.isEqualTo(409);
		assertThat(api.postAs("samordnare.farsta", "/api/v1/carry-over-proposals/" + decline + "/decline", "{}").status())
			.isEqualTo(403);
		var declined = api.postAs("samordnare.sodermalm", "/api/v1/carry-over-proposals/" + decline + "/decline",
				json(Map.of("reason", "Ersätts av en ny insats")));
		assertThat(declined.body().get("status").asString()).isEqualTo("DECLINED");
		JsonNode nextPlan = api.getAs("samordnare.sodermalm", "/api/v1/action-plans?year=2027&districtId=" + sodermalm).body();
		assertThat(nextPlan.get("items")).hasSize(1);
		assertThat(nextPlan.get("items").get(0).get("activities")).hasSize(1);
		assertThat(nextPlan.get("items").get(0).get("activities").get(0).get("title").asString())
			.isEqualTo(proposals.get(0).get("activityTitle").asString());
		assertThat(plan).isNotNull();
	}

	@Test
	void everyReaderReadsTheCompilationAndOnlyCentralCoordinatorsPublishIt() {
		String id = api.postAs("beredning.stad", "/api/v1/annual-compilations", json(Map.of("year", 2026))).body()
			.get("id").asString();
		assertThat(api.getAs("lasare", "/api/v1/annual-compilations/" + id).status()).isEqualTo(200);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/annual-compilations").body()).hasSize(1);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/annual-compilations/" + id).status()).isEqualTo(403);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/annual-compilations").status()).isEqualTo(403);
		assertThat(api.getAs("lasare", "/api/v1/annual-compilations/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/annual-compilations/" + id + "/publish", "").status())
			.isEqualTo(403);
		var published = api.postAs("beredning.polis", "/api/v1/annual-compilations/" + id + "/publish", "");
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.body().get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(api.postAs("beredning.stad", "/api/v1/annual-compilations/" + id + "/publish", "").status())
			.isEqualTo(409);
	}

	@Test
	void theWorkIsGroupedByTheSteeringDocumentGoalsItServes() {
		String goal36 = councilGoal36();
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026);
		UUID linked = given.activity("samordnare.sodermalm", plan, 2026, "Trygghetsvandringar", "ONGOING", List.of(goal36));
		UUID unlinked = given.activity("samordnare.sodermalm", plan, 2026, "Föräldravandringar", "PLANNED");
		var goal = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals", json(Map.of("title",
				"Tryggare kvällar", "targetValue", 70, "targetDate", "2026-12-31", "steeringDocumentGoalIds", List.of(goal36))));
		assertThat(goal.status()).isEqualTo(201);
		UUID city = given.plan("beredning.stad", "CITY_WIDE", null, 2026);
		assertThat(given.put("beredning.stad", "/api/v1/action-plans/" + city,
				json(Map.of("steeringDocumentGoalIds", List.of(goal36), "version", 0))).status()).isEqualTo(200);
		UUID cityLinked = given.activity("beredning.stad", city, 2026, "Ungdomsinsats i hela staden", "DONE", List.of(goal36));

		String id = api.postAs("beredning.stad", "/api/v1/annual-compilations", json(Map.of("year", 2026))).body()
			.get("id").asString();
		// Every reader reads the section, frozen with the compilation (a reporter reads no compilation).
		var read = api.getAs("samordnare.farsta", "/api/v1/annual-compilations/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/annual-compilations/" + id).status()).isEqualTo(403);
		JsonNode served = null;
		for (JsonNode document : read.body().get("bySteeringDocument")) {
			for (JsonNode steeringGoal : document.get("goals")) {
				if (steeringGoal.get("steeringGoalId").asString().equals(goal36)) {
					assertThat(document.get("title").asString()).isEqualTo("Kommunfullmäktiges mål");
					served = steeringGoal;
				}
			}
		}
		assertThat(served).as("goal 3.6 in the compilation").isNotNull();
		assertThat(served.get("code").asString()).isEqualTo("3.6");
		List<String> activities = new ArrayList<>();
		served.get("activities").forEach(activity -> activities.add(activity.get("id").asString()));
		// The city-wide plan's work comes first, although its title sorts after the district's
		assertThat(activities).containsExactly(cityLinked.toString(), linked.toString()).doesNotContain(unlinked.toString());
		JsonNode first = served.get("activities").get(0);
		assertThat(first.get("status").asString()).isEqualTo("DONE");
		assertThat(first.get("districtId").isNull()).isTrue();
		JsonNode local = served.get("activities").get(1);
		assertThat(local.get("status").asString()).isEqualTo("ONGOING");
		assertThat(local.get("districtName").asString()).isEqualTo("Södermalm");
		assertThat(local.get("planId").asString()).isEqualTo(plan.toString());
		assertThat(served.get("plans")).hasSize(1);
		assertThat(served.get("plans").get(0).get("planId").asString()).isEqualTo(city.toString());
		assertThat(served.get("goals")).hasSize(1);
		assertThat(served.get("goals").get(0).get("title").asString()).isEqualTo("Tryggare kvällar");
		assertThat(served.get("goals").get(0).get("status").asString()).isEqualTo("DRAFT");
	}

	private String councilGoal36() {
		for (JsonNode document : api.getAs("lasare", "/api/v1/steering-documents").body()) {
			for (JsonNode goal : document.get("goals")) {
				if ("3.6".equals(goal.get("code").asString(null))) {
					return goal.get("id").asString();
				}
			}
		}
		throw new AssertionError("The council's goal 3.6 is not seeded");
	}
}
