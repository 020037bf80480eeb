package se.samverkan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.ApiTest;

/**
 * No client input gives a server error: every operation of the OpenAPI description, with path
 * ids that exist nowhere or are not ids, every query parameter set to nonsense, and bodies that
 * are empty, broken, of the wrong shape or with wrongly typed fields.
 */
class MalformedInputTests extends ApiTest {

	static final List<String> BODIES = List.of("", "{", "[]", "null", "42", "\"text\"", "{\"unknown\":true}",
			"{\"title\":5,\"version\":\"x\",\"districtId\":\"nope\",\"validFrom\":\"2025-13-40\",\"position\":{\"lat\":\"x\"},"
					+ "\"severity\":99999999999,\"focusAreas\":[null],\"recipientUnitIds\":[\"x\"],\"sources\":[{}]}",
			"{\"text\":null,\"notAddressed\":[{}],\"focusAreas\":[{}],\"period\":\"\",\"authorParty\":\"X\",\"year\":-1}",
			"{\"title\":\"t\",\"name\":\"n\",\"caseNumber\":\"c\",\"dueDate\":\"2030-01-01\",\"validFrom\":\"2026-01-01\","
					+ "\"period\":\"2026\",\"authorParty\":\"JOINT\",\"version\":0,\"focusAreas\":[null],\"notAddressed\":[null],"
					+ "\"partyUnitIds\":[null],\"recipientUnitIds\":[null],\"documents\":[null],\"sources\":[null],\"basedOn\":[null],"
					+ "\"tags\":[null],\"priorityAreaIds\":[null],\"causeIds\":[null],\"goalIds\":[null],\"placeIds\":[null],"
					+ "\"evidence\":[null],\"policeEventTypes\":[null],\"position\":{\"lat\":59.31}}",
			"{\"title\":\"t\",\"targetValue\":1e999999,\"baselineValue\":-1e999999,\"targetDate\":\"+999999999-12-31\","
					+ "\"occurredAt\":\"-5000-01-01T00:00:00Z\",\"validFrom\":\"+999999999-01-01\",\"startDate\":\"0001-01-01\","
					+ "\"endDate\":\"9999-12-31\",\"year\":2147483647,\"severity\":2147483647,\"targetCount\":-2147483648}");

	/** A sweep's answers say nothing about who may do what: not counted by the allowed/denied guard. */
	@BeforeEach
	void notCountedByTheGuard() {
		api = api.unrecorded();
	}

	@Test
	void answersEveryOperationWithoutAServerError() {
		JsonNode paths = api.get("/v3/api-docs", null).body().get("paths");
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (var path : paths.properties()) {
			for (var operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase();
				for (String id : List.of(UUID.randomUUID().toString(), "not-an-id")) {
					String url = path.getKey().replaceAll("\\{[^}]+}", id) + nonsenseQuery(operation.getValue());
					for (String username : List.of("admin", "samordnare.sodermalm")) {
						for (String body : method.equals("GET") ? List.of("") : BODIES) {
							int status = send(method, url, body, username);
							requests++;
							if (status >= 500) {
								failures.add(method + " " + url + " as " + username + " with " + body + " -> " + status);
							}
						}
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(300);
		assertThat(failures).isEmpty();
	}

	/**
	 * Text no field may hold, in every common text field, in property names, unescaped, and
	 * personal identity numbers written with every kind of dash, space, invisible character and
	 * full-width digit (issue 14, points 4 and 5).
	 */
	static final List<String> UNICODE_BODIES = List.of(
			"{\"title\":\"a\\u0001\",\"name\":\"\\uFFFE\",\"text\":\"x\\u0000\",\"description\":\"\\uFFFF\","
					+ "\"summary\":\"\\uD800\",\"assessment\":\"\\u001B[31m\",\"caseNumber\":\"\\uFDD0\",\"reason\":\"\\u000B\","
					+ "\"sources\":[{\"name\":\"\\u0007\"}],\"focusAreas\":[{\"title\":\"\\u0002\"}],\"version\":0}",
			"{\"title\":\"r\u0001\u001F\",\"name\":\"\u0008\"}",
			"{\"\\uFFFE\":1,\"title\\u0000\":\"x\"}",
			"{\"title\":\"811218\\u20139876\",\"name\":\"811218\\u22129876\",\"text\":\"811218\\u20119876\","
					+ "\"description\":\"811218 9876\",\"summary\":\"811218\\u00A09876\",\"assessment\":\"8112\\u200B18-9876\","
					+ "\"caseNumber\":\"1212121212\",\"reason\":\"\\uFF18\\uFF11\\uFF11\\uFF12\\uFF11\\uFF18\\uFF0D\\uFF19\\uFF18\\uFF17\\uFF16\","
					+ "\"period\":\"2026\",\"authorParty\":\"CITY\",\"severity\":1,\"categoryCode\":\"LITTERING\","
					+ "\"occurredAt\":\"2026-01-01T10:00:00+01:00\",\"sources\":[{\"name\":\"811218 - 9876\"}],\"version\":0}");

	static final List<String> UNICODE_QUERY_VALUES = List.of("%01", "%EF%BF%BE", "811218%E2%80%939876",
			"%EF%BC%98%EF%BC%91%EF%BC%91%EF%BC%92%EF%BC%91%EF%BC%98-9876", "%ED%A0%80");

	@Test
	void answersEveryOperationWithoutAServerErrorWhateverTheCharacters() {
		JsonNode paths = api.get("/v3/api-docs", null).body().get("paths");
		List<String> failures = new ArrayList<>();
		int requests = 0;
		try {
			for (var path : paths.properties()) {
				for (var operation : path.getValue().properties()) {
					String method = operation.getKey().toUpperCase();
					for (String id : List.of(UUID.randomUUID().toString(), "%EF%BF%BE")) {
						boolean withQuery = !query(operation.getValue(), "").isEmpty();
						for (String value : withQuery ? UNICODE_QUERY_VALUES : List.of("")) {
							String url = path.getKey().replaceAll("\\{[^}]+}", id) + query(operation.getValue(), value);
							for (String body : method.equals("GET") ? List.of("") : UNICODE_BODIES) {
								for (String username : List.of("admin", "samordnare.sodermalm")) {
									int status = send(method, url, body, username);
									requests++;
									if (status >= 500) {
										failures.add(method + " " + url + " as " + username + " with " + body + " -> " + status);
									}
								}
							}
						}
					}
				}
			}
		}
		finally {
			fixtures.removeSituationData();
			fixtures.removeLocalAgreements();
			fixtures.removeTestReferrals();
		}
		assertThat(requests).isGreaterThan(500);
		assertThat(failures).isEmpty();
	}

	private static String query(JsonNode operation, String value) {
		List<String> parts = new ArrayList<>();
		for (JsonNode parameter : operation.path("parameters")) {
			if (parameter.path("in").asString().equals("query")) {
				parts.add(parameter.path("name").asString() + "=" + value);
			}
		}
		return parts.isEmpty() ? "" : "?" + String.join("&", parts);
	}

	/** Signing out revokes the token presented: that operation gets a token of its own, not the shared one. */
	private String tokenFor(String method, String url, String username) {
		if (method.equals("DELETE") && url.startsWith("/api/v1/auth/token")) {
			return api.post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"demo\"}", null)
				.body()
				.get("token")
				.asString();
		}
		return api.tokenFor(username);
	}

	private String nonsenseQuery(JsonNode operation) {
		List<String> parts = new ArrayList<>();
		for (JsonNode parameter : operation.path("parameters")) {
			if (parameter.path("in").asString().equals("query")) {
				parts.add(parameter.path("name").asString() + "=" + URLEncoder.encode("x'\"<>;%00", StandardCharsets.UTF_8));
			}
		}
		return parts.isEmpty() ? "" : "?" + String.join("&", parts);
	}

	private int send(String method, String url, String body, String username) {
		HttpRequest.Builder request = api.request(url, tokenFor(method, url, username))
			.header("Content-Type", "application/json");
		HttpRequest.BodyPublisher publisher = body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body);
		return api.send(request.method(method, publisher).build()).status();
	}
}
