package se.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.platform.database.EmbeddedDatabase;
import se.samverkan.support.Api;

/**
 * Issue 16: the application started as a city would deploy it, on an empty database of its own with
 * demo data off and the initial administrator's variables set; the administrator signs in, must
 * change the password, and can then give someone else access.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"server.shutdown=immediate", "samverkan.demo-data=false", "samverkan.initial-admin.username=Forvaltare",
		"samverkan.initial-admin.password=" + FirstStartTests.INITIAL })
@org.springframework.test.annotation.DirtiesContext
class FirstStartTests {

	static final String INITIAL = "Forsta-Starten-Losen-31";

	private static final EmbeddedDatabase EMPTY = SeparateDatabase.start("samverkan-first-start");

	@DynamicPropertySource
	static void emptyDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", EMPTY::jdbcUrl);
		registry.add("spring.datasource.username", EMPTY::username);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstAdministratorSignsInChangesThePasswordAndGivesAccess() {
		assertThat(jdbc.sql("SELECT username FROM app_user").query(String.class).list()).containsExactly("forvaltare");
		Api api = new Api(port);

		var first = api.post("/api/v1/auth/token", "{\"username\":\"forvaltare\",\"password\":\"" + INITIAL + "\"}", null);
		assertThat(first.status()).isEqualTo(403);
		assertThat(first.body().get("code").asString()).isEqualTo("password-change-required");
		var changed = api.post("/api/v1/auth/token", "{\"username\":\"forvaltare\",\"password\":\"" + INITIAL
				+ "\",\"newPassword\":\"Forvaltarens-Eget-Losen-1\"}", null);
		assertThat(changed.status()).isEqualTo(200);
		String token = changed.body().get("token").asString();

		var me = api.get("/api/v1/me", token).body();
		assertThat(me.get("party").asString()).isEqualTo("CITY");
		assertThat(me.get("roles").get(0).get("role").asString()).isEqualTo("SYSTEM_ADMIN");
		assertThat(api.post("/api/v1/users", UserAdministrationApiTests.newUser("forsta.samordnaren", "CITY",
				UserAdministrationApiTests.TEMPORARY), token).status()).isEqualTo(201);

		PageSession page = PageSession.signedIn(port, "forvaltare", "Forvaltarens-Eget-Losen-1");
		assertThat(page.get("/admin/users").body()).contains("forsta.samordnaren");
	}
}
