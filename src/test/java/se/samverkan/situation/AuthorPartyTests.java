package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/**
 * A situation picture is its author party's statement: only that party edits its sections and
 * sources, both parties a JOINT one (issue 17: the author party was checked when the picture was
 * created, not when it was edited).
 */
class AuthorPartyTests extends ApiTest {

	@BeforeEach
	void setUp() {
		fixtures.removeSituationData();
	}

	@AfterEach
	void tearDown() {
		fixtures.removeSituationData();
	}

	@Test
	void refusesTheOtherPartyEditingAPolicePicture() {
		JsonNode picture = create("kommunpolis.sodermalm", "POLICE");
		String id = picture.get("id").asString();
		String area = picture.get("sections").get(0).get("priorityAreaId").asString();

		var section = put("samordnare.sodermalm", "/api/v1/situation-pictures/" + id + "/sections/" + area,
				"{\"assessment\":\"Stadens omskrivning\",\"trend\":\"DOWN\",\"version\":0}");
		assertThat(section.status()).isEqualTo(403);
		var sources = put("samordnare.sodermalm", "/api/v1/situation-pictures/" + id + "/sources",
				"{\"sources\":[{\"name\":\"Stadens källa\"}],\"version\":0}");
		assertThat(sources.status()).isEqualTo(403);
		JsonNode unchanged = api.getAs("kommunpolis.sodermalm", "/api/v1/situation-pictures/" + id).body();
		assertThat(unchanged.get("version").asInt()).isZero();
		assertThat(unchanged.get("sections").get(0).get("assessment").isNull()).isTrue();

		assertThat(put("kommunpolis.sodermalm", "/api/v1/situation-pictures/" + id + "/sections/" + area,
				"{\"assessment\":\"Polisens bedömning\",\"trend\":\"UP\",\"version\":0}").status()).isEqualTo(200);
		assertThat(put("kommunpolis.sodermalm", "/api/v1/situation-pictures/" + id + "/sources",
				"{\"sources\":[{\"name\":\"Polisens källa\"}],\"version\":1}").status()).isEqualTo(200);
	}

	@Test
	void refusesThePoliceEditingACityPicture() {
		JsonNode picture = create("samordnare.sodermalm", "CITY");
		String id = picture.get("id").asString();
		String area = picture.get("sections").get(0).get("priorityAreaId").asString();
		assertThat(put("kommunpolis.sodermalm", "/api/v1/situation-pictures/" + id + "/sections/" + area,
				"{\"assessment\":\"Polisens omskrivning\",\"trend\":\"UP\",\"version\":0}").status()).isEqualTo(403);
		assertThat(put("kommunpolis.sodermalm", "/api/v1/situation-pictures/" + id + "/sources",
				"{\"sources\":[],\"version\":0}").status()).isEqualTo(403);
	}

	@Test
	void letsBothPartiesEditAJointPicture() {
		JsonNode picture = create("samordnare.sodermalm", "JOINT");
		String id = picture.get("id").asString();
		String area = picture.get("sections").get(0).get("priorityAreaId").asString();
		assertThat(put("kommunpolis.sodermalm", "/api/v1/situation-pictures/" + id + "/sections/" + area,
				"{\"assessment\":\"Polisen: ökat\",\"trend\":\"UP\",\"version\":0}").status()).isEqualTo(200);
		assertThat(put("samordnare.sodermalm", "/api/v1/situation-pictures/" + id + "/sections/" + area,
				"{\"assessment\":\"Gemensamt: ökat\",\"trend\":\"UP\",\"version\":1}").status()).isEqualTo(200);
	}

	private JsonNode create(String username, String party) {
		var created = api.postAs(username, "/api/v1/situation-pictures",
				"{\"districtId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2026\",\"authorParty\":\"" + party + "\"}");
		assertThat(created.status()).isEqualTo(201);
		return created.body();
	}

	private Api.Response put(String username, String path, String body) {
		return api.send(api.request(path, api.tokenFor(username))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}
}
