package se.samverkan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkan.support.Api;
import se.samverkan.support.IntegrationTest;

@IntegrationTest
class ErrorHandlingTests {

	@LocalServerPort
	int port;

	private Api api() {
		return new Api(port);
	}

	@Test
	void refusesFreeTextWithAPersonalIdentityNumberNamingTheField() {
		var response = api().postAs("lasare", "/api/v1/test-probe/notes",
				"{\"text\":\"Pojke 19811218-9876 vid torget\",\"proposal\":\"ok\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		var error = response.body().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("text");
		assertThat(error.get("code").asString()).isEqualTo("personal-identity-number");
		assertThat(error.get("message").asString()).contains("personnummer");
	}

	@Test
	void acceptsFreeTextWithNumbersThatAreNotPersonalIdentityNumbers() {
		var response = api().postAs("lasare", "/api/v1/test-probe/notes",
				"{\"text\":\"Ärende KS 2023/740, möte 2023-10-19, tel 08-508 000 00\"}");
		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void listsEveryOffendingField() {
		var response = api().postAs("lasare", "/api/v1/test-probe/notes", "{\"text\":\"\",\"proposal\":\"121212-1212\"}");
		assertThat(response.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		response.body().get("errors").forEach(error -> fields.add(error.get("field").asString() + ":" + error.get("code").asString()));
		assertThat(fields).containsExactlyInAnyOrder("text:required", "proposal:personal-identity-number");
	}

	@Test
	void answersMalformedBodiesWithBadRequest() {
		for (String body : List.of("{", "null", "42", "{\"text\": [1,2]}", "\u0000\u0001", "{\"text\":\"a\",}")) {
			assertThat(api().postAs("lasare", "/api/v1/test-probe/notes", body).status()).as(body).isEqualTo(400);
		}
	}

	@Test
	void refusesTooLargeBodiesWith413() {
		String huge = "{\"text\":\"" + "a".repeat(1_100_000) + "\"}";
		var response = api().postAs("lasare", "/api/v1/test-probe/notes", huge);
		assertThat(response.status()).isEqualTo(413);
	}

	@Test
	void refusesTooLargeChunkedBodiesWith413() {
		byte[] huge = ("{\"text\":\"" + "a".repeat(1_100_000) + "\"}").getBytes();
		var request = api().request("/api/v1/test-probe/notes", api().tokenFor("lasare"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
			.build();
		assertThat(api().send(request).status()).isEqualTo(413);
	}

	@Test
	void answersWrongMethodsAndMediaTypesWithoutServerErrors() {
		var wrongMethod = api().send(api().request("/api/v1/parties", api().tokenFor("lasare"))
			.DELETE()
			.build());
		assertThat(wrongMethod.status()).isEqualTo(405);
		var wrongType = api().send(api().request("/api/v1/test-probe/notes", api().tokenFor("lasare"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("hello"))
			.build());
		assertThat(wrongType.status()).isEqualTo(415);
		assertThat(api().getAs("lasare", "/api/v1/no-such-thing").status()).isEqualTo(404);
	}

	@Test
	void answersAPathTheFirewallRefusesWithAProblem() {
		var response = api().getAs("lasare", "/api/v1/agreements//signatures");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void sendsTheSecurityHeaders() {
		var response = api().get("/login", null);
		assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(api().get("/api/v1/me", null).header("Content-Security-Policy")).contains("frame-ancestors 'none'");
	}

	@Test
	void showsBrowsersAnErrorPageRatherThanJson() {
		var response = api().get("/organisation/units/00000000-0000-0000-0000-000000000000", null);
		assertThat(response.status()).isEqualTo(302);
	}
}
