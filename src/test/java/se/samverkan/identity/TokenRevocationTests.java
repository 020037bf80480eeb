package se.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import se.samverkan.support.ApiTest;

/** Issue 14, point 6 (tokens) and point 8 (no session for an anonymous visitor of the sign-in page). */
class TokenRevocationTests extends ApiTest {

	private String freshToken(String username) {
		return api.post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"demo\"}", null)
			.body()
			.get("token")
			.asString();
	}

	@Test
	void signingOutRevokesThePresentedTokenOnly() {
		String token = freshToken("lasare");
		String other = freshToken("lasare");
		var revoked = api.send(api.request("/api/v1/auth/token", token).DELETE().build());
		assertThat(revoked.status()).isEqualTo(204);
		assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/me", other).status()).isEqualTo(200);
		assertThat(api.send(api.request("/api/v1/auth/token", token).DELETE().build()).status()).isEqualTo(401);
	}

	@Test
	void signingOutWithoutATokenIsUnauthorised() {
		assertThat(api.send(api.request("/api/v1/auth/token", null).DELETE().build()).status()).isEqualTo(401);
		assertThat(api.send(api.request("/api/v1/auth/token", "forged").DELETE().build()).status()).isEqualTo(401);
	}

	@Test
	void anAnonymousLookAtTheSignInPageStoresNoSession() {
		long before = sessions();
		for (int i = 0; i < 3; i++) {
			var page = api.send(HttpRequest.newBuilder(java.net.URI.create(api.base() + "/login")).GET().build());
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.raw().headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
		}
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void aRefusedSignInOnThePageStoresNoSession() {
		long before = sessions();
		var refused = new PageSession(port).submit("/login", "/login",
				java.util.Map.of("username", "ingen.alls", "password", "gissning"));
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.location()).endsWith("/login?error");
		assertThat(sessions()).isEqualTo(before);
	}

	private long sessions() {
		return jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
	}
}
