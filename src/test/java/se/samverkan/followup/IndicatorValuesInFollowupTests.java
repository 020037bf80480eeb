package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planning.PlanningFixtures.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.ApiTest;

/** Reports and the yearly compilation show the latest value of a goal's indicator, read from the indicator module. */
class IndicatorValuesInFollowupTests extends ApiTest {

	private FollowupFixtures given;

	private UUID sodermalm;

	@BeforeEach
	void setUp() {
		given = new FollowupFixtures(api, jdbc);
		given.removeAll();
		fixtures.removeTestIndicators();
		sodermalm = fixtures.unit("SODERMALM");
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
		fixtures.removeTestIndicators();
	}

	@Test
	void aReportAndTheCompilationShowTheIndicatorsLatestValueForThePlansDistrict() {
		UUID indicator = indicator("TEST-FOLLOWUP-OTRYGG");
		assertThat(given.put("samordnare.sodermalm", "/api/v1/indicators/" + indicator + "/values",
				json(List.of(value(sodermalm, "2024", 14.0), value(sodermalm, "2025", 12.5)))).status()).isEqualTo(200);
		assertThat(given.put("beredning.stad", "/api/v1/indicators/" + indicator + "/values",
				json(List.of(value(fixtures.unit("FARSTA"), "2025", 30.0)))).status()).isEqualTo(200);
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026, "ONGOING");
		var goal = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				json(Map.of("title", "Färre känner sig otrygga", "indicatorId", indicator, "baselineValue", 14,
						"baselinePeriod", "2024", "targetValue", 10, "targetDate", "2026-12-31")));
		assertThat(goal.status()).isEqualTo(201);

		// The plan's document: the goal's row with its indicator and the latest value for Södermalm.
		var pdf = api.send(api.request("/api/v1/action-plans/" + plan + "/export?format=pdf", api.tokenFor("lasare")).GET()
			.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(se.samverkan.support.ReadBack.pdfText(pdf.body())).containsPattern(
				"Färre\\s+känner\\s+sig\\s+otrygga\\s+Andel\\s+otrygga\\s+vid\\s+TEST-\\s*FOLLOWUP-\\s*OTRYGG\\s+14\\s+2024\\s+10"
						+ "\\s+2026-12-31\\s+12[,.]5\\s+2025");

		JsonNode line = given.planning()
			.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/reports", Map.of("period", "2026-T1"))
			.get("snapshot").get("goals").get(0);
		assertThat(line.get("indicatorName").asString()).isEqualTo("Andel otrygga vid TEST-FOLLOWUP-OTRYGG");
		assertThat(line.get("unit").asString()).isEqualTo("%");
		assertThat(line.get("latestValue").decimalValue()).isEqualByComparingTo("12.5");
		assertThat(line.get("latestPeriod").asString()).isEqualTo("2025");
		assertThat(line.get("latestState").asString()).isEqualTo("PRELIMINARY");
		assertThat(line.get("latestDemo").asBoolean()).isFalse();

		JsonNode compilation = api.postAs("beredning.stad", "/api/v1/annual-compilations", json(Map.of("year", 2026)))
			.body();
		List<JsonNode> goals = new ArrayList<>();
		compilation.get("indicatorDevelopment").forEach(area -> area.get("goals").forEach(goals::add));
		assertThat(goals).hasSize(1);
		assertThat(goals.get(0).get("districtId").asString()).isEqualTo(sodermalm.toString());
		assertThat(goals.get(0).get("latestValue").decimalValue()).isEqualByComparingTo("12.5");
		assertThat(goals.get(0).get("latestPeriod").asString()).isEqualTo("2025");
		assertThat(goals.get(0).get("baselineValue").decimalValue()).isEqualByComparingTo("14");
	}

	@Test
	void aDraftShowsTheValueAsItIsNowAndASubmittedVersionKeepsTheValueItWasSentWith() {
		UUID indicator = indicator("TEST-FOLLOWUP-TOM");
		assertThat(given.put("beredning.stad", "/api/v1/indicators/" + indicator + "/values",
				json(List.of(value(fixtures.unit("FARSTA"), "2025", 30.0)))).status()).isEqualTo(200);
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026, "ONGOING");
		api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals", json(Map.of("title", "Tryggare",
				"indicatorId", indicator, "targetValue", 10, "targetDate", "2026-12-31")));
		UUID report = given.report("samordnare.sodermalm", plan, "2026-T1");
		JsonNode empty = api.getAs("samordnare.sodermalm", "/api/v1/reports/" + report).body().get("snapshot").get("goals").get(0);
		assertThat(empty.get("indicatorName").asString()).isEqualTo("Andel otrygga vid TEST-FOLLOWUP-TOM");
		assertThat(empty.get("latestValue").isNull()).isTrue();

		// A draft shows the value as it is now; a submitted version keeps the value it was sent with.
		assertThat(given.put("samordnare.sodermalm", "/api/v1/indicators/" + indicator + "/values",
				json(List.of(value(sodermalm, "2025", 20.0)))).status()).isEqualTo(200);
		JsonNode draft = api.getAs("samordnare.sodermalm", "/api/v1/reports/" + report).body().get("snapshot").get("goals").get(0);
		assertThat(draft.get("latestValue").decimalValue()).isEqualByComparingTo("20");
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/reports/" + report + "/submit", "").status()).isEqualTo(200);
		assertThat(given.put("samordnare.sodermalm", "/api/v1/indicators/" + indicator + "/values",
				json(List.of(value(sodermalm, "2025", 18.0)))).status()).isEqualTo(200);
		JsonNode sent = api.getAs("lasare", "/api/v1/reports/" + report).body().get("snapshot").get("goals").get(0);
		assertThat(sent.get("latestValue").decimalValue()).isEqualByComparingTo("20");
	}

	private UUID indicator(String code) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("name", "Andel otrygga vid " + code);
		body.put("unit", "%");
		body.put("direction", "LOWER_IS_BETTER");
		body.put("source", "SAFETY_SURVEY");
		body.put("sourceRef", "Trygghetsmätning");
		body.put("priorityAreaIds", List.of(fixtures.priorityAreas().get(1)));
		body.put("level", "DISTRICT");
		body.put("frequency", "YEARLY");
		body.put("public", false);
		return FollowupFixtures.id(given.planning().created("beredning.stad", "/api/v1/indicators", body));
	}

	private static Map<String, Object> value(UUID unit, String period, double value) {
		return Map.of("unitId", unit, "period", period, "value", value);
	}
}
