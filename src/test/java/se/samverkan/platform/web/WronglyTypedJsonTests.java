package se.samverkan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/**
 * A JSON value of the wrong kind (an object where text belongs, text where a number or a date
 * belongs) is refused like any other input error: 400 naming the field by its path, with a code
 * and a message that says what the field takes (issue 11).
 */
class WronglyTypedJsonTests extends ApiTest {

	@AfterEach
	void clean() {
		jdbc.sql("DELETE FROM place WHERE name = 'Typad'").update();
	}

	@Test
	void namesATextFieldThatGotAnObject() {
		JsonNode error = refused("/api/v1/problems", "{\"title\":{\"sv\":\"Otrygghet\"},\"districtId\":\"" + sodermalm() + "\"}");
		assertThat(error.get("field").asString()).isEqualTo("title");
		assertThat(error.get("code").asString()).isEqualTo("type");
		assertThat(error.get("message").asString()).isEqualTo("Ska vara text.");
	}

	@Test
	void namesANestedNumberThatGotText() {
		JsonNode error = refused("/api/v1/places",
				"{\"name\":\"Typad\",\"position\":{\"lat\":\"norr om torget\",\"lon\":18.07}}");
		assertThat(error.get("field").asString()).isEqualTo("position.lat");
		assertThat(error.get("code").asString()).isEqualTo("format");
		assertThat(error.get("message").asString()).isEqualTo("Ska vara ett tal.");
	}

	@Test
	void namesAFieldInsideAListByItsPosition() {
		JsonNode error = refused("/api/v1/agreements", "{\"kind\":\"LOCAL\",\"title\":\"T\",\"districtId\":\"" + sodermalm()
				+ "\",\"focusAreas\":[{\"title\":\"Unga\"},{\"title\":[\"en\",\"lista\"]}]}");
		assertThat(error.get("field").asString()).isEqualTo("focusAreas[1].title");
		assertThat(error.get("code").asString()).isEqualTo("type");
	}

	@Test
	void namesDatesIdsWholeNumbersAndListsThatAreNot() {
		assertThat(refused("/api/v1/agreements", "{\"title\":\"T\",\"validFrom\":\"2026-13-40\"}").get("message").asString())
			.isEqualTo("Ska vara ett datum (ÅÅÅÅ-MM-DD).");
		JsonNode id = refused("/api/v1/problems", "{\"title\":\"T\",\"districtId\":\"Södermalm\"}");
		assertThat(id.get("field").asString()).isEqualTo("districtId");
		assertThat(id.get("message").asString()).isEqualTo("Ska vara ett id (UUID).");
		JsonNode year = refused("/api/v1/action-plans", "{\"scope\":\"LOCAL\",\"year\":\"i år\"}");
		assertThat(year.get("field").asString()).isEqualTo("year");
		assertThat(year.get("message").asString()).isEqualTo("Ska vara ett heltal.");
		JsonNode list = refused("/api/v1/places", "{\"name\":\"Typad\",\"tags\":\"UNSAFE\",\"districtId\":\"" + sodermalm() + "\"}");
		assertThat(list.get("field").asString()).isEqualTo("tags");
		assertThat(list.get("code").asString()).isEqualTo("type");
		JsonNode instant = refused("/api/v1/observations", "{\"occurredAt\":\"igår kväll\",\"districtId\":\"" + sodermalm() + "\"}");
		assertThat(instant.get("field").asString()).isEqualTo("occurredAt");
		assertThat(instant.get("message").asString()).contains("tidpunkt");
	}

	@Test
	void namesANumberTooLargeForItsField() {
		JsonNode error = refused("/api/v1/observations", "{\"districtId\":\"" + sodermalm() + "\",\"severity\":99999999999}");
		assertThat(error.get("field").asString()).isEqualTo("severity");
		assertThat(error.get("code").asString()).isEqualTo("range");
	}

	@Test
	void saysItInEnglishToThoseWhoAsk() {
		var response = api.send(api.request("/api/v1/problems", api.tokenFor("samordnare.sodermalm"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString("{\"title\":[1]}"))
			.build());
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors").get(0).get("message").asString()).isEqualTo("Must be text.");
	}

	@Test
	void stillAnswersABodyThatIsNoJsonAtAllWithoutAField() {
		var response = api.postAs("samordnare.sodermalm", "/api/v1/problems", "{\"title\":");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.body().has("errors")).isFalse();
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/problems", "42").status()).isEqualTo(400);
	}

	private JsonNode refused(String path, String body) {
		Api.Response response = api.postAs("samordnare.sodermalm", path, body);
		assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.body().get("errors")).as(response.raw().body()).hasSize(1);
		return response.body().get("errors").get(0);
	}

	private UUID sodermalm() {
		return fixtures.unit("SODERMALM");
	}
}
