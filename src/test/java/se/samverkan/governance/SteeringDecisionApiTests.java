package se.samverkan.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planning.PlanningFixtures.json;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/**
 * Establishing and reopening situation pictures and action plans as recorded decisions of the
 * right group: the district's local steering group, or the beredningsgrupp for the city; a party's
 * own picture by a member of that party; a joint picture by a member of each party.
 */
class SteeringDecisionApiTests extends ApiTest {

	private PlanningFixtures given;

	@BeforeEach
	void setUp() {
		given = new PlanningFixtures(api, jdbc);
		clean();
	}

	@AfterEach
	void clean() {
		fixtures.removeSituationData();
		fixtures.removeGroupChanges();
		jdbc.sql("DELETE FROM action_plan").update();
	}

	@Test
	void theLocalSteeringGroupEstablishesTheDistrictsPictureWithItsDecisionRecorded() {
		String id = picture("samordnare.sodermalm", fixtures.unit("SODERMALM"), "CITY");
		addressEveryArea("samordnare.sodermalm", id);
		UUID member = fixtures.member("STYRGRUPP-SODERMALM", "styrgrupp.sodermalm");
		String yesterday = LocalDate.now().minusDays(1).toString();

		var established = establish("styrgrupp.sodermalm", id, Map.of("decisionDate", yesterday, "decisionText",
				"Styrgruppen fastställer lägesbilden.", "presentMemberIds", List.of(member)));
		assertThat(established.status()).isEqualTo(200);
		assertThat(established.body().get("status").asString()).isEqualTo("ESTABLISHED");
		JsonNode decision = established.body().get("decision");
		assertThat(decision.get("decisionDate").asString()).isEqualTo(yesterday);
		assertThat(decision.get("decisionText").asString()).isEqualTo("Styrgruppen fastställer lägesbilden.");
		assertThat(decision.get("groupName").asString()).isEqualTo("Lokal styrgrupp Södermalm");
		assertThat(decision.get("present").get(0).get("memberId").asString()).isEqualTo(member.toString());
		assertThat(decision.get("present").get(0).get("party").asString()).isEqualTo("CITY");
		assertThat(api.getAs("lasare", "/api/v1/situation-pictures/" + id).body().get("decision").get("id").asString())
			.isEqualTo(decision.get("id").asString());
	}

	@Test
	void withoutABodyTheDecisionIsDatedTodayWithAStandardTextAndTheCallerPresent() {
		String id = picture("samordnare.sodermalm", fixtures.unit("SODERMALM"), "CITY");
		addressEveryArea("samordnare.sodermalm", id);
		var established = api.postAs("styrgrupp.sodermalm", "/api/v1/situation-pictures/" + id + "/establish", "");
		assertThat(established.status()).isEqualTo(200);
		JsonNode decision = established.body().get("decision");
		assertThat(decision.get("decisionDate").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(decision.get("decisionText").asString()).contains("Södermalm").contains("fastställs");
		assertThat(decision.get("present").get(0).get("name").asString()).isEqualTo("Styrgruppsledamot Södermalm");
	}

	@Test
	void refusesEstablishingByAnyoneOutsideTheDistrictsLocalSteeringGroup() {
		String id = picture("samordnare.sodermalm", fixtures.unit("SODERMALM"), "CITY");
		addressEveryArea("samordnare.sodermalm", id);
		var otherParty = establish("beredning.polis", id, Map.of());
		assertThat(otherParty.status()).as("the police's central coordinator on the city's picture").isEqualTo(403);
		assertThat(otherParty.body().get("detail").asString()).contains("Lokal styrgrupp Södermalm");
		assertThat(establish("beredning.stad", id, Map.of()).status()).as("the beredningsgrupp is not the district's group")
			.isEqualTo(403);
		assertThat(establish("samordnare.sodermalm", id, Map.of()).status()).isEqualTo(403);
		assertThat(establish("lasare", id, Map.of()).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/situation-pictures/" + id + "/establish", "", null).status()).isEqualTo(401);
		assertThat(status(id)).isEqualTo("DRAFT");
	}

	@Test
	void refusesADecisionRecordedByAMemberWhoseMembershipHasEndedOrHadNotBegun() {
		String id = picture("samordnare.sodermalm", fixtures.unit("SODERMALM"), "CITY");
		addressEveryArea("samordnare.sodermalm", id);
		UUID group = fixtures.group("STYRGRUPP-SODERMALM");
		UUID member = fixtures.member("STYRGRUPP-SODERMALM", "styrgrupp.sodermalm");
		String lastWeek = LocalDate.now().minusDays(7).toString();
		assertThat(delete("beredning.stad", "/api/v1/groups/" + group + "/members/" + member + "?to=" + lastWeek).status())
			.isEqualTo(204);
		assertThat(establish("styrgrupp.sodermalm", id, Map.of()).status()).isEqualTo(403);
		assertThat(establish("styrgrupp.sodermalm", id, Map.of("decisionDate", lastWeek)).status())
			.as("a decision of a meeting while still a member").isEqualTo(200);
	}

	@Test
	void refusesADecisionWithAbsentMembersAFutureDateOrAPersonalIdentityNumber() {
		String id = picture("samordnare.sodermalm", fixtures.unit("SODERMALM"), "CITY");
		addressEveryArea("samordnare.sodermalm", id);
		UUID outsider = fixtures.member("BEREDNINGSGRUPP", "beredning.stad");
		var refused = establish("styrgrupp.sodermalm", id,
				Map.of("presentMemberIds", List.of(outsider), "decisionText", "Gäller 811218-9876"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).contains("decisionText:personal-identity-number");
		var absent = establish("styrgrupp.sodermalm", id, Map.of("presentMemberIds", List.of(outsider)));
		assertThat(fields(absent)).containsExactly("presentMemberIds:not-a-member");
		var future = establish("styrgrupp.sodermalm", id, Map.of("decisionDate", LocalDate.now().plusDays(3).toString()));
		assertThat(fields(future)).containsExactly("decisionDate:future");
		assertThat(status(id)).isEqualTo("DRAFT");
	}

	@Test
	void refusesAPictureWithAnUnaddressedAreaNamingTheAreas() {
		String id = picture("samordnare.sodermalm", fixtures.unit("SODERMALM"), "CITY");
		JsonNode read = api.getAs("samordnare.sodermalm", "/api/v1/situation-pictures/" + id).body();
		String first = read.get("sections").get(0).get("priorityAreaId").asString();
		assertThat(put("samordnare.sodermalm", "/api/v1/situation-pictures/" + id + "/sections/" + first,
				"{\"assessment\":\"Fler unga samlas vid torget\",\"trend\":\"UP\",\"version\":0}").status()).isEqualTo(200);

		var refused = establish("styrgrupp.sodermalm", id, Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("detail").asString()).contains("Otrygga och brottsutsatta platser")
			.contains("Kriminella miljöer och livsstilar")
			.doesNotContain("Unga i riskzon");
		assertThat(refused.body().get("missingPriorityAreas")).hasSize(4);
		assertThat(establish("beredning.polis", id, Map.of()).status()).as("who may decide is checked first").isEqualTo(403);
		assertThat(status(id)).isEqualTo("DRAFT");
	}

	@Test
	void aJointPictureIsEstablishedOnlyOnceAMemberOfEachPartyHasDecided() {
		UUID group = fixtures.group("STYRGRUPP-SODERMALM");
		assertThat(api.postAs("beredning.polis", "/api/v1/groups/" + group + "/members",
				"{\"username\":\"kommunpolis.sodermalm\",\"role\":\"Lokalpolisområdeschef\",\"from\":\"2026-01-01\"}").status())
			.isEqualTo(201);
		String id = picture("samordnare.sodermalm", fixtures.unit("SODERMALM"), "JOINT");
		addressEveryArea("samordnare.sodermalm", id);

		var first = establish("styrgrupp.sodermalm", id, Map.of("decisionText", "Staden fastställer för sin del."));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().get("status").asString()).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(first.body().get("confirmation").isNull()).isTrue();
		assertThat(establish("styrgrupp.sodermalm", id, Map.of()).status()).as("the same party twice").isEqualTo(409);
		assertThat(put("samordnare.sodermalm", "/api/v1/situation-pictures/" + id + "/sections/"
				+ first.body().get("sections").get(0).get("priorityAreaId").asString(),
				"{\"assessment\":\"Ändrad\",\"trend\":\"UP\",\"version\":" + first.body().get("version").asInt() + "}").status())
			.as("no edits while the other party is asked to confirm").isEqualTo(409);

		var confirmed = establish("kommunpolis.sodermalm", id, Map.of("decisionText", "Polisen bekräftar."));
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.body().get("status").asString()).isEqualTo("ESTABLISHED");
		assertThat(confirmed.body().get("decision").get("party").asString()).isEqualTo("CITY");
		assertThat(confirmed.body().get("confirmation").get("party").asString()).isEqualTo("POLICE");
		assertThat(confirmed.body().get("confirmation").get("kind").asString()).isEqualTo("CONFIRM");
		assertThat(confirmed.body().get("decisions")).hasSize(2);
	}

	@Test
	void aPartysOwnPictureIsEstablishedByAMemberOfThatParty() {
		UUID group = fixtures.group("STYRGRUPP-SODERMALM");
		api.postAs("beredning.stad", "/api/v1/groups/" + group + "/members",
				"{\"username\":\"kommunpolis.sodermalm\",\"from\":\"2026-01-01\"}");
		String id = picture("kommunpolis.sodermalm", fixtures.unit("SODERMALM"), "POLICE");
		addressEveryArea("kommunpolis.sodermalm", id);
		var refused = establish("styrgrupp.sodermalm", id, Map.of());
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body().get("detail").asString()).contains("Polisregion Stockholm");
		assertThat(establish("kommunpolis.sodermalm", id, Map.of()).body().get("status").asString()).isEqualTo("ESTABLISHED");
	}

	@Test
	void theBeredningsgruppEstablishesACityWidePicture() {
		String id = picture("beredning.stad", null, "JOINT");
		addressEveryArea("beredning.stad", id);
		assertThat(establish("styrgrupp.sodermalm", id, Map.of()).status()).isEqualTo(403);
		assertThat(establish("beredning.stad", id, Map.of()).body().get("status").asString())
			.isEqualTo("AWAITING_CONFIRMATION");
		var confirmed = establish("beredning.polis", id, Map.of());
		assertThat(confirmed.body().get("status").asString()).isEqualTo("ESTABLISHED");
		assertThat(confirmed.body().get("decision").get("groupName").asString()).isEqualTo("Stadsövergripande beredningsgrupp");
	}

	@Test
	void theSteeringGroupReopensAnEstablishedPictureWithItsReason() {
		String id = picture("samordnare.sodermalm", fixtures.unit("SODERMALM"), "CITY");
		addressEveryArea("samordnare.sodermalm", id);
		establish("styrgrupp.sodermalm", id, Map.of());
		String path = "/api/v1/situation-pictures/" + id + "/reopen";
		assertThat(api.postAs("styrgrupp.sodermalm", path, "{}").status()).as("the reason is required").isEqualTo(400);
		assertThat(api.postAs("samordnare.sodermalm", path, json(Map.of("reason", "x"))).status()).isEqualTo(403);
		assertThat(api.post(path, json(Map.of("reason", "x")), null).status()).isEqualTo(401);
		var reopened = api.postAs("styrgrupp.sodermalm", path, json(Map.of("decisionText", "Nya siffror från polisen.")));
		assertThat(reopened.status()).isEqualTo(200);
		assertThat(reopened.body().get("status").asString()).isEqualTo("DRAFT");
		assertThat(reopened.body().get("decision").isNull()).isTrue();
		assertThat(reopened.body().get("decisions").get(1).get("kind").asString()).isEqualTo("REOPEN");
		assertThat(api.postAs("styrgrupp.sodermalm", path, json(Map.of("reason", "x"))).status())
			.as("a draft is not reopened").isEqualTo(409);
	}

	@Test
	void aPlanIsEstablishedByTheLocalSteeringGroupOnceEveryAreaIsAddressed() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		var refused = api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + plan + "/establish", "");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("detail").asString()).contains("Unga i riskzon för destruktivt beteende");
		assertThat(refused.body().get("missingPriorityAreas")).hasSize(5);

		var goal = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				json(Map.of("title", "Färre unga i riskmiljöer", "priorityAreaId", given.areas().get(0), "targetText",
						"Ett samordnat arbetssätt för unga i riskzon finns", "targetDate", "2026-12-31")));
		assertThat(goal.status()).isEqualTo(201);
		assertThat(goal.body().get("priorityAreaId").asString()).isEqualTo(given.areas().get(0).toString());
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + plan + "/establish", "").body()
			.get("missingPriorityAreas")).hasSize(4);

		given.addressEveryArea("kommunpolis.sodermalm", plan);
		assertThat(api.postAs("beredning.polis", "/api/v1/action-plans/" + plan + "/establish", "").status()).isEqualTo(403);
		var established = api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + plan + "/establish", "");
		assertThat(established.status()).isEqualTo(200);
		assertThat(established.body().get("decision").get("groupName").asString()).isEqualTo("Lokal styrgrupp Södermalm");
		assertThat(established.body().get("notAddressed")).hasSize(4);
		assertThat(established.body().get("unaddressedPriorityAreaIds")).isEmpty();
	}

	@Test
	void givesReasonsForAreasOnlyInADraftPlanOfOnesOwnDistrictWithTheVersionRead() {
		UUID plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026);
		String body = json(Map.of("notAddressed", List.of(Map.of("priorityAreaId", given.areas().get(2), "reason",
				"Hanteras i den stadsövergripande handlingsplanen")), "version", 0));
		assertThat(given.put("samordnare.farsta", "/api/v1/action-plans/" + plan, body).status()).isEqualTo(403);
		assertThat(given.put("lasare", "/api/v1/action-plans/" + plan, body).status()).isEqualTo(403);
		assertThat(api.send(api.request("/api/v1/action-plans/" + plan, null).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body)).build()).status()).isEqualTo(401);
		var saved = given.put("kommunpolis.sodermalm", "/api/v1/action-plans/" + plan, body);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body().get("notAddressed").get(0).get("reason").asString())
			.isEqualTo("Hanteras i den stadsövergripande handlingsplanen");
		assertThat(given.put("samordnare.sodermalm", "/api/v1/action-plans/" + plan, body).status()).as("stale version")
			.isEqualTo(409);
		var bad = given.put("samordnare.sodermalm", "/api/v1/action-plans/" + plan, json(Map.of("notAddressed",
				List.of(Map.of("priorityAreaId", UUID.randomUUID(), "reason", "")), "version", 1)));
		assertThat(fields(bad)).contains("notAddressed[0].priorityAreaId:unknown", "notAddressed[0].reason:required");
		assertThat(given.put("samordnare.sodermalm", "/api/v1/action-plans/" + UUID.randomUUID(), body).status())
			.isEqualTo(404);
	}

	private String picture(String username, UUID district, String party) {
		var created = api.postAs(username, "/api/v1/situation-pictures",
				"{\"districtId\":" + (district == null ? "null" : "\"" + district + "\"") + ",\"period\":\"2026\",\"authorParty\":\""
						+ party + "\"}");
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	/** Every section gets an assessment or, for the last three, a reason. */
	private void addressEveryArea(String username, String id) {
		JsonNode read = api.getAs(username, "/api/v1/situation-pictures/" + id).body();
		int version = read.get("version").asInt();
		int index = 0;
		for (JsonNode section : read.get("sections")) {
			String text = index++ < 2 ? "\"assessment\":\"Bedömning av området\"" : "\"notAddressedReason\":\"Inga iakttagelser\"";
			var put = put(username, "/api/v1/situation-pictures/" + id + "/sections/" + section.get("priorityAreaId").asString(),
					"{" + text + ",\"trend\":\"FLAT\",\"version\":" + version++ + "}");
			assertThat(put.status()).as(String.valueOf(put.body())).isEqualTo(200);
		}
	}

	private Api.Response establish(String username, String id, Map<String, Object> decision) {
		return api.postAs(username, "/api/v1/situation-pictures/" + id + "/establish", json(decision));
	}

	private String status(String id) {
		return api.getAs("lasare", "/api/v1/situation-pictures/" + id).body().get("status").asString();
	}

	private Api.Response put(String username, String path, String body) {
		return api.send(api.request(path, api.tokenFor(username))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private Api.Response delete(String username, String path) {
		return api.send(api.request(path, api.tokenFor(username)).DELETE().build());
	}

	private static List<String> fields(Api.Response response) {
		List<String> fields = new ArrayList<>();
		response.body().get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("code").asString()));
		return fields;
	}
}
