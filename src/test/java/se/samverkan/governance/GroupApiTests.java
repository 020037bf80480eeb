package se.samverkan.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

class GroupApiTests extends ApiTest {

	@BeforeEach
	@AfterEach
	void clean() {
		fixtures.removeGroupChanges();
	}

	@Test
	void listsTheGroupsByTypeWithTheirMembersPartyAndRole() {
		var preparation = api.getAs("lasare", "/api/v1/groups?type=BEREDNINGSGRUPP");
		assertThat(preparation.status()).isEqualTo(200);
		assertThat(preparation.body()).hasSize(1);
		JsonNode group = preparation.body().get(0);
		assertThat(group.get("type").asString()).isEqualTo("BEREDNINGSGRUPP");
		List<String> members = new ArrayList<>();
		group.get("members").forEach(m -> members.add(m.get("username").asString() + ":" + m.get("party").asString()));
		assertThat(members).containsExactlyInAnyOrder("beredning.stad:CITY", "beredning.polis:POLICE");

		var local = api.getAs("lasare", "/api/v1/groups?type=LOCAL_STEERING_GROUP&unitId=" + fixtures.unit("SODERMALM"));
		assertThat(local.body()).hasSize(1);
		assertThat(local.body().get(0).get("unitName").asString()).isEqualTo("Södermalm");
		assertThat(local.body().get(0).get("members").get(0).get("role").asString()).isEqualTo("Stadsdelsdirektör");
		assertThat(local.body().get(0).get("missingParties").get(0).asString()).isEqualTo("POLICE");
		assertThat(api.getAs("lasare", "/api/v1/groups?type=LOCAL_COLLABORATION").body()).hasSize(11);
		assertThat(api.getAs("lasare", "/api/v1/groups").body()).hasSize(24);
		String one = "/api/v1/groups/" + group.get("id").asString();
		assertThat(api.getAs("lasare", one).status()).isEqualTo(200);
		assertThat(api.getAs("rapportor.sodermalm", one).status()).as("a reporter reads no groups").isEqualTo(403);
		assertThat(api.get(one, null).status()).isEqualTo(401);
	}

	@Test
	void refusesReadingWithoutReadingRightsAnUnknownTypeOrAnUnknownGroup() {
		assertThat(api.get("/api/v1/groups", null).status()).isEqualTo(401);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/groups").status()).isEqualTo(403);
		var unknownType = api.getAs("lasare", "/api/v1/groups?type=KOMMITTE");
		assertThat(unknownType.status()).isEqualTo(400);
		assertThat(unknownType.body().get("errors").get(0).get("field").asString()).isEqualTo("type");
		assertThat(api.getAs("lasare", "/api/v1/groups/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void letsACentralCoordinatorAddAnAccountAsMemberWithThePartyOfTheAccount() {
		UUID group = fixtures.group("STYRGRUPP-SODERMALM");
		var added = api.postAs("beredning.stad", "/api/v1/groups/" + group + "/members",
				"{\"username\":\"kommunpolis.sodermalm\",\"role\":\"Lokalpolisområdeschef\",\"from\":\"2026-01-01\"}");
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.body().get("party").asString()).isEqualTo("POLICE");
		assertThat(added.body().get("name").asString()).isEqualTo("Kommunpolis Södermalm");
		assertThat(added.body().get("from").asString()).isEqualTo("2026-01-01");
		assertThat(added.body().get("to").isNull()).isTrue();

		JsonNode now = api.getAs("lasare", "/api/v1/groups/" + group).body();
		assertThat(now.get("members")).hasSize(2);
		assertThat(now.get("missingParties")).isEmpty();

		var twice = api.postAs("beredning.polis", "/api/v1/groups/" + group + "/members",
				"{\"username\":\"kommunpolis.sodermalm\",\"role\":\"Ledamot\"}");
		assertThat(twice.status()).isEqualTo(409);
	}

	@Test
	void addsAPersonWithoutAnAccountByNameAndParty() {
		UUID group = fixtures.group("CENTRAL-STYRGRUPP");
		var added = api.postAs("admin", "/api/v1/groups/" + group + "/members",
				"{\"name\":\"Regionpolischef\",\"party\":\"POLICE\",\"role\":\"Ledamot\"}");
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.body().get("username").isNull()).isTrue();
		assertThat(added.body().get("from").asString()).isEqualTo(java.time.LocalDate.now().toString());
	}

	@Test
	void refusesAMemberWithoutNameOrPartyAnUnknownAccountOrAPersonalIdentityNumber() {
		UUID group = fixtures.group("STYRGRUPP-FARSTA");
		var refused = api.postAs("beredning.stad", "/api/v1/groups/" + group + "/members",
				"{\"role\":\"Ledamot 811218-9876\"}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).contains("name:required", "party:required", "role:personal-identity-number");
		var unknown = api.postAs("beredning.stad", "/api/v1/groups/" + group + "/members",
				"{\"username\":\"ingen.sadan\",\"party\":\"KYRKAN\"}");
		assertThat(fields(unknown)).contains("username:unknown");
		var mismatch = api.postAs("beredning.stad", "/api/v1/groups/" + group + "/members",
				"{\"username\":\"samordnare.farsta\",\"party\":\"POLICE\"}");
		assertThat(fields(mismatch)).contains("party:mismatch");
		assertThat(api.getAs("lasare", "/api/v1/groups/" + group).body().get("members")).isEmpty();
	}

	@Test
	void refusesChangesByAnyoneButCentralCoordinatorsAndAdministrators() {
		UUID group = fixtures.group("STYRGRUPP-SODERMALM");
		String body = "{\"username\":\"kommunpolis.sodermalm\"}";
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/groups/" + group + "/members", body).status()).isEqualTo(403);
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/groups/" + group + "/members", body).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/groups/" + group + "/members", body, null).status()).isEqualTo(401);
		UUID member = fixtures.member("STYRGRUPP-SODERMALM", "styrgrupp.sodermalm");
		assertThat(delete("styrgrupp.sodermalm", "/api/v1/groups/" + group + "/members/" + member).status()).isEqualTo(403);
		assertThat(api.send(api.request("/api/v1/groups/" + group + "/members/" + member, null).DELETE().build()).status())
			.isEqualTo(401);
	}

	@Test
	void endsAMembershipAndKeepsItInTheHistory() {
		UUID group = fixtures.group("STYRGRUPP-SODERMALM");
		UUID member = fixtures.member("STYRGRUPP-SODERMALM", "styrgrupp.sodermalm");
		String yesterday = java.time.LocalDate.now().minusDays(1).toString();
		assertThat(delete("beredning.stad", "/api/v1/groups/" + group + "/members/" + member + "?to=" + yesterday).status())
			.isEqualTo(204);
		JsonNode ended = api.getAs("lasare", "/api/v1/groups/" + group).body().get("members").get(0);
		assertThat(ended.get("to").asString()).isEqualTo(yesterday);
		assertThat(ended.get("active").asBoolean()).isFalse();
		assertThat(api.getAs("lasare", "/api/v1/groups/" + group).body().get("missingParties")).hasSize(2);
		assertThat(delete("beredning.stad", "/api/v1/groups/" + group + "/members/" + member).status()).isEqualTo(409);
		assertThat(delete("beredning.stad", "/api/v1/groups/" + group + "/members/" + UUID.randomUUID()).status())
			.isEqualTo(404);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'END_MEMBER' AND entity_id = :id")
			.param("id", group)
			.query(Long.class)
			.single()).isPositive();
	}

	private Api.Response delete(String username, String path) {
		HttpRequest request = api.request(path, api.tokenFor(username)).DELETE().build();
		return api.send(request);
	}

	private static List<String> fields(Api.Response response) {
		List<String> fields = new ArrayList<>();
		response.body().get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("code").asString()));
		return fields;
	}
}
