package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planning.PlanningFixtures.json;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.ApiTest;

/**
 * One year of the agreement's cycle over the API: plans with activities in every status, reports
 * submitted, returned, resubmitted and acknowledged, the compilation with next year's city-wide
 * plan, publication notifying every district's coordinators once, and the reporting status right
 * at each step.
 */
class YearlyCycleTests extends ApiTest {

	private static final String[] EVERY_STATUS = { "PLANNED", "ONGOING", "DONE", "POSTPONED", "CANCELLED" };

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

	private JsonNode status() {
		return api.getAs("beredning.stad", "/api/v1/reporting-status?year=2026").body();
	}

	private static JsonNode row(JsonNode status, UUID district) {
		return ReportingStatusApiTests.district(status, district);
	}

	private static List<String> periods(JsonNode row) {
		List<String> states = new ArrayList<>();
		row.get("reports").forEach(report -> states.add(report.get("status").asString()));
		return states;
	}

	@Test
	void aWholeYearFromPlansToThePublishedCompilation() throws Exception {
		UUID sodermalm = fixtures.unit("SODERMALM");
		UUID farsta = fixtures.unit("FARSTA");
		UUID city = given.plan("beredning.stad", "CITY_WIDE", null, 2026, EVERY_STATUS);
		UUID soder = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026, EVERY_STATUS);
		UUID far = given.plan("samordnare.farsta", "LOCAL", farsta, 2026, "DONE", "ONGOING");
		api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + soder + "/establish", "");
		api.postAs("beredning.polis", "/api/v1/action-plans/" + city + "/establish", "");

		JsonNode start = status();
		assertThat(row(start, sodermalm).get("actionPlanEstablished").asBoolean()).isTrue();
		assertThat(row(start, farsta).get("actionPlanStatus").asString()).isEqualTo("DRAFT");
		assertThat(start.get("municipality").get("actionPlanEstablished").asBoolean()).isTrue();
		assertThat(periods(row(start, sodermalm))).containsExactly("MISSING", "MISSING", "MISSING");

		// Tertial 1: Södermalm's report is returned, then acknowledged as version 2.
		UUID t1 = given.report("samordnare.sodermalm", soder, "2026-T1");
		api.postAs("samordnare.sodermalm", "/api/v1/reports/" + t1 + "/submit", "");
		assertThat(periods(row(status(), sodermalm))).containsExactly("SUBMITTED", "MISSING", "MISSING");
		api.postAs("styrgrupp.sodermalm", "/api/v1/reports/" + t1 + "/return", json(Map.of("comment", "Komplettera")));
		assertThat(periods(row(status(), sodermalm))).containsExactly("RETURNED", "MISSING", "MISSING");
		int version = api.getAs("samordnare.sodermalm", "/api/v1/reports/" + t1).body().get("version").asInt();
		given.put("samordnare.sodermalm", "/api/v1/reports/" + t1,
				json(Map.of("narrative", "Kompletterad.", "version", version)));
		assertThat(row(status(), sodermalm).get("reports").get(0).get("drafting").asBoolean()).isTrue();
		api.postAs("samordnare.sodermalm", "/api/v1/reports/" + t1 + "/submit", "");
		api.postAs("beredning.polis", "/api/v1/reports/" + t1 + "/acknowledge", "{}");
		// Tertial 2 and the year from Södermalm, tertial 1 from Farsta, the year from the city-wide plan.
		for (String period : List.of("2026-T2", "2026")) {
			UUID report = given.report("kommunpolis.sodermalm", soder, period);
			api.postAs("kommunpolis.sodermalm", "/api/v1/reports/" + report + "/submit", "");
		}
		UUID farT1 = given.report("samordnare.farsta", far, "2026-T1");
		api.postAs("samordnare.farsta", "/api/v1/reports/" + farT1 + "/submit", "");
		UUID cityYear = given.report("beredning.stad", city, "2026");
		api.postAs("beredning.stad", "/api/v1/reports/" + cityYear + "/submit", "");
		api.postAs("beredning.polis", "/api/v1/reports/" + cityYear + "/acknowledge", "{}");

		JsonNode beforeCompilation = status();
		assertThat(periods(row(beforeCompilation, sodermalm))).containsExactly("ACKNOWLEDGED", "SUBMITTED", "SUBMITTED");
		assertThat(periods(row(beforeCompilation, farsta))).containsExactly("SUBMITTED", "MISSING", "MISSING");
		assertThat(periods(beforeCompilation.get("municipality"))).containsExactly("MISSING", "MISSING", "ACKNOWLEDGED");
		assertThat(beforeCompilation.get("compilation").get("status").asString()).isEqualTo("NONE");

		JsonNode compilation = api.postAs("beredning.stad", "/api/v1/annual-compilations", json(Map.of("year", 2026))).body();
		String compilationId = compilation.get("id").asString();
		JsonNode soderResult = null;
		for (JsonNode district : compilation.get("districts")) {
			if (district.get("districtId").asString().equals(sodermalm.toString())) {
				soderResult = district;
			}
		}
		assertThat(soderResult.get("activitiesByStatus").get("CANCELLED").asInt()).isEqualTo(1);
		assertThat(soderResult.get("completedActivities")).hasSize(1);
		List<String> missing = new ArrayList<>();
		compilation.get("missingReports").forEach(m -> missing.add(m.get("districtName").asString("stad") + " " + m.get("period").asString()));
		assertThat(missing).contains("Farsta 2026-T2", "Farsta 2026", "stad 2026-T1", "Bromma 2026").doesNotContain("Södermalm 2026-T1");

		JsonNode next = api.getAs("lasare", "/api/v1/action-plans/" + compilation.get("nextYearPlanId").asString()).body();
		List<String> carried = new ArrayList<>();
		next.get("activities").forEach(a -> carried.add(a.get("title").asString()));
		assertThat(carried).containsExactlyInAnyOrder("Aktivitet 1 PLANNED", "Aktivitet 2 ONGOING", "Aktivitet 4 POSTPONED");
		assertThat(status().get("compilation").get("status").asString()).isEqualTo("DRAFT");

		api.postAs("beredning.stad", "/api/v1/annual-compilations/" + compilationId + "/publish", "");
		assertThat(status().get("compilation").get("published").asBoolean()).isTrue();
		for (String coordinator : List.of("samordnare.sodermalm", "kommunpolis.sodermalm", "samordnare.farsta",
				"styrgrupp.sodermalm")) {
			assertThat(published(coordinator)).as(coordinator).isEqualTo(1);
		}
		// Published twice is refused, so nobody is told twice.
		assertThat(api.postAs("beredning.polis", "/api/v1/annual-compilations/" + compilationId + "/publish", "").status())
			.isEqualTo(409);
		Thread.sleep(500);
		assertThat(published("samordnare.sodermalm")).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM notification WHERE type = 'COMPILATION_PUBLISHED' AND username IN ('lasare', 'rapportor.sodermalm')""")
			.query(Long.class).single()).isZero();
	}

	private long published(String username) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		long count = 0;
		while (Instant.now().isBefore(deadline)) {
			count = jdbc.sql("SELECT count(*) FROM notification WHERE type = 'COMPILATION_PUBLISHED' AND username = ?")
				.params(username).query(Long.class).single();
			if (count > 0) {
				return count;
			}
			Thread.sleep(100);
		}
		return count;
	}
}
