package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

class AgreementApiTests extends ApiTest {

	@BeforeEach
	void setUp() {
		fixtures.removeLocalAgreements();
	}

	@AfterEach
	void tearDown() {
		fixtures.removeLocalAgreements();
	}

	@Test
	void listsTheFivePriorityAreasInOrder() {
		var areas = api.getAs("lasare", "/api/v1/priority-areas");
		assertThat(areas.status()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		areas.body().forEach(area -> names.add(area.get("name").asString()));
		assertThat(names).containsExactly("Unga i riskzon för destruktivt beteende", "Otrygga och brottsutsatta platser",
				"Systemhotande brottslighet", "Särskilt utsatta och sårbara brottsoffer", "Kriminella miljöer och livsstilar");
		assertThat(areas.body().get(0).get("nameEn").asString()).isEqualTo("Young people at risk of destructive behaviour");
		assertThat(areas.body().get(4).get("ordinal").asInt()).isEqualTo(5);
		assertThat(api.get("/api/v1/priority-areas", null).status()).isEqualTo(401);
	}

	@Test
	void showsThe2024AgreementSignedByBothPartiesAndThe2019OneSuperseded() {
		var list = api.getAs("lasare", "/api/v1/agreements?kind=OVERARCHING").body().get("items");
		JsonNode current = find(list, "2024-01-01");
		JsonNode previous = find(list, "2019-11-04");
		assertThat(current.get("status").asString()).isEqualTo("SIGNED");
		assertThat(current.get("goal").asString()).contains("trygghet ska öka").contains("brottsligheten ska minska");
		assertThat(current.get("revisionIntervalYears").asInt()).isEqualTo(4);
		assertThat(current.get("nextRevisionDue").asString()).isEqualTo("2027-12-31");
		assertThat(current.get("priorityAreaIds")).hasSize(5);
		assertThat(current.get("signatures")).hasSize(2);
		assertThat(current.get("supersedesId").asString()).isEqualTo(previous.get("id").asString());
		assertThat(previous.get("status").asString()).isEqualTo("SUPERSEDED");
		assertThat(previous.get("priorityAreaIds")).hasSize(10);
	}

	@Test
	void letsALocalCoordinatorDraftTheirDistrictsAgreementWithDefaultParties() {
		var created = api.postAs("samordnare.sodermalm", "/api/v1/agreements",
				fixtures.localAgreement(fixtures.unit("SODERMALM"), "Södermalm 2026", 2));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).endsWith(created.body().get("id").asString());
		assertThat(created.body().get("status").asString()).isEqualTo("DRAFT");
		assertThat(created.body().get("kind").asString()).isEqualTo("LOCAL");
		List<String> parties = new ArrayList<>();
		created.body().get("partyUnitIds").forEach(id -> parties.add(id.asString()));
		assertThat(parties).containsExactlyInAnyOrder(fixtures.unit("SODERMALM").toString(),
				fixtures.unit("LPO-SODERMALM").toString());
		assertThat(created.body().get("focusAreas")).hasSize(2);
		assertThat(created.body().get("notAddressed")).hasSize(3);
		assertThat(created.body().get("version").asInt()).isZero();
	}

	@Test
	void refusesDraftingAnotherDistrictsAgreement() {
		var refused = api.postAs("samordnare.farsta", "/api/v1/agreements",
				fixtures.localAgreement(fixtures.unit("SODERMALM"), "Fel stadsdel", 5));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(api.postAs("lasare", "/api/v1/agreements", fixtures.localAgreement(fixtures.unit("FARSTA"), "X", 5))
			.status()).isEqualTo(403);
		assertThat(api.post("/api/v1/agreements", fixtures.localAgreement(fixtures.unit("FARSTA"), "X", 5), null).status())
			.isEqualTo(401);
	}

	@Test
	void refusesBadInputListingEveryField() {
		UUID area = fixtures.priorityAreas().get(0);
		String body = "{\"title\":\"\",\"districtId\":\"" + fixtures.unit("FARSTA")
				+ "\",\"validFrom\":\"2026-06-01\",\"validTo\":\"2026-01-01\",\"focusAreas\":[{\"title\":\"Ungdom 811218-9876\","
				+ "\"priorityAreaId\":\"" + area + "\"},{\"title\":\"Okänt\",\"priorityAreaId\":\"" + UUID.randomUUID() + "\"}]}";
		long before = count();
		var refused = api.postAs("samordnare.farsta", "/api/v1/agreements", body);
		assertThat(refused.status()).isEqualTo(400);
		List<String> problems = new ArrayList<>();
		refused.body().get("errors").forEach(e -> problems.add(e.get("field").asString() + ":" + e.get("code").asString()));
		assertThat(problems).contains("title:required", "validTo:date-order", "focusAreas[0].title:personal-identity-number",
				"focusAreas[1].priorityAreaId:unknown");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void refusesASecondAgreementLineForADistrict() {
		api.postAs("samordnare.farsta", "/api/v1/agreements", fixtures.localAgreement(fixtures.unit("FARSTA"), "Första", 5));
		var second = api.postAs("samordnare.farsta", "/api/v1/agreements",
				fixtures.localAgreement(fixtures.unit("FARSTA"), "Andra", 5));
		assertThat(second.status()).isEqualTo(409);
	}

	@Test
	void updatesWithTheVersionReadAndRefusesAStaleOne() {
		var created = api.postAs("samordnare.farsta", "/api/v1/agreements",
				fixtures.localAgreement(fixtures.unit("FARSTA"), "Farsta", 1)).body();
		String id = created.get("id").asString();
		String changed = created.toString().replace("\"title\":\"Farsta\"", "\"title\":\"Farsta, reviderad\"");
		var updated = api.send(api.request("/api/v1/agreements/" + id, api.tokenFor("samordnare.farsta"))
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(changed))
			.build());
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.body().get("title").asString()).isEqualTo("Farsta, reviderad");
		assertThat(updated.body().get("version").asInt()).isEqualTo(1);
		var stale = api.send(api.request("/api/v1/agreements/" + id, api.tokenFor("samordnare.farsta"))
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(changed))
			.build());
		assertThat(stale.status()).isEqualTo(409);
		var foreign = api.send(api.request("/api/v1/agreements/" + id, api.tokenFor("samordnare.sodermalm"))
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(updated.body().toString()))
			.build());
		assertThat(foreign.status()).isEqualTo(403);
	}

	@Test
	void refusesSigningWhileAPriorityAreaIsUnaddressedNamingIt() {
		UUID first = fixtures.priorityAreas().get(0);
		String body = "{\"title\":\"Ofullständig\",\"districtId\":\"" + fixtures.unit("SODERMALM")
				+ "\",\"validFrom\":\"2026-01-01\",\"focusAreas\":[{\"title\":\"Unga\",\"priorityAreaId\":\"" + first + "\"}]}";
		String id = api.postAs("samordnare.sodermalm", "/api/v1/agreements", body).body().get("id").asString();
		var refused = api.postAs("samordnare.sodermalm", "/api/v1/agreements/" + id + "/signatures", "");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("detail").asString()).contains("Otrygga och brottsutsatta platser")
			.contains("Kriminella miljöer och livsstilar")
			.doesNotContain("Unga i riskzon");
		assertThat(refused.body().get("missingPriorityAreas")).hasSize(4);
	}

	@Test
	void becomesSignedWhenBothPartiesHaveSignedOnceEach() {
		String id = api.postAs("samordnare.sodermalm", "/api/v1/agreements",
				fixtures.localAgreement(fixtures.unit("SODERMALM"), "Södermalm", 3)).body().get("id").asString();
		String signatures = "/api/v1/agreements/" + id + "/signatures";

		var city = api.postAs("samordnare.sodermalm", signatures, "");
		assertThat(city.status()).isEqualTo(201);
		assertThat(city.body().get("status").asString()).isEqualTo("AWAITING_SIGNATURES");
		assertThat(api.postAs("styrgrupp.sodermalm", signatures, "").status()).isEqualTo(409);
		assertThat(api.postAs("samordnare.farsta", signatures, "").status()).isEqualTo(403);
		assertThat(api.postAs("lasare", signatures, "").status()).isEqualTo(403);
		assertThat(api.postAs("samordnare.sodermalm", signatures, "{\"party\":\"POLICE\"}").status()).isEqualTo(403);

		var police = api.postAs("kommunpolis.sodermalm", signatures, "");
		assertThat(police.status()).isEqualTo(201);
		assertThat(police.body().get("status").asString()).isEqualTo("SIGNED");
		List<String> parties = new ArrayList<>();
		police.body().get("signatures").forEach(s -> parties.add(s.get("party").asString()));
		assertThat(parties).containsExactly("CITY", "POLICE");
		assertThat(api.postAs("kommunpolis.sodermalm", signatures, "").status()).isEqualTo(409);
	}

	@Test
	void aNewVersionSupersedesTheSignedOneWhenItIsSigned() {
		String id = signedSodermalmAgreement();
		var draft = api.postAs("samordnare.sodermalm", "/api/v1/agreements/" + id + "/versions", "");
		assertThat(draft.status()).isEqualTo(201);
		assertThat(draft.body().get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.body().get("supersedesId").asString()).isEqualTo(id);
		assertThat(api.postAs("samordnare.farsta", "/api/v1/agreements/" + id + "/versions", "").status()).isEqualTo(403);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/agreements/" + id + "/versions", "").status()).isEqualTo(409);

		String newId = draft.body().get("id").asString();
		api.postAs("samordnare.sodermalm", "/api/v1/agreements/" + newId + "/signatures", "");
		api.postAs("kommunpolis.sodermalm", "/api/v1/agreements/" + newId + "/signatures", "");
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/agreements/" + id).body().get("status").asString())
			.isEqualTo("SUPERSEDED");
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/agreements/" + newId).body().get("status").asString())
			.isEqualTo("SIGNED");
	}

	@Test
	void refusesChangingASignedAgreement() {
		String id = signedSodermalmAgreement();
		var signed = api.getAs("samordnare.sodermalm", "/api/v1/agreements/" + id).body();
		var refused = api.send(api.request("/api/v1/agreements/" + id, api.tokenFor("samordnare.sodermalm"))
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(signed.toString()))
			.build());
		assertThat(refused.status()).isEqualTo(409);
	}

	@Test
	void keepsLocalAgreementsWithinScope() {
		String id = api.postAs("samordnare.farsta", "/api/v1/agreements",
				fixtures.localAgreement(fixtures.unit("FARSTA"), "Farsta", 5)).body().get("id").asString();
		assertThat(api.getAs("samordnare.farsta", "/api/v1/agreements/" + id).status()).isEqualTo(200);
		assertThat(api.getAs("beredning.polis", "/api/v1/agreements/" + id).status()).isEqualTo(200);
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/agreements/" + id).status()).isEqualTo(403);
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/agreements?districtId=" + fixtures.unit("FARSTA")).status())
			.isEqualTo(403);
		var visible = api.getAs("samordnare.sodermalm", "/api/v1/agreements?kind=LOCAL").body().get("items");
		assertThat(visible).isEmpty();
		assertThat(api.getAs("lasare", "/api/v1/agreements/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/agreements").status()).isEqualTo(403);
	}

	@Test
	void overviewShowsEveryDistrictByPriorityArea() {
		api.postAs("samordnare.farsta", "/api/v1/agreements", fixtures.localAgreement(fixtures.unit("FARSTA"), "Farsta", 2));
		var overview = api.getAs("beredning.stad", "/api/v1/agreements/overview").body();
		assertThat(overview.get("priorityAreas")).hasSize(5);
		assertThat(overview.get("rows")).hasSize(11);
		JsonNode farsta = null;
		for (JsonNode row : overview.get("rows")) {
			if (row.get("districtName").asString().equals("Farsta")) {
				farsta = row;
			}
			else {
				assertThat(row.get("cells").get(0).get("state").asString()).isEqualTo("NONE");
			}
		}
		assertThat(farsta.get("cells").get(0).get("state").asString()).isEqualTo("FOCUS");
		assertThat(farsta.get("cells").get(4).get("state").asString()).isEqualTo("REASON");
		assertThat(farsta.get("unsigned").asBoolean()).isTrue();
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/agreements/overview").body().get("rows")).hasSize(1);
		assertThat(api.get("/api/v1/agreements/overview", null).status()).isEqualTo(401);
	}

	@org.springframework.beans.factory.annotation.Autowired
	AgreementAttention attention;

	@Test
	void putsAnUnsignedAgreementOnTheStartPageOfThoseInScope() {
		api.postAs("samordnare.sodermalm", "/api/v1/agreements", fixtures.localAgreement(fixtures.unit("SODERMALM"), "Södermalm", 5));
		var sodermalm = java.util.Set.of(fixtures.unit("SODERMALM"));
		var farsta = java.util.Set.of(fixtures.unit("FARSTA"));
		assertThat(attention.itemsFor("samordnare.sodermalm", java.util.Set.of("LOCAL_COORDINATOR"), sodermalm))
			.extracting(se.samverkan.platform.attention.AttentionItem::messageKey)
			.contains("attention.agreement.unsigned");
		assertThat(attention.itemsFor("samordnare.farsta", java.util.Set.of("LOCAL_COORDINATOR"), farsta))
			.extracting(se.samverkan.platform.attention.AttentionItem::messageKey)
			.doesNotContain("attention.agreement.unsigned")
			.contains("attention.agreement.missing");
		assertThat(attention.itemsFor("beredning.stad", java.util.Set.of("CENTRAL_COORDINATOR"), null))
			.extracting(se.samverkan.platform.attention.AttentionItem::arguments)
			.anySatisfy(arguments -> assertThat(arguments).containsExactly(10));
	}

	@Test
	void auditsEveryStep() {
		String id = signedSodermalmAgreement();
		List<String> actions = new ArrayList<>();
		api.getAs("samordnare.sodermalm", "/api/v1/audit?entityId=" + id).body().forEach(e -> actions.add(e.get("action").asString()));
		assertThat(actions).containsExactly("SIGN", "SIGN", "CREATE");
	}

	private String signedSodermalmAgreement() {
		String id = api.postAs("samordnare.sodermalm", "/api/v1/agreements",
				fixtures.localAgreement(fixtures.unit("SODERMALM"), "Södermalm", 5)).body().get("id").asString();
		api.postAs("samordnare.sodermalm", "/api/v1/agreements/" + id + "/signatures", "");
		api.postAs("kommunpolis.sodermalm", "/api/v1/agreements/" + id + "/signatures", "");
		return id;
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM agreement WHERE kind = 'LOCAL'").query(Long.class).single();
	}

	private static JsonNode find(JsonNode items, String validFrom) {
		for (JsonNode item : items) {
			if (item.get("validFrom").asString().equals(validFrom)) {
				return item;
			}
		}
		throw new AssertionError("No agreement from " + validFrom);
	}
}
