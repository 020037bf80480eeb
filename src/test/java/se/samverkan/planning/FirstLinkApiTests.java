package se.samverkan.planning;

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

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/**
 * The first link of the local chain and the city's own analysis: a local agreement names the
 * situation picture its focus areas rest on; problems and activities name the focus area they
 * serve; the golden thread starts at the focus areas; city-wide problems and the city's thread;
 * the plan's profile.
 */
class FirstLinkApiTests extends ApiTest {

	private PlanningFixtures given;

	private UUID unit;

	@BeforeEach
	void setUp() {
		given = new PlanningFixtures(api, jdbc);
		unit = fixtures.unit("SODERMALM");
		clean();
	}

	@AfterEach
	void clean() {
		given.removeAll();
		fixtures.removeLocalAgreements();
		fixtures.removeSituationData();
	}

	@Test
	void aLocalAgreementNamesTheDistrictsSituationPictureItsFocusAreasRestOn() {
		String picture = picture(given.sodermalm());
		String farstaPicture = api.postAs("samordnare.farsta", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + given.farsta() + "\",\"period\":\"2026\",\"authorParty\":\"CITY\"}").body().get("id").asString();
		String body = fixtures.localAgreement(given.sodermalm(), "Södermalm 2026", 2);
		var refused = api.postAs("samordnare.sodermalm", "/api/v1/agreements",
				body.substring(0, body.length() - 1) + ",\"situationPictureId\":\"" + farstaPicture + "\"}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("situationPictureId");

		JsonNode agreement = localAgreementRestingOn(picture);
		assertThat(agreement.get("situationPictureId").asString()).isEqualTo(picture);

		// Changing the agreement keeps the focus areas' ids when they are sent back.
		String focusId = agreement.get("focusAreas").get(0).get("id").asString();
		var changed = given.put("samordnare.sodermalm", "/api/v1/agreements/" + agreement.get("id").asString(),
				agreement.toString().replace("\"title\":\"Fokus 1\"", "\"title\":\"Unga kring Medborgarplatsen\""));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().get("focusAreas").get(0).get("id").asString()).isEqualTo(focusId);
		assertThat(changed.body().get("focusAreas").get(0).get("title").asString()).isEqualTo("Unga kring Medborgarplatsen");
	}

	@Test
	void problemsAndActivitiesNameTheFocusAreaTheyServeAndTheGoldenThreadStartsThere() {
		JsonNode agreement = localAgreementRestingOn(picture(given.sodermalm()));
		JsonNode youth = agreement.get("focusAreas").get(0);
		JsonNode places = agreement.get("focusAreas").get(1);

		Map<String, Object> problem = given.problem(given.sodermalm(), "Unga samlas vid Medborgarplatsen");
		problem.put("priorityAreaId", youth.get("priorityAreaId").asString());
		problem.put("focusAreaId", youth.get("id").asString());
		var registered = api.postAs("samordnare.sodermalm", "/api/v1/problems", json(problem));
		assertThat(registered.status()).isEqualTo(201);
		assertThat(registered.body().get("focusAreaId").asString()).isEqualTo(youth.get("id").asString());

		problem.put("focusAreaId", places.get("id").asString());
		assertThat(fields(api.postAs("samordnare.sodermalm", "/api/v1/problems", json(problem))))
			.as("a focus area of another priority area").containsExactly("focusAreaId:other-area");
		problem.put("focusAreaId", UUID.randomUUID().toString());
		assertThat(fields(api.postAs("samordnare.sodermalm", "/api/v1/problems", json(problem))))
			.containsExactly("focusAreaId:unknown");

		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		Map<String, Object> activity = given.activity(unit, List.of());
		activity.put("focusAreaId", places.get("id").asString());
		activity.put("priorityAreaIds", List.of(youth.get("priorityAreaId").asString()));
		assertThat(fields(api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", json(activity))))
			.containsExactly("focusAreaId:other-area");
		activity.put("priorityAreaIds", List.of(places.get("priorityAreaId").asString()));
		var added = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", json(activity));
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.body().get("focusAreaId").asString()).isEqualTo(places.get("id").asString());

		JsonNode thread = api.getAs("kommunpolis.sodermalm",
				"/api/v1/districts/" + given.sodermalm() + "/golden-thread?year=2026").body();
		assertThat(thread.get("localAgreementId").asString()).isEqualTo(agreement.get("id").asString());
		assertThat(thread.get("focusAreas")).hasSize(2);
		assertThat(thread.get("focusAreas").get(0).get("problems").get(0).get("title").asString())
			.isEqualTo("Unga samlas vid Medborgarplatsen");
		assertThat(thread.get("focusAreas").get(1).get("activities")).hasSize(1);
		assertThat(thread.get("gaps").get("focusAreasWithNothing")).isEmpty();
	}

	@Test
	void aFocusAreaWithNoProblemOrActivityIsAGap() {
		localAgreementRestingOn(picture(given.sodermalm()));
		JsonNode thread = api.getAs("samordnare.sodermalm",
				"/api/v1/districts/" + given.sodermalm() + "/golden-thread?year=2026").body();
		assertThat(thread.get("focusAreas").get(0).get("gap").asBoolean()).isTrue();
		assertThat(thread.get("gapCounts").get("focusAreasWithNothing").asInt()).isEqualTo(2);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/districts/" + given.sodermalm() + "/golden-thread?year=2026")
			.status()).isEqualTo(403);
	}

	@Test
	void centralCoordinatorsAnalyseCityWideProblemsThatEveryReaderSees() {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("priorityAreaId", given.areas().get(2));
		problem.put("title", "Infiltration i stadens upphandlingar");
		var created = api.postAs("beredning.polis", "/api/v1/problems", json(problem));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().get("districtId").isNull()).isTrue();
		assertThat(created.body().get("cityWide").asBoolean()).isTrue();
		String id = created.body().get("id").asString();
		assertThat(api.postAs("beredning.stad", "/api/v1/problems/" + id + "/causes",
				json(Map.of("text", "Svag kontroll av underleverantörer", "triangleSide", "MANAGER", "factor", "RISK"))).status())
			.isEqualTo(201);

		assertThat(fields(api.postAs("samordnare.sodermalm", "/api/v1/problems", json(problem))))
			.as("a district coordinator must name the district").containsExactly("districtId:required");
		assertThat(api.postAs("lasare", "/api/v1/problems", json(problem)).status()).isEqualTo(403);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/problems/" + id + "/causes",
				json(Map.of("text", "x", "triangleSide", "PLACE", "factor", "RISK"))).status()).isEqualTo(403);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/problems/" + id).status()).isEqualTo(200);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/problems/" + id).status()).isEqualTo(403);
		List<String> listed = new ArrayList<>();
		api.getAs("samordnare.farsta", "/api/v1/problems").body().get("items").forEach(p -> listed.add(p.get("title").asString()));
		assertThat(listed).contains("Infiltration i stadens upphandlingar");
	}

	@Test
	void theCitysGoldenThreadHoldsTheCityWideProblemsAndTheHandlingsplan() {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("priorityAreaId", given.areas().get(2));
		problem.put("title", "Hot mot tjänstepersoner");
		api.postAs("beredning.stad", "/api/v1/problems", json(problem));
		given.created("beredning.stad", "/api/v1/action-plans", Map.of("scope", "CITY_WIDE", "year", 2026));

		var thread = api.getAs("samordnare.farsta", "/api/v1/golden-thread?year=2026");
		assertThat(thread.status()).isEqualTo(200);
		assertThat(thread.body().get("districtId").isNull()).isTrue();
		assertThat(thread.body().get("planId").isNull()).isFalse();
		assertThat(thread.body().get("priorityAreas").get(2).get("problems").get(0).get("title").asString())
			.isEqualTo("Hot mot tjänstepersoner");
		assertThat(thread.body().get("gaps").get("problemsWithoutActivities")).hasSize(1);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/golden-thread?year=2026").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/golden-thread", null).status()).isEqualTo(401);
	}

	@Test
	void thePlansProfileCountsItsActivitiesByLevelTypeHorizonAndParty() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", given.activity(unit, List.of()));
		Map<String, Object> indicated = given.activity(unit, List.of());
		indicated.put("preventionLevel", "INDICATED");
		indicated.put("preventionType", "SOCIAL");
		indicated.put("horizon", "LONG_TERM");
		indicated.put("responsibleParty", "POLICE");
		given.created("kommunpolis.sodermalm", "/api/v1/action-plans/" + plan + "/activities", indicated);

		var profile = api.getAs("lasare", "/api/v1/action-plans/" + plan + "/profile");
		assertThat(profile.status()).isEqualTo(200);
		JsonNode body = profile.body();
		assertThat(body.get("activities").asInt()).isEqualTo(2);
		assertThat(body.get("preventionLevels").get("UNIVERSAL").asInt()).isEqualTo(1);
		assertThat(body.get("preventionLevels").get("SELECTIVE").asInt()).isZero();
		assertThat(body.get("preventionLevels").get("INDICATED").asInt()).isEqualTo(1);
		assertThat(body.get("preventionTypes").get("SITUATIONAL").asInt()).isEqualTo(1);
		assertThat(body.get("horizons").get("LONG_TERM").asInt()).isEqualTo(1);
		assertThat(body.get("responsibleParties").get("JOINT").asInt()).isEqualTo(1);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/action-plans/" + plan + "/profile").status()).isEqualTo(403);
		assertThat(api.getAs("lasare", "/api/v1/action-plans/" + UUID.randomUUID() + "/profile").status()).isEqualTo(404);
	}

	private String picture(UUID district) {
		return api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + district + "\",\"period\":\"2026\",\"authorParty\":\"CITY\"}").body().get("id").asString();
	}

	private JsonNode localAgreementRestingOn(String picture) {
		String body = fixtures.localAgreement(given.sodermalm(), "Södermalm 2026", 2);
		body = body.substring(0, body.length() - 1) + ",\"situationPictureId\":\"" + picture + "\"}";
		var created = api.postAs("samordnare.sodermalm", "/api/v1/agreements", body);
		assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
		return created.body();
	}

	private static List<String> fields(Api.Response response) {
		List<String> fields = new ArrayList<>();
		response.body().get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("code").asString()));
		return fields;
	}
}
