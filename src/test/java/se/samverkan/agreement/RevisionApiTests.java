package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/**
 * The four-year revision of the overarching agreement: started by a central coordinator, its
 * priority areas added, renamed, merged or retired with what each continues, sent on referral with
 * the draft as subject, the answers' requests decided, signed by both parties' central
 * coordinators, superseding the 2024 agreement and sending the local agreements to revision.
 */
class RevisionApiTests extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeEach
	@AfterEach
	void clean() {
		fixtures.removeRevisions();
	}

	@Test
	void aCentralCoordinatorStartsTheRevisionAsADraftContinuingTheCurrentAreas() {
		var started = api.postAs("beredning.polis", "/api/v1/agreements/" + current() + "/revisions", "");
		assertThat(started.status()).isEqualTo(201);
		JsonNode draft = started.body();
		assertThat(started.header("Location")).endsWith(draft.get("id").asString());
		assertThat(draft.get("kind").asString()).isEqualTo("OVERARCHING");
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("supersedesId").asString()).isEqualTo(current().toString());
		assertThat(draft.get("validFrom").asString()).as("the day after the revision is due").isEqualTo("2028-01-01");
		assertThat(draft.get("goal").asString()).contains("trygghet ska öka");
		assertThat(draft.get("priorityAreas")).hasSize(5);
		JsonNode first = draft.get("priorityAreas").get(0);
		assertThat(first.get("code").asString()).isEqualTo("YOUNG_PEOPLE_AT_RISK");
		assertThat(first.get("mapsFrom").get(0).asString()).isEqualTo("YOUNG_PEOPLE_AT_RISK");
		draft.get("areaChanges").forEach(change -> assertThat(change.get("fate").asString()).isEqualTo("KEPT"));

		assertThat(api.getAs("lasare", "/api/v1/priority-areas").body().get(0).get("agreementId").asString())
			.as("the draft changes nothing in force").isEqualTo(current().toString());
		assertThat(api.postAs("beredning.stad", "/api/v1/agreements/" + current() + "/revisions", "").status())
			.as("a second open revision").isEqualTo(409);
	}

	@Test
	void refusesStartingARevisionByAnyoneButCentralCoordinatorsOrOfASupersededAgreement() {
		String path = "/api/v1/agreements/" + current() + "/revisions";
		assertThat(api.postAs("samordnare.sodermalm", path, "").status()).isEqualTo(403);
		assertThat(api.postAs("styrgrupp.sodermalm", path, "").status()).isEqualTo(403);
		assertThat(api.postAs("lasare", path, "").status()).isEqualTo(403);
		assertThat(api.post(path, "", null).status()).isEqualTo(401);
		assertThat(api.postAs("beredning.stad", "/api/v1/agreements/" + agreementFrom("2019-11-04") + "/revisions", "")
			.status()).isEqualTo(409);
		assertThat(api.postAs("beredning.stad", "/api/v1/agreements/" + UUID.randomUUID() + "/revisions", "").status())
			.isEqualTo(404);
		assertThat(count("SELECT count(*) FROM agreement WHERE kind = 'OVERARCHING'")).isEqualTo(2);
	}

	@Test
	void theDraftsAreasAreAddedRenamedMergedAndRetiredWithWhatEachContinues() {
		JsonNode draft = start();
		var revised = put("beredning.stad", draft.get("id").asString(), revisedBody(draft.get("version").asInt()));
		assertThat(revised.status()).isEqualTo(200);
		Map<String, String> fates = new LinkedHashMap<>();
		revised.body().get("areaChanges").forEach(change -> fates.put(change.get("code").asString(),
				change.get("fate").asString() + " " + change.get("mapsTo")));
		assertThat(fates).containsEntry("YOUNG_PEOPLE_AT_RISK", "KEPT [\"YOUNG_PEOPLE_AT_RISK\"]")
			.containsEntry("UNSAFE_PLACES", "RENAMED [\"UNSAFE_PLACES\"]")
			.containsEntry("SYSTEM_THREATENING_CRIME", "MERGED [\"ORGANISED_CRIME\"]")
			.containsEntry("CRIMINAL_ENVIRONMENTS", "MERGED [\"ORGANISED_CRIME\"]")
			.containsEntry("VULNERABLE_VICTIMS", "RETIRED []");
		List<String> codes = new ArrayList<>();
		revised.body().get("priorityAreas").forEach(area -> codes.add(area.get("code").asString()));
		assertThat(codes).containsExactly("YOUNG_PEOPLE_AT_RISK", "UNSAFE_PLACES", "ORGANISED_CRIME", "SCHOOLS");
		assertThat(revised.body().get("priorityAreas").get(1).get("name").asString())
			.isEqualTo("Otrygga platser och trygghetsskapande stadsmiljö");
		assertThat(revised.body().get("priorityAreas").get(3).get("mapsFrom")).isEmpty();

		assertThat(put("beredning.stad", draft.get("id").asString(), revisedBody(draft.get("version").asInt())).status())
			.as("a stale version").isEqualTo(409);
		assertThat(put("samordnare.sodermalm", draft.get("id").asString(), revisedBody(1)).status()).isEqualTo(403);
	}

	@Test
	void refusesADraftWithDuplicateOrMalformedCodesOrAnUnknownEarlierArea() {
		JsonNode draft = start();
		String body = "{\"title\":\"T\",\"validFrom\":\"2028-01-01\",\"version\":0,\"priorityAreas\":["
				+ "{\"code\":\"ABC\",\"name\":\"A\",\"nameEn\":\"A\",\"mapsFrom\":[\"NO_SUCH_AREA\"]},"
				+ "{\"code\":\"ABC\",\"name\":\"\",\"nameEn\":\"B\"},{\"code\":\"lower case\",\"name\":\"C\",\"nameEn\":\"C\"}]}";
		var refused = put("beredning.stad", draft.get("id").asString(), body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).contains("priorityAreas[0].mapsFrom:unknown", "priorityAreas[1].code:duplicate",
				"priorityAreas[1].name:required", "priorityAreas[2].code:format");
		var early = put("beredning.stad", draft.get("id").asString(),
				revisedBody(0).replace("\"validFrom\":\"2028-01-01\"", "\"validFrom\":\"2023-01-01\""));
		assertThat(fields(early)).contains("validFrom:date-order");
	}

	@Test
	void theWholeRevisionFromReferralToSigningSupersedesThe2024AgreementAndSendsLocalAgreementsToRevision() {
		String local = signedLocalAgreementForSodermalm();
		JsonNode draft = start();
		String id = draft.get("id").asString();
		assertThat(put("beredning.stad", id, revisedBody(draft.get("version").asInt())).status()).isEqualTo(200);

		// On referral, with the draft as its subject.
		var round = api.postAs("beredning.stad", "/api/v1/referrals", "{\"caseNumber\":\"KS 2027/500\",\"title\":"
				+ "\"Reviderad samverkansöverenskommelse\",\"agreementId\":\"" + id + "\",\"sentOn\":\"2027-03-01\","
				+ "\"dueDate\":\"2099-04-30\",\"recipientUnitIds\":[\"" + fixtures.unit("SODERMALM") + "\",\""
				+ fixtures.unit("FARSTA") + "\"]}");
		assertThat(round.status()).isEqualTo(201);
		String roundId = round.body().get("id").asString();
		var answer = api.postAs("samordnare.sodermalm", "/api/v1/referrals/" + roundId + "/responses",
				"{\"unitId\":\"" + fixtures.unit("SODERMALM") + "\",\"caseNumber\":\"SÖD 2027/12\",\"decisionDate\":"
						+ "\"2027-04-20\",\"summary\":\"Förvaltningen vill att rutinerna för åtgärdsplanerna blir tydligare.\"}");
		assertThat(answer.status()).isEqualTo(201);
		String responseId = answer.body().get("id").asString();

		// The answer's requests as items to decide.
		String requests = "/api/v1/referrals/" + roundId + "/responses/" + responseId + "/requests";
		assertThat(api.postAs("samordnare.sodermalm", requests, "{\"text\":\"x\"}").status()).isEqualTo(403);
		var request = api.postAs("beredning.stad", requests, "{\"text\":\"Tydliga rutiner och strukturer för åtgärdsplanerna\"}");
		assertThat(request.status()).isEqualTo(201);
		assertThat(request.body().get("decision").isNull()).isTrue();
		var refusedSigning = api.postAs("beredning.stad", "/api/v1/agreements/" + id + "/signatures", "");
		assertThat(refusedSigning.status()).isEqualTo(409);
		assertThat(refusedSigning.body().get("detail").asString()).contains("1");

		String decision = "/api/v1/referrals/" + roundId + "/requests/" + request.body().get("id").asString() + "/decision";
		assertThat(api.postAs("samordnare.sodermalm", decision, "{\"decision\":\"ACCEPTED\",\"reason\":\"x\"}").status())
			.isEqualTo(403);
		assertThat(fields(api.postAs("beredning.stad", decision, "{\"decision\":\"MAYBE\"}")))
			.contains("decision:invalid", "reason:required");
		var decided = api.postAs("beredning.stad", decision, "{\"decision\":\"ACCEPTED\",\"reason\":"
				+ "\"Åtgärdsplanerna får en gemensam mall i Samverkan.\",\"version\":0}");
		assertThat(decided.status()).isEqualTo(200);
		assertThat(decided.body().get("decision").asString()).isEqualTo("ACCEPTED");
		assertThat(api.getAs("lasare", "/api/v1/referrals/" + roundId + "/requests").body().get(0).get("reason").asString())
			.startsWith("Åtgärdsplanerna får");
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/referrals/" + roundId + "/requests").status())
			.as("a reporter reads no referral rounds").isEqualTo(403);
		assertThat(api.get("/api/v1/referrals/" + roundId + "/requests", null).status()).isEqualTo(401);

		// Signed by both parties' central coordinators.
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/agreements/" + id + "/signatures", "").status()).isEqualTo(403);
		var city = api.postAs("beredning.stad", "/api/v1/agreements/" + id + "/signatures", "");
		assertThat(city.status()).isEqualTo(201);
		assertThat(city.body().get("status").asString()).isEqualTo("AWAITING_SIGNATURES");
		assertThat(api.postAs("beredning.stad", "/api/v1/agreements/" + id + "/signatures", "").status()).isEqualTo(409);
		var police = api.postAs("beredning.polis", "/api/v1/agreements/" + id + "/signatures", "");
		assertThat(police.status()).isEqualTo(201);
		assertThat(police.body().get("status").asString()).isEqualTo("SIGNED");

		JsonNode old = api.getAs("lasare", "/api/v1/agreements/" + current2024()).body();
		assertThat(old.get("status").asString()).isEqualTo("SUPERSEDED");
		assertThat(old.get("validTo").asString()).isEqualTo("2027-12-31");
		List<String> areas = new ArrayList<>();
		api.getAs("lasare", "/api/v1/priority-areas").body().forEach(area -> areas.add(area.get("code").asString()));
		assertThat(areas).containsExactly("YOUNG_PEOPLE_AT_RISK", "UNSAFE_PLACES", "ORGANISED_CRIME", "SCHOOLS");
		assertThat(api.getAs("lasare", "/api/v1/priority-areas?agreementId=" + current2024()).body()).hasSize(5);

		JsonNode revisedLocal = api.getAs("samordnare.sodermalm", "/api/v1/agreements/" + local).body();
		assertThat(revisedLocal.get("revisionNeeded").asBoolean()).isTrue();
		assertThat(revisedLocal.get("revisionNeededFor").asString()).isEqualTo(id);
		assertThat(api.postAs("beredning.stad", decision, "{\"decision\":\"REJECTED\",\"reason\":\"x\"}").status())
			.as("decided for good once signed").isEqualTo(409);

		// A new version of the local agreement carries its focus areas into the new areas.
		var version = api.postAs("samordnare.sodermalm", "/api/v1/agreements/" + local + "/versions", "");
		assertThat(version.status()).isEqualTo(201);
		List<String> focusAreas = new ArrayList<>();
		version.body().get("focusAreas").forEach(focus -> focusAreas.add(focus.get("title").asString()));
		assertThat(focusAreas).containsExactly("Fokus 1", "Fokus 2", "Fokus 3");
		assertThat(version.body().get("revisionNeeded").asBoolean()).isFalse();
	}

	private String signedLocalAgreementForSodermalm() {
		String id = api.postAs("samordnare.sodermalm", "/api/v1/agreements",
				fixtures.localAgreement(fixtures.unit("SODERMALM"), "Södermalm 2026", 3)).body().get("id").asString();
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/agreements/" + id + "/signatures", "").status()).isEqualTo(201);
		assertThat(api.postAs("kommunpolis.sodermalm", "/api/v1/agreements/" + id + "/signatures", "").status())
			.isEqualTo(201);
		return id;
	}

	/** Keeps one area, renames one, merges two into a new one, retires one and adds one. */
	private static String revisedBody(int version) {
		List<Map<String, Object>> areas = List.of(
				area("YOUNG_PEOPLE_AT_RISK", "Unga i riskzon för destruktivt beteende",
						"Young people at risk of destructive behaviour", List.of("YOUNG_PEOPLE_AT_RISK")),
				area("UNSAFE_PLACES", "Otrygga platser och trygghetsskapande stadsmiljö", "Unsafe places", List.of("UNSAFE_PLACES")),
				area("ORGANISED_CRIME", "Organiserad och systemhotande brottslighet", "Organised crime",
						List.of("SYSTEM_THREATENING_CRIME", "CRIMINAL_ENVIRONMENTS")),
				area("SCHOOLS", "Trygga skolor", "Safe schools", List.of()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm (2028)");
		body.put("goal", "Stockholmarnas trygghet ska öka och den faktiska brottsligheten ska minska.");
		body.put("validFrom", "2028-01-01");
		body.put("priorityAreas", areas);
		body.put("version", version);
		return JSON.writeValueAsString(body);
	}

	private static Map<String, Object> area(String code, String name, String nameEn, List<String> mapsFrom) {
		Map<String, Object> area = new LinkedHashMap<>();
		area.put("code", code);
		area.put("name", name);
		area.put("nameEn", nameEn);
		area.put("mapsFrom", mapsFrom);
		return area;
	}

	private JsonNode start() {
		var started = api.postAs("beredning.stad", "/api/v1/agreements/" + current() + "/revisions", "");
		assertThat(started.status()).isEqualTo(201);
		return started.body();
	}

	private UUID current() {
		return UUID.fromString(api.getAs("lasare", "/api/v1/priority-areas").body().get(0).get("agreementId").asString());
	}

	private UUID current2024() {
		return agreementFrom("2024-01-01");
	}

	private UUID agreementFrom(String validFrom) {
		return jdbc.sql("SELECT id FROM agreement WHERE kind = 'OVERARCHING' AND valid_from = CAST(:from AS date)")
			.param("from", validFrom)
			.query(UUID.class)
			.single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private Api.Response put(String username, String id, String body) {
		return api.send(api.request("/api/v1/agreements/" + id, api.tokenFor(username))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private static List<String> fields(Api.Response response) {
		List<String> fields = new ArrayList<>();
		response.body().get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("code").asString()));
		return fields;
	}
}
