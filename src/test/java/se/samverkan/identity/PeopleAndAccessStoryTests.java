package se.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.identity.UserAdministrationApiTests.CHOSEN;
import static se.samverkan.identity.UserAdministrationApiTests.TEMPORARY;
import static se.samverkan.identity.UserAdministrationApiTests.newUser;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samverkan.support.ApiTest;

/**
 * The whole story of issue 16 end to end over HTTP: an administrator creates a user and grants a
 * role, the user signs in and must change the temporary password, reaches exactly that scope, and
 * is refused at once, by token and by page, when disabled. Also issue 14, point 6: page sessions
 * re-read roles when they change, and a role change revokes the user's tokens.
 */
class PeopleAndAccessStoryTests extends ApiTest {

	private String username() {
		return "berattelse." + UUID.randomUUID().toString().substring(0, 8);
	}

	private UUID createWithRole(String username, String role, String unitCode) {
		var created = api.postAs("admin", "/api/v1/users", newUser(username, "CITY", TEMPORARY));
		assertThat(created.status()).isEqualTo(201);
		UUID id = UUID.fromString(created.body().get("id").asString());
		if (role != null) {
			assertThat(grant(id, role, unitCode).status()).isEqualTo(201);
		}
		return id;
	}

	private se.samverkan.support.Api.Response grant(UUID id, String role, String unitCode) {
		return api.postAs("admin", "/api/v1/users/" + id + "/roles", "{\"role\":\"" + role + "\",\"unitId\":"
				+ (unitCode == null ? "null" : "\"" + fixtures.unit(unitCode) + "\"") + "}");
	}

	private String token(String username, String password) {
		var response = api.post("/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
		assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
		return response.body().get("token").asString();
	}

	@Test
	void anAdministratorGivesAccessAndTakesItAwayAtOnce() {
		String username = username();
		UUID id = createWithRole(username, "LOCAL_COORDINATOR", "FARSTA");

		var temporary = api.post("/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"" + TEMPORARY + "\"}", null);
		assertThat(temporary.status()).isEqualTo(403);
		assertThat(temporary.body().get("code").asString()).isEqualTo("password-change-required");
		var weak = api.post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + TEMPORARY
				+ "\",\"newPassword\":\"" + TEMPORARY + "\"}", null);
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.body().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
		var changed = api.post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + TEMPORARY
				+ "\",\"newPassword\":\"" + CHOSEN + "\"}", null);
		assertThat(changed.status()).isEqualTo(200);
		String token = changed.body().get("token").asString();
		assertThat(api.post("/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"" + TEMPORARY + "\"}", null).status()).isEqualTo(401);

		var me = api.get("/api/v1/me", token).body();
		assertThat(me.get("roles")).hasSize(1);
		assertThat(me.get("roles").get(0).get("unitName").asString()).isEqualTo("Farsta");
		assertThat(api.get("/api/v1/districts/" + fixtures.unit("FARSTA") + "/overview", token).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/districts/" + fixtures.unit("SODERMALM") + "/overview", token).status())
			.isEqualTo(403);
		assertThat(api.get("/api/v1/users", token).status()).isEqualTo(403);

		PageSession page = PageSession.signedIn(port, username, CHOSEN);
		assertThat(page.get("/audit").status()).isEqualTo(200);
		assertThat(page.get("/admin/users").status()).isEqualTo(403);

		assertThat(api.postAs("admin", "/api/v1/users/" + id + "/disable", "{}").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
		var afterDisable = page.get("/audit");
		assertThat(afterDisable.status()).isEqualTo(302);
		assertThat(afterDisable.location()).endsWith("/login");
		assertThat(api.post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + CHOSEN + "\"}",
				null).status()).isEqualTo(401);
	}

	@Test
	void aPageSessionSignedInWithATemporaryPasswordReachesOnlyThePasswordChange() {
		String username = username();
		createWithRole(username, "VIEWER", null);
		PageSession page = PageSession.signedIn(port, username, TEMPORARY);
		var start = page.get("/");
		assertThat(start.status()).isEqualTo(302);
		assertThat(start.location()).endsWith("/account/password");
		assertThat(page.get("/organisation").location()).endsWith("/account/password");

		var weak = page.submit("/account/password", "/account/password",
				Map.of("currentPassword", TEMPORARY, "newPassword", "kort", "repeatPassword", "kort"));
		assertThat(weak.status()).isEqualTo(200);
		assertThat(weak.body()).contains("minst 12 tecken");
		var changed = page.submit("/account/password", "/account/password",
				Map.of("currentPassword", TEMPORARY, "newPassword", CHOSEN, "repeatPassword", CHOSEN));
		assertThat(changed.status()).isEqualTo(302);
		assertThat(page.get("/").status()).isEqualTo(200);
		assertThat(page.get("/account").body()).contains("Mina API-nycklar");
	}

	@Test
	void aPageSessionReadsRolesAnewWhenTheyChangeAndTokensAreRevoked() {
		String username = username();
		UUID id = createWithRole(username, "VIEWER", null);
		token(username, TEMPORARY.equals(CHOSEN) ? CHOSEN : changePassword(username));
		String token = token(username, CHOSEN);
		PageSession page = PageSession.signedIn(port, username, CHOSEN);
		assertThat(page.get("/audit").status()).isEqualTo(403);

		var granted = grant(id, "LOCAL_COORDINATOR", "FARSTA");
		assertThat(page.get("/audit").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);

		var revoked = api.send(api.request("/api/v1/users/" + id + "/roles/" + granted.body().get("id").asString(),
				api.tokenFor("admin")).DELETE().build());
		assertThat(revoked.status()).isEqualTo(204);
		assertThat(page.get("/audit").status()).isEqualTo(403);
	}

	private String changePassword(String username) {
		assertThat(api.post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + TEMPORARY
				+ "\",\"newPassword\":\"" + CHOSEN + "\"}", null).status()).isEqualTo(200);
		return CHOSEN;
	}
}
