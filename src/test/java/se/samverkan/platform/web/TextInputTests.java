package se.samverkan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/**
 * Text that cannot be stored (control characters, non-characters) is refused where it comes in,
 * naming the field, and what is stored already never breaks an export (issue 14, point 5); a
 * personal identity number is refused however it is written (point 4).
 */
class TextInputTests extends ApiTest {

	@BeforeEach
	void setUp() {
		fixtures.removeSituationData();
		fixtures.removeTestReferrals();
	}

	@AfterEach
	void tearDown() {
		fixtures.removeSituationData();
		fixtures.removeTestReferrals();
	}

	@Test
	void refusesANonCharacterInASectionNamingTheField() {
		JsonNode picture = picture();
		String path = "/api/v1/situation-pictures/" + picture.get("id").asString() + "/sections/"
				+ picture.get("sections").get(0).get("priorityAreaId").asString();
		var refused = put(path, "{\"assessment\":\"Läget är lugnt\\uFFFE\",\"trend\":\"FLAT\",\"version\":0}");
		assertThat(refused.status()).isEqualTo(400);
		assertError(refused, "assessment", "invalid-character");
		assertThat(refused.body().get("errors").get(0).get("message").asString()).contains("U+FFFE");
		assertThat(put(path, "{\"assessment\":\"Klocka\\u0007\",\"trend\":\"FLAT\",\"version\":0}").status()).isEqualTo(400);
		assertThat(jdbc.sql("SELECT version FROM situation_picture WHERE id = :id")
			.param("id", UUID.fromString(picture.get("id").asString()))
			.query(Integer.class)
			.single()).as("nothing changed").isZero();
		assertThat(put(path, "{\"assessment\":\"Läget är lugnt.\\nRad två\\tmed tabb.\",\"trend\":\"FLAT\",\"version\":0}")
			.status()).isEqualTo(200);
	}

	@Test
	void namesTheFieldDeepInsideTheBodyAndInItsNames() {
		JsonNode picture = picture();
		String path = "/api/v1/situation-pictures/" + picture.get("id").asString() + "/sources";
		var nested = put(path, "{\"sources\":[{\"name\":\"Ok\"},{\"name\":\"Trasig\\u0000\"}],\"version\":0}");
		assertThat(nested.status()).isEqualTo(400);
		assertError(nested, "sources[1].name", "invalid-character");
		var raw = put(path, "{\"sources\":[{\"name\":\"Rå\u0001tecken\"}],\"version\":0}");
		assertThat(raw.status()).as("an unescaped control character, invalid JSON too").isEqualTo(400);
		assertError(raw, "sources[0].name", "invalid-character");
		var surrogate = put(path, "{\"sources\":[{\"name\":\"Halv \\uD800\"}],\"version\":0}");
		assertError(surrogate, "sources[0].name", "invalid-character");
		var name = put(path, "{\"sources\":[],\"version\":0,\"x\\uFFFF\":1}");
		assertThat(name.status()).isEqualTo(400);
	}

	@Test
	void refusesAControlCharacterInAQueryParameterNamingIt() {
		var refused = api.getAs("samordnare.sodermalm", "/api/v1/observations?categoryCode=GRAFFITI%01");
		assertThat(refused.status()).isEqualTo(400);
		assertError(refused, "categoryCode", "invalid-character");
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/observations?categoryCode=%EF%BF%BE").status())
			.isEqualTo(400);
	}

	@Test
	void exportsStoredTextThatXmlCannotCarry() throws Exception {
		JsonNode picture = picture();
		UUID id = UUID.fromString(picture.get("id").asString());
		jdbc.sql("UPDATE situation_picture_section SET assessment = :text WHERE picture_id = :id")
			.param("text", "Ökat\u0001 klotter\u000B vid torget\uFFFE och \uFFFF i parken\uDBFF\uDFFF.")
			.param("id", id)
			.update();
		jdbc.sql("INSERT INTO situation_picture_source (picture_id, ordinal, name, limitations) VALUES (:id, 9, :name, :limits)")
			.param("id", id)
			.param("name", "Källa\u001F")
			.param("limits", "Begränsad\uFDD0")
			.update();
		var pdf = pdf("/api/v1/situation-pictures/" + id + "/export?format=pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (var document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Ökat klotter vid torget och")
				.contains("i parken.")
				.contains("Källa");
		}

		String round = api.postAs("beredning.stad", "/api/v1/referrals", "{\"caseNumber\":\"KS 2026/900\",\"title\":\"Test\","
				+ "\"sentOn\":\"2026-01-01\",\"dueDate\":\"2099-01-01\",\"recipientUnitIds\":[\"" + fixtures.unit("SODERMALM")
				+ "\"]}").body().get("id").asString();
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/referrals/" + round + "/responses",
				"{\"unitId\":\"" + fixtures.unit("SODERMALM") + "\",\"summary\":\"Svar\"}").status()).isEqualTo(201);
		jdbc.sql("UPDATE referral_response SET summary = :text, text = :text WHERE round_id = :id")
			.param("text", "Tillstyrker\u0002 förslaget\uFFFE.")
			.param("id", UUID.fromString(round))
			.update();
		var compilation = pdf("/api/v1/referrals/" + round + "/compilation?format=pdf");
		assertThat(compilation.statusCode()).isEqualTo(200);
		try (var document = Loader.loadPDF(compilation.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Tillstyrker förslaget.");
		}
	}

	@Test
	void refusesPersonalIdentityNumbersHoweverWritten() {
		String sodermalm = fixtures.unit("SODERMALM").toString();
		for (String number : new String[] { "811218\\u20139876", "811218\\u22129876", "811218\\u20119876",
				"811218 9876", "811218\\u00A09876", "8112\\u200B18-9876",
				"\\uFF18\\uFF11\\uFF11\\uFF12\\uFF11\\uFF18\\uFF0D\\uFF19\\uFF18\\uFF17\\uFF16", "1212121212" }) {
			var observation = api.postAs("samordnare.sodermalm", "/api/v1/observations",
					"{\"occurredAt\":\"2026-03-01T10:00:00+01:00\",\"districtId\":\"" + sodermalm
							+ "\",\"categoryCode\":\"LITTERING\",\"severity\":1,\"description\":\"Pojke " + number + "\"}");
			assertThat(observation.status()).as(number).isEqualTo(400);
			assertError(observation, "description", "personal-identity-number");
			var place = api.postAs("samordnare.sodermalm", "/api/v1/places",
					"{\"name\":\"Hos " + number + "\",\"districtId\":\"" + sodermalm + "\"}");
			assertError(place, "name", "personal-identity-number");
		}
		assertThat(jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single()).isZero();
		var phone = api.postAs("samordnare.sodermalm", "/api/v1/observations",
				"{\"occurredAt\":\"2026-03-01T10:00:00+01:00\",\"districtId\":\"" + sodermalm
						+ "\",\"categoryCode\":\"LITTERING\",\"severity\":1,\"description\":\"Ring 070\\u2013123 45 67 om "
						+ "KS 2023/740, 2023\\u201310\\u201319\"}");
		assertThat(phone.status()).isEqualTo(201);
	}

	private JsonNode picture() {
		var created = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2026\",\"authorParty\":\"CITY\"}");
		assertThat(created.status()).isEqualTo(201);
		return created.body();
	}

	private Api.Response put(String path, String body) {
		return api.send(api.request(path, api.tokenFor("samordnare.sodermalm"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<byte[]> pdf(String path) {
		return api.send(api.request(path, api.tokenFor("beredning.stad")).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static void assertError(Api.Response response, String field, String code) {
		assertThat(response.status()).isEqualTo(400);
		JsonNode errors = response.body().get("errors");
		assertThat(errors).as(response.body().toString()).isNotNull();
		boolean found = false;
		for (JsonNode error : errors) {
			found |= error.get("field").asString().equals(field) && error.get("code").asString().equals(code);
		}
		assertThat(found).as("%s:%s in %s", field, code, errors).isTrue();
	}
}
