package se.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samverkan.support.Api;
import se.samverkan.support.IntegrationTest;

@IntegrationTest
class AuthenticationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Api api() {
		return new Api(port);
	}

	@AfterEach
	void forgetFailures() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "beredning.stad", "beredning.polis", "samordnare.sodermalm",
			"kommunpolis.sodermalm", "samordnare.farsta", "styrgrupp.sodermalm", "rapportor.sodermalm",
			"kommunikator.stad", "kommunikator.polis", "lasare" })
	void givesEveryDemoAccountAToken(String username) {
		var response = api().post("/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"demo\"}", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(response.body().get("token").asString()).hasSizeGreaterThan(40);
		assertThat(response.body().get("expiresAt").asString()).isNotBlank();
		var me = api().get("/api/v1/me", response.body().get("token").asString());
		assertThat(me.body().get("username").asString()).isEqualTo(username);
	}

	@Test
	void describesTheCallerWithPartyAndScopedRoles() {
		var me = api().getAs("kommunpolis.sodermalm", "/api/v1/me").body();
		assertThat(me.get("party").asString()).isEqualTo("POLICE");
		assertThat(me.get("roles").get(0).get("role").asString()).isEqualTo("LOCAL_COORDINATOR");
		assertThat(me.get("roles").get(0).get("unitName").asString()).isEqualTo("Södermalm");
		assertThat(me.get("displayName").asString()).isNotBlank();
	}

	@Test
	void refusesAWrongPasswordWithTheSameAnswerAsAnUnknownUser() {
		var wrongPassword = api().post("/api/v1/auth/token", "{\"username\":\"lasare\",\"password\":\"fel\"}", null);
		var unknownUser = api().post("/api/v1/auth/token", "{\"username\":\"ingen.alls\",\"password\":\"fel\"}", null);
		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownUser.status()).isEqualTo(401);
		assertThat(wrongPassword.body().get("detail")).isEqualTo(unknownUser.body().get("detail"));
		assertThat(wrongPassword.body().get("title")).isEqualTo(unknownUser.body().get("title"));
	}

	@Test
	void locksANameAfterRepeatedFailuresWithoutSayingSo() {
		for (int i = 0; i < 5; i++) {
			api().post("/api/v1/auth/token", "{\"username\":\"kommunikator.polis\",\"password\":\"gissning\"}", null);
		}
		var locked = api().post("/api/v1/auth/token", "{\"username\":\"kommunikator.polis\",\"password\":\"demo\"}", null);
		var wrong = api().post("/api/v1/auth/token", "{\"username\":\"ingen.alls\",\"password\":\"fel\"}", null);
		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.body().get("detail")).isEqualTo(wrong.body().get("detail"));
	}

	@Test
	void refusesMissingAndMalformedCredentials() {
		assertThat(api().post("/api/v1/auth/token", "{\"username\":\"lasare\"}", null).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/auth/token", "{not json", null).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/auth/token", "[]", null).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/auth/token", "", null).status()).isEqualTo(400);
	}

	@Test
	void refusesRequestsWithoutOrWithAnInvalidToken() {
		assertThat(api().get("/api/v1/me", null).status()).isEqualTo(401);
		assertThat(api().get("/api/v1/me", "forged").status()).isEqualTo(401);
		var problem = api().get("/api/v1/me", null);
		assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
		assertThat(problem.body().get("status").asInt()).isEqualTo(401);
	}

	@Test
	void refusesAnExpiredToken() {
		String token = api().post("/api/v1/auth/token", "{\"username\":\"lasare\",\"password\":\"demo\"}", null)
			.body()
			.get("token")
			.asString();
		jdbc.sql("UPDATE api_token SET expires_at = now() - interval '1 minute' WHERE issued_at = (SELECT max(issued_at) FROM api_token)")
			.update();
		assertThat(api().get("/api/v1/me", token).status()).isEqualTo(401);
	}

	@Test
	void storesTokensOnlyAsHashes() {
		String token = api().post("/api/v1/auth/token", "{\"username\":\"lasare\",\"password\":\"demo\"}", null)
			.body()
			.get("token")
			.asString();
		long stored = jdbc.sql("SELECT count(*) FROM api_token WHERE encode(token_hash, 'escape') LIKE :token")
			.param("token", "%" + token + "%")
			.query(Long.class)
			.single();
		assertThat(stored).isZero();
	}

	@Test
	void recordsSignInsInTheAuditLog() {
		api().post("/api/v1/auth/token", "{\"username\":\"lasare\",\"password\":\"demo\"}", null);
		long entries = jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = 'lasare' AND action = 'SIGN_IN'")
			.query(Long.class)
			.single();
		assertThat(entries).isPositive();
	}
}
