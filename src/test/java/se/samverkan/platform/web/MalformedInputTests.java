package se.samverkan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
