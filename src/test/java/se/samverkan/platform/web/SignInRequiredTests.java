package se.samverkan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/**
 * Every operation of the API but the token endpoint and {@code /api/v1/public/**} answers 401
 * problem details to a caller without a token or with a forged one, before it reads any input. A
 * safety net under the per-endpoint tests, not counted as their denied half (a sweep).
 */
class SignInRequiredTests extends ApiTest {

	static final Map<String, String> OPEN = Map.of("POST /api/v1/auth/token", "where a token is had");

	@Test
	void refusesEveryOperationWithoutAValidToken() {
		Api sweep = api.unrecorded();
		JsonNode paths = sweep.get("/v3/api-docs", null).body().get("paths");
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (var path : paths.properties()) {
			if (path.getKey().startsWith("/api/v1/public/")) {
				continue;
			}
			for (var operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase();
				if (OPEN.containsKey(method + " " + path.getKey())) {
					continue;
				}
				String url = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
				for (String token : new String[] { null, "forged" }) {
					HttpRequest.Builder request = sweep.request(url, token).header("Content-Type", "application/json");
					var response = sweep.send(request.method(method, HttpRequest.BodyPublishers.ofString("{}")).build());
					checked++;
					if (response.status() != 401 || !response.header("Content-Type").startsWith("application/problem+json")) {
						failures.add(method + " " + url + (token == null ? " without a token" : " with a forged token") + " -> "
								+ response.status());
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(100);
		assertThat(failures).isEmpty();
	}

	@Test
	void refusesTheTestProbeWithoutAToken() {
		var refused = api.post("/api/v1/test-probe/notes", "{\"text\":\"Hej\"}", null);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(api.postAs("lasare", "/api/v1/test-probe/notes", "{\"text\":\"Hej\"}").status()).isEqualTo(200);
	}
}
