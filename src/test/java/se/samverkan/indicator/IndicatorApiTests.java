package se.samverkan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.indicator.IndicatorFixtures.fields;
import static se.samverkan.indicator.IndicatorFixtures.json;
import static se.samverkan.indicator.IndicatorFixtures.value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.ApiTest;

/** The indicator API of API.md, every endpoint allowed and denied. */
class IndicatorApiTests extends ApiTest {

	private IndicatorFixtures given;

	@BeforeEach
	void setUp() {
		given = new IndicatorFixtures(api, jdbc);
		given.removeAll();
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
	}

	@Test
	void centralCoordinatorsCreateAndEditDefinitionsWhichEveryReaderReads() {
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/indicators", json(given.definition("TEST-A"))).status())
			.isEqualTo(403);
		var created = api.postAs("beredning.polis", "/api/v1/indicators", json(given.definition("TEST-A")));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).endsWith(created.body().get("id").asString());
		assertThat(created.body().get("periodKind").asString()).isEqualTo("YEAR");
		String id = created.body().get("id").asString();

		JsonNode read = api.getAs("lasare", "/api/v1/indicators/" + id).body();
		assertThat(read.get("code").asString()).isEqualTo("TEST-A");
		assertThat(read.get("public").asBoolean()).isFalse();
		assertThat(api.getAs("samordnare.farsta", "/api/v1/indicators").body().get("items").toString()).contains("TEST-A",
				"KOLADA-N07403", "TRYGG-OTRYGG-KVALL", "BEFOLKNING", "OBS-GRAFFITI");
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/indicators").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/indicators", null).status()).isEqualTo(401);
		assertThat(api.getAs("lasare", "/api/v1/indicators/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/indicators/" + id).status()).isEqualTo(403);

		var edited = (tools.jackson.databind.node.ObjectNode) read;
		edited.put("name", "Andel otrygga, ändrad");
		edited.put("public", true);
		assertThat(given.put("samordnare.sodermalm", "/api/v1/indicators/" + id, edited.toString()).status()).isEqualTo(403);
		var saved = given.put("beredning.stad", "/api/v1/indicators/" + id, edited.toString());
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body().get("version").asInt()).isEqualTo(1);
		assertThat(saved.body().get("public").asBoolean()).isTrue();
		edited.put("name", "Skrivet över en nyare version");
		assertThat(given.put("beredning.stad", "/api/v1/indicators/" + id, edited.toString()).status()).isEqualTo(409);
		assertThat(api.getAs("lasare", "/api/v1/indicators/" + id).body().get("name").asString())
			.isEqualTo("Andel otrygga, ändrad");
		String before = jdbc.sql("""
				SELECT changes -> 'before' ->> 'name' FROM audit_entry
				WHERE entity_id = CAST(:id AS uuid) AND action = 'UPDATE'""").param("id", id).query(String.class).single();
		assertThat(before).isEqualTo("Andel otrygga vid TEST-A");
	}

	@Test
	void refusesABadDefinitionNamingEveryField() {
		var empty = api.postAs("beredning.stad", "/api/v1/indicators", "{}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(fields(empty.body())).contains("code", "name", "unit", "direction", "source", "level", "frequency");

		Map<String, Object> kolada = given.definition("TEST-K");
		kolada.put("source", "KOLADA");
		kolada.put("sourceRef", "N07403");
		var taken = api.postAs("beredning.stad", "/api/v1/indicators", json(kolada));
		assertThat(fields(taken.body())).containsExactlyInAnyOrder("sourceRef", "level");

		Map<String, Object> counted = given.definition("TEST-O");
		counted.put("source", "OBSERVATIONS");
		counted.put("sourceRef", "NO-SUCH-CATEGORY");
		assertThat(fields(api.postAs("beredning.stad", "/api/v1/indicators", json(counted)).body()))
			.containsExactly("sourceRef");

		given.indicator("TEST-DUP");
		Map<String, Object> duplicate = given.definition("test-dup");
		duplicate.put("direction", "SIDEWAYS");
		duplicate.put("priorityAreaIds", List.of(UUID.randomUUID()));
		duplicate.put("definition", "Följs upp av 811218-9876");
		assertThat(fields(api.postAs("beredning.stad", "/api/v1/indicators", json(duplicate)).body()))
			.containsExactlyInAnyOrder("code", "direction", "priorityAreaIds", "definition");
		assertThat(api.postAs("beredning.stad", "/api/v1/indicators", "[1,2").status()).isEqualTo(400);
	}

	@Test
	void valuesAreUpsertedOnUnitAndPeriodWithEveryChangeAuditedWithTheOldValue() {
		UUID indicator = given.indicator("TEST-V");
		var first = given.putValues("samordnare.sodermalm", indicator, List.of(value(given.sodermalm(), "2024", 21.5),
				value(given.sodermalm(), "2025", "20,5")));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().get("changed").asInt()).isEqualTo(2);
		assertThat(first.body().get("items").get(0).get("state").asString()).isEqualTo("PRELIMINARY");
		assertThat(first.body().get("items").get(1).get("value").decimalValue()).isEqualByComparingTo("20.5");

		var again = given.putValues("samordnare.sodermalm", indicator, List.of(value(given.sodermalm(), "2024", "21.50")));
		assertThat(again.body().get("changed").asInt()).isZero();
		assertThat(again.body().get("unchanged").asInt()).isEqualTo(1);

		var changed = given.putValues("kommunpolis.sodermalm", indicator, List.of(value(given.sodermalm(), "2024", 19)));
		assertThat(changed.body().get("changed").asInt()).isEqualTo(1);
		assertThat(given.storedValues(indicator)).isEqualTo(2);

		var audited = jdbc.sql("""
				SELECT changes::text FROM audit_entry WHERE entity_id = :id AND action = 'RECORD_VALUES' ORDER BY id""")
			.param("id", indicator)
			.query(String.class)
			.list();
		assertThat(audited).hasSize(2);
		assertThat(audited.get(1)).contains("\"before\": {\"values\": [{\"state\": \"PRELIMINARY\", \"value\": 21.5, \"period\": \"2024\"}]}");
		assertThat(audited.get(1)).contains("\"value\": 19");

		JsonNode values = api.getAs("lasare", "/api/v1/indicators/" + indicator + "/values?unitId=" + given.sodermalm()).body();
		assertThat(values.get("totalItems").asInt()).isEqualTo(2);
		assertThat(values.get("items").get(0).get("unitName").asString()).isEqualTo("Södermalm");
		assertThat(values.get("items").get(0).get("value").decimalValue()).isEqualByComparingTo("19");
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/indicators/" + indicator + "/values").status()).isEqualTo(403);
		assertThat(api.getAs("lasare", "/api/v1/indicators/" + indicator + "/values?unitId=nowhere").status()).isEqualTo(400);
		assertThat(given.putValues("lasare", indicator, List.of(value(given.sodermalm(), "2024", 1))).status()).isEqualTo(403);
		assertThat(given.putValues("beredning.stad", UUID.randomUUID(), List.of(value(given.sodermalm(), "2024", 1))).status())
			.isEqualTo(404);
	}

	@Test
	void aDistrictsCoordinatorWritesValuesForTheirOwnDistrictOnly() {
		UUID indicator = given.indicator("TEST-S");
		var outside = given.putValues("samordnare.farsta", indicator,
				List.of(value(given.farsta(), "2025", 10), value(given.sodermalm(), "2025", 12)));
		assertThat(outside.status()).isEqualTo(403);
		assertThat(fields(outside.body())).containsExactly("[1].unitId");
		assertThat(given.storedValues(indicator)).isZero();

		var city = given.putValues("samordnare.sodermalm", indicator, List.of(value(null, "2025", 11)));
		assertThat(city.status()).isEqualTo(403);
		assertThat(fields(city.body())).containsExactly("[0].unitId");
		assertThat(given.putValues("beredning.stad", indicator, List.of(value(null, "2025", 11))).status()).isEqualTo(200);
		Map<String, Object> byCode = new LinkedHashMap<>();
		byCode.put("unitCode", "FARSTA");
		byCode.put("period", "2025");
		byCode.put("value", 9.5);
		assertThat(given.putValues("samordnare.farsta", indicator, List.of(byCode)).status()).isEqualTo(200);
		assertThat(given.storedValues(indicator)).isEqualTo(2);
	}

	@Test
	void onlyCentralCoordinatorsApproveAndAChangedFigureIsPreliminaryAgain() {
		UUID indicator = given.indicator("TEST-P");
		Map<String, Object> approved = value(given.sodermalm(), "2025", 14);
		approved.put("state", "APPROVED");
		var refused = given.putValues("samordnare.sodermalm", indicator, List.of(approved));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(fields(refused.body())).containsExactly("[0].state");
		assertThat(given.storedValues(indicator)).isZero();

		given.putValues("samordnare.sodermalm", indicator, List.of(value(given.sodermalm(), "2025", 14),
				value(given.sodermalm(), "2024", 15)));
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/indicators/" + indicator + "/values/approve", "{}").status())
			.isEqualTo(403);
		var one = api.postAs("beredning.polis", "/api/v1/indicators/" + indicator + "/values/approve",
				json(Map.of("values", List.of(Map.of("unitId", given.sodermalm(), "period", "2024")))));
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.body().get("approved").asInt()).isEqualTo(1);
		var rest = api.postAs("beredning.polis", "/api/v1/indicators/" + indicator + "/values/approve", "");
		assertThat(rest.body().get("approved").asInt()).isEqualTo(1);
		assertThat(api.postAs("beredning.polis", "/api/v1/indicators/" + indicator + "/values/approve",
				json(Map.of("values", List.of(Map.of("unitId", given.sodermalm()))))).status()).isEqualTo(400);

		// Sending back what was read changes nothing, approval included.
		assertThat(given.putValues("samordnare.sodermalm", indicator, List.of(approved)).body().get("changed").asInt())
			.isZero();
		var corrected = given.putValues("samordnare.sodermalm", indicator, List.of(value(given.sodermalm(), "2025", 13)));
		assertThat(corrected.body().get("items").get(0).get("state").asString()).isEqualTo("PRELIMINARY");
		assertThat(corrected.body().get("items").get(0).get("approvedBy").isNull()).isTrue();
	}

	@Test
	void refusesBadValuesNamingTheFieldAndStoresNothing() {
		UUID indicator = given.indicator("TEST-B");
		List<Map<String, Object>> bad = new ArrayList<>();
		bad.add(value(given.sodermalm(), "2025-T4", 1));
		bad.add(value(given.sodermalm(), "2025-13", 1));
		bad.add(value(given.sodermalm(), "2025", "tjugo"));
		bad.add(value(given.unit("LPO-SODERMALM"), "2025", 1));
		bad.add(value(given.sodermalm(), "2025-T1", 1));
		Map<String, Object> negative = value(given.farsta(), "2024", 1);
		negative.put("eventCount", -1);
		negative.put("state", "DONE");
		bad.add(negative);
		bad.add(value(given.sodermalm(), "2023", null));
		Map<String, Object> unknownUnit = value(null, "2022", 1);
		unknownUnit.put("unitId", "not-an-id");
		bad.add(unknownUnit);
		var response = given.putValues("beredning.stad", indicator, bad);
		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response.body())).containsExactly("[0].period", "[1].period", "[2].value", "[3].unitId",
				"[4].period", "[5].eventCount", "[5].state", "[6].value", "[7].unitId");
		assertThat(response.body().toString()).contains("tre tertialer", "01–12", "”tjugo” är inte ett tal",
				"inte en enhet på indikatorns nivå", "mäts per år");
		assertThat(given.storedValues(indicator)).isZero();

		assertThat(given.put("beredning.stad", "/api/v1/indicators/" + indicator + "/values", "{\"value\": 1}").status())
			.isEqualTo(400);
		assertThat(given.put("beredning.stad", "/api/v1/indicators/" + indicator + "/values", "[1]").status()).isEqualTo(400);
		assertThat(given.put("beredning.stad", "/api/v1/indicators/" + indicator + "/values", "[null]").status())
			.isEqualTo(400);
		var twice = given.putValues("beredning.stad", indicator,
				List.of(value(given.sodermalm(), "2025", 1), value(given.sodermalm(), "2025", 2)));
		assertThat(fields(twice.body())).containsExactly("[1].period");
		assertThat(given.storedValues(indicator)).isZero();

		Map<String, Object> kolada = new HashMap<>(Map.of("unitId", given.sodermalm(), "period", "2025", "value", 1));
		assertThat(given.putValues("beredning.stad", new se.samverkan.support.Fixtures(jdbc).indicator("KOLADA-N07403"),
				List.of(kolada)).status()).isEqualTo(400);
	}

	@Test
	void countedIndicatorsFollowTheObservationsAsTheyArrive() {
		UUID graffiti = new se.samverkan.support.Fixtures(jdbc).indicator("OBS-GRAFFITI");
		String path = "/api/v1/indicators/" + graffiti + "/values?unitId=" + given.sodermalm();
		String current = IndicatorPeriod.containing(PeriodKind.TERTIAL, LocalDate.now()).code();
		long before = countIn(api.getAs("samordnare.sodermalm", path).body(), current);
		var filed = api.postAs("rapportor.sodermalm", "/api/v1/observations", json(Map.of("occurredAt",
				java.time.OffsetDateTime.now().minusMinutes(5).toString(), "districtId", given.sodermalm(), "categoryCode",
				"GRAFFITI", "severity", 2, "description", "Klotter på elskåpet")));
		assertThat(filed.status()).isEqualTo(201);
		try {
			JsonNode after = api.getAs("samordnare.sodermalm", path).body();
			assertThat(countIn(after, current)).isEqualTo(before + 1);
			JsonNode item = after.get("items").get(after.get("items").size() - 1);
			assertThat(item.get("state").asString()).isEqualTo("COMPUTED");
			assertThat(item.get("complete").asBoolean()).isFalse();
			assertThat(given.putValues("beredning.stad", graffiti, List.of(value(given.sodermalm(), current, 3))).status())
				.isEqualTo(409);
		}
		finally {
			jdbc.sql("DELETE FROM observation WHERE id = CAST(:id AS uuid)").param("id", filed.body().get("id").asString()).update();
		}
	}

	private static long countIn(JsonNode values, String period) {
		for (JsonNode value : values.get("items")) {
			if (value.get("period").asString().equals(period)) {
				return value.get("value").asLong();
			}
		}
		return -1;
	}

	@Test
	void theTrendShowsEachUnitsValuesWithTheGoalsBaselineAndTargetAndTheLatestAgainstTheBaseline() {
		UUID indicator = given.indicator("TEST-T");
		given.putValues("beredning.stad", indicator, List.of(value(given.sodermalm(), "2025", 16),
				value(given.sodermalm(), "2023", 20), value(given.sodermalm(), "2024", 18), value(given.farsta(), "2025", 9)));
		var planning = new se.samverkan.planning.PlanningFixtures(api, jdbc);
		UUID plan = planning.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		planning.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals", Map.of("title",
				"Färre känner sig otrygga", "indicatorId", indicator, "baselineValue", 20, "baselinePeriod", "2023",
				"targetValue", 15, "targetDate", "2026-12-31"));

		var response = api.getAs("lasare", "/api/v1/indicators/" + indicator + "/trend");
		assertThat(response.status()).isEqualTo(200);
		JsonNode units = response.body().get("units");
		assertThat(units).hasSize(2);
		JsonNode sodermalm = units.get(1);
		assertThat(sodermalm.get("unitName").asString()).isEqualTo("Södermalm");
		assertThat(sodermalm.get("values")).extracting(v -> v.get("period").asString()).containsExactly("2023", "2024", "2025");
		assertThat(sodermalm.get("baseline").get("value").decimalValue()).isEqualByComparingTo("20");
		assertThat(sodermalm.get("target").get("value").decimalValue()).isEqualByComparingTo("15");
		assertThat(sodermalm.get("latest").get("value").decimalValue()).isEqualByComparingTo("16");
		assertThat(sodermalm.get("changeFromBaseline").decimalValue()).isEqualByComparingTo("-4");
		assertThat(sodermalm.get("betterThanBaseline").asBoolean()).isTrue();
		assertThat(units.get(0).get("unitName").asString()).isEqualTo("Farsta");
		assertThat(units.get(0).get("baseline").isNull()).isTrue();

		var onlyFarsta = api.getAs("samordnare.farsta", "/api/v1/indicators/" + indicator + "/trend");
		assertThat(onlyFarsta.body().get("units")).hasSize(1);
		var chosen = api.getAs("lasare", "/api/v1/indicators/" + indicator + "/trend?unitIds=" + given.sodermalm() + ",0180");
		assertThat(chosen.body().get("units")).hasSize(2);
		assertThat(chosen.body().get("units").get(0).get("unitCode").asString()).isEqualTo("0180");
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/indicators/" + indicator + "/trend").status()).isEqualTo(403);
		assertThat(api.getAs("lasare", "/api/v1/indicators/" + indicator + "/trend?unitIds=x").status()).isEqualTo(400);

		JsonNode goal = api.getAs("lasare", "/api/v1/action-plans/" + plan).body().get("goals").get(0);
		assertThat(goal.get("latest").get("value").decimalValue()).isEqualByComparingTo("16");
		assertThat(goal.get("latest").get("period").asString()).isEqualTo("2025");
		assertThat(goal.get("betterThanBaseline").asBoolean()).isTrue();
		JsonNode thread = api.getAs("lasare", "/api/v1/districts/" + given.sodermalm() + "/golden-thread?year=2026").body();
		assertThat(thread.get("gaps").get("goalsWithoutIndicators")).isEmpty();
		assertThat(thread.get("goalsWithoutActivities").get(0).get("latestValue").decimalValue()).isEqualByComparingTo("16");
		assertThat(thread.get("goalsWithoutActivities").get(0).get("baselineValue").decimalValue()).isEqualByComparingTo("20");
	}

	@Test
	void theComparisonGivesEveryDistrictsValueInThePeriodHighestFirst() {
		UUID indicator = given.indicator("TEST-C");
		given.putValues("beredning.stad", indicator, List.of(value(given.sodermalm(), "2025", 16),
				value(given.farsta(), "2025", 21), value(given.unit("BROMMA"), "2025", 7), value(given.farsta(), "2024", 30)));
		var response = api.getAs("lasare", "/api/v1/indicators/compare?period=2025&indicatorIds=" + indicator);
		assertThat(response.status()).isEqualTo(200);
		JsonNode units = response.body().get("indicators").get(0).get("units");
		assertThat(units).hasSize(11);
		assertThat(units.get(0).get("unitName").asString()).isEqualTo("Farsta");
		assertThat(units.get(0).get("rank").asInt()).isEqualTo(1);
		assertThat(units.get(2).get("unitName").asString()).isEqualTo("Bromma");
		assertThat(units.get(3).get("value").isNull()).isTrue();
		JsonNode scoped = api.getAs("samordnare.farsta", "/api/v1/indicators/compare?period=2025&indicatorIds=" + indicator)
			.body()
			.get("indicators")
			.get(0)
			.get("units");
		assertThat(scoped.get(0).get("unitName").asString()).isEqualTo("Farsta");
		assertThat(scoped.get(1).get("value").isNull()).isTrue();
		assertThat(api.getAs("lasare", "/api/v1/indicators/compare?period=2025-T4").status()).isEqualTo(400);
		assertThat(fields(api.getAs("lasare", "/api/v1/indicators/compare").body())).containsExactly("period");
		assertThat(api.getAs("lasare", "/api/v1/indicators/compare?period=2025&indicatorIds=" + UUID.randomUUID()).status())
			.isEqualTo(400);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/indicators/compare?period=2025").status()).isEqualTo(403);
	}

	@Test
	void thePublicSeesApprovedValuesOfPublicIndicatorsWithFewerThanFiveEventsWithheld() {
		Map<String, Object> definition = given.definition("TEST-PUB");
		definition.put("public", true);
		UUID open = given.indicator(definition);
		UUID closed = given.indicator("TEST-INTERN");
		Map<String, Object> few = value(given.sodermalm(), "2024", 3);
		few.put("eventCount", 3);
		few.put("state", "APPROVED");
		Map<String, Object> many = value(given.farsta(), "2024", 12);
		many.put("eventCount", 12);
		many.put("state", "APPROVED");
		given.putValues("beredning.stad", open, List.of(few, many, value(given.unit("BROMMA"), "2024", 8)));
		given.putValues("beredning.stad", closed, List.of(many));

		var list = api.get("/api/v1/public/indicators", null);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body().get("items").toString()).contains("TEST-PUB").doesNotContain("TEST-INTERN");
		var values = api.get("/api/v1/public/indicators/" + open + "/values", null);
		assertThat(values.status()).isEqualTo(200);
		assertThat(values.body().get("items")).hasSize(2);
		JsonNode withheld = values.body().get("items").get(0).get("unitName").asString().equals("Södermalm")
				? values.body().get("items").get(0) : values.body().get("items").get(1);
		assertThat(withheld.get("value").isNull()).isTrue();
		assertThat(withheld.get("suppressed").asBoolean()).isTrue();
		assertThat(values.body().toString()).contains("\"value\":12").doesNotContain("Bromma");
		assertThat(api.get("/api/v1/public/indicators/" + closed + "/values", null).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/public/indicators/not-an-id/values", null).status()).isEqualTo(400);

		// A reader outside the district sees the public approved value, not the preliminary one.
		String farstaView = api.getAs("samordnare.farsta", "/api/v1/indicators/" + open + "/values").body().toString();
		assertThat(farstaView).contains("Södermalm").doesNotContain("Bromma");
	}

	@Test
	void aProblemsEvidenceMayPointAtAnIndicatorThatExists() {
		var planning = new se.samverkan.planning.PlanningFixtures(api, jdbc);
		Map<String, Object> problem = planning.problem(given.sodermalm(), "Otrygghet kvällstid");
		problem.put("evidence", List.of(Map.of("type", "INDICATOR", "id", UUID.randomUUID())));
		var refused = api.postAs("samordnare.sodermalm", "/api/v1/problems", json(problem));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused.body())).containsExactly("evidence[0].id");
		problem.put("evidence", List.of(Map.of("type", "INDICATOR", "id", new se.samverkan.support.Fixtures(jdbc)
			.indicator("TRYGG-OTRYGG-KVALL"))));
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/problems", json(problem)).status()).isEqualTo(201);
	}

	@Test
	void aSituationPicturesSectionShowsTheDevelopmentOfItsAreasIndicators() {
		UUID indicator = given.indicator("TEST-BILD");
		given.putValues("beredning.stad", indicator, List.of(value(given.sodermalm(), "2024", 18),
				value(given.sodermalm(), "2025", 15)));
		var picture = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				json(Map.of("districtId", given.sodermalm(), "period", "2025", "authorParty", "CITY")));
		assertThat(picture.status()).isEqualTo(201);
		try {
			JsonNode section = picture.body().get("sections").get(1);
			JsonNode developments = section.get("figures").get("indicators");
			JsonNode mine = null;
			for (JsonNode development : developments) {
				if (development.get("code").asString().equals("TEST-BILD")) {
					mine = development;
				}
			}
			assertThat(mine).isNotNull();
			assertThat(mine.get("value").decimalValue()).isEqualByComparingTo("15");
			assertThat(mine.get("previousValue").decimalValue()).isEqualByComparingTo("18");
			assertThat(mine.get("better").asBoolean()).isTrue();
			assertThat(picture.body().get("sections").get(0).get("figures").get("indicators").toString())
				.doesNotContain("TEST-BILD");
		}
		finally {
			jdbc.sql("DELETE FROM situation_picture").update();
		}
	}
}
