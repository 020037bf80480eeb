package se.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/** Issue 16: the administration endpoints of API.md "People and access", allowed and denied, and bad input. */
class UserAdministrationApiTests extends ApiTest {

	static final String TEMPORARY = "Tillfalligt-Losen-4711";

	static final String CHOSEN = "Eget-Valt-Losenord-2026";

	private static String unique(String prefix) {
		return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
	}

	static String newUser(String username, String party, String password) {
		return "{\"username\":\"" + username + "\",\"displayName\":\"Test " + username + "\",\"party\":"
				+ (party == null ? "null" : "\"" + party + "\"") + ",\"email\":\"test@example.se\",\"temporaryPassword\":"
				+ (password == null ? "null" : "\"" + password + "\"") + "}";
	}

	private UUID create(String username, String party) {
		var created = api.postAs("admin", "/api/v1/users", newUser(username, party, TEMPORARY));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return UUID.fromString(created.body().get("id").asString());
	}

	private String grant(UUID user, String role, String unitCode) {
		return "{\"role\":\"" + role + "\",\"unitId\":" + (unitCode == null ? "null" : "\"" + fixtures.unit(unitCode) + "\"")
				+ "}";
	}

	private long users() {
		return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
	}

	private long grants(UUID user) {
		return jdbc.sql("SELECT count(*) FROM role_grant WHERE user_id = :id").param("id", user).query(Long.class).single();
	}

	// ---- allowed and denied, endpoint by endpoint

	@Test
	void anAdministratorCreatesAUserAndALocalCoordinatorCannot() {
		String username = unique("ny.person");
		var created = api.postAs("admin", "/api/v1/users", newUser(username, "CITY", TEMPORARY));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).endsWith("/api/v1/users/" + created.body().get("id").asString());
		assertThat(created.body().get("active").asBoolean()).isTrue();
		assertThat(created.body().get("passwordChangeRequired").asBoolean()).isTrue();
		assertThat(created.body().get("party").asString()).isEqualTo("CITY");

		long before = users();
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/users", newUser(unique("x"), "CITY", TEMPORARY)).status())
			.isEqualTo(403);
		assertThat(api.postAs("lasare", "/api/v1/users", newUser(unique("x"), "CITY", TEMPORARY)).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/users", newUser(unique("x"), "CITY", TEMPORARY), null).status()).isEqualTo(401);
		assertThat(users()).isEqualTo(before);
	}

	@Test
	void aCentralCoordinatorAdministersOnlyTheirOwnPartysUsers() {
		var police = api.postAs("beredning.polis", "/api/v1/users", newUser(unique("polis"), "POLICE", TEMPORARY));
		assertThat(police.status()).isEqualTo(201);
		UUID id = UUID.fromString(police.body().get("id").asString());
		assertThat(api.postAs("beredning.polis", "/api/v1/users/" + id + "/roles", grant(id, "LOCAL_COORDINATOR", "LPO-FARSTA"))
			.status()).isEqualTo(201);

		assertThat(api.postAs("beredning.polis", "/api/v1/users", newUser(unique("stad"), "CITY", TEMPORARY)).status())
			.isEqualTo(403);
		assertThat(api.getAs("beredning.stad", "/api/v1/users/" + id).status()).isEqualTo(403);
		assertThat(api.postAs("beredning.polis", "/api/v1/users/" + id + "/roles", grant(id, "SYSTEM_ADMIN", null)).status())
			.isEqualTo(403);
		assertThat(api.postAs("beredning.polis", "/api/v1/users/" + id + "/roles",
				grant(id, "CENTRAL_COORDINATOR", "POLISREGION-STOCKHOLM")).status()).isEqualTo(403);
		UUID admin = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(UUID.class).single();
		assertThat(api.postAs("beredning.stad", "/api/v1/users/" + admin + "/disable", "{}").status()).isEqualTo(403);
		assertThat(grants(id)).isEqualTo(1);
	}

	@Test
	void listsUsersWithSearchAndFilters() {
		String username = unique("sokbar");
		UUID id = create(username, "POLICE");
		api.postAs("admin", "/api/v1/users/" + id + "/roles", grant(id, "REPORTER", "LPO-SODERMALM"));

		var found = api.getAs("admin", "/api/v1/users?q=" + username + "&party=POLICE&role=REPORTER&unitId="
				+ fixtures.unit("LPO-SODERMALM") + "&active=true");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body().get("totalItems").asInt()).isEqualTo(1);
		assertThat(found.body().get("items").get(0).get("username").asString()).isEqualTo(username);
		assertThat(api.getAs("admin", "/api/v1/users?q=" + username + "&party=CITY").body().get("totalItems").asInt())
			.isZero();
		assertThat(api.getAs("admin", "/api/v1/users?q=" + username + "&active=false").body().get("totalItems").asInt())
			.isZero();
		var cityOnly = api.getAs("beredning.stad", "/api/v1/users?size=500");
		assertThat(cityOnly.body().get("items").valueStream().map(item -> item.get("party").asString()))
			.isNotEmpty()
			.allMatch("CITY"::equals);
		assertThat(cityOnly.body().get("items").valueStream().map(item -> item.get("username").asString()))
			.doesNotContain("admin", "beredning.stad");
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/users").status()).isEqualTo(403);
		assertThat(api.getAs("admin", "/api/v1/users?party=NEJ").status()).isEqualTo(400);
	}

	@Test
	void showsOneUserWithRolesAndRefusesOthers() {
		UUID id = create(unique("visad"), "CITY");
		api.postAs("admin", "/api/v1/users/" + id + "/roles", grant(id, "VIEWER", "FARSTA"));
		var user = api.getAs("admin", "/api/v1/users/" + id);
		assertThat(user.status()).isEqualTo(200);
		assertThat(user.body().get("roles").get(0).get("role").asString()).isEqualTo("VIEWER");
		assertThat(user.body().get("roles").get(0).get("unitId").asString()).isEqualTo(fixtures.unit("FARSTA").toString());
		assertThat(user.body().get("roles").get(0).get("id").asString()).isNotBlank();
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/users/" + id).status()).isEqualTo(403);
		assertThat(api.getAs("admin", "/api/v1/users/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void changesNameAndEmailWithTheVersionRead() {
		UUID id = create(unique("andrad"), "CITY");
		int version = api.getAs("admin", "/api/v1/users/" + id).body().get("version").asInt();
		var changed = api.send(api.request("/api/v1/users/" + id, api.tokenFor("admin"))
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers
				.ofString("{\"displayName\":\"Nytt Namn\",\"email\":\"ny@example.se\",\"version\":" + version + "}"))
			.build());
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().get("displayName").asString()).isEqualTo("Nytt Namn");
		var stale = api.send(api.request("/api/v1/users/" + id, api.tokenFor("admin"))
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers
				.ofString("{\"displayName\":\"Annat\",\"email\":null,\"version\":" + version + "}"))
			.build());
		assertThat(stale.status()).isEqualTo(409);
		var denied = api.send(api.request("/api/v1/users/" + id, api.tokenFor("samordnare.sodermalm"))
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"displayName\":\"X\",\"version\":1}"))
			.build());
		assertThat(denied.status()).isEqualTo(403);
		assertThat(api.getAs("admin", "/api/v1/users/" + id).body().get("displayName").asString()).isEqualTo("Nytt Namn");
	}

	@Test
	void grantsAndRevokesRolesAndALocalCoordinatorCannot() {
		UUID id = create(unique("roll"), "CITY");
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/users/" + id + "/roles", grant(id, "VIEWER", "SODERMALM"))
			.status()).isEqualTo(403);
		var granted = api.postAs("admin", "/api/v1/users/" + id + "/roles", grant(id, "STEERING_MEMBER", "SODERMALM"));
		assertThat(granted.status()).isEqualTo(201);
		assertThat(granted.body().get("role").asString()).isEqualTo("STEERING_MEMBER");
		String grantId = granted.body().get("id").asString();

		var deniedRevoke = api.send(api.request("/api/v1/users/" + id + "/roles/" + grantId,
				api.tokenFor("samordnare.sodermalm")).DELETE().build());
		assertThat(deniedRevoke.status()).isEqualTo(403);
		var revoked = api.send(api.request("/api/v1/users/" + id + "/roles/" + grantId, api.tokenFor("admin")).DELETE().build());
		assertThat(revoked.status()).isEqualTo(204);
		assertThat(grants(id)).isZero();
		assertThat(api.send(api.request("/api/v1/users/" + id + "/roles/" + grantId, api.tokenFor("admin")).DELETE().build())
			.status()).isEqualTo(404);
	}

	@Test
	void disablesAndEnablesAndALocalCoordinatorCannot() {
		UUID id = create(unique("avstangd"), "CITY");
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/users/" + id + "/disable", "{}").status()).isEqualTo(403);
		var disabled = api.postAs("admin", "/api/v1/users/" + id + "/disable", "{}");
		assertThat(disabled.status()).isEqualTo(200);
		assertThat(disabled.body().get("active").asBoolean()).isFalse();
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/users/" + id + "/enable", "{}").status()).isEqualTo(403);
		assertThat(api.postAs("admin", "/api/v1/users/" + id + "/enable", "{}").body().get("active").asBoolean()).isTrue();
		long audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = :id AND action IN ('DISABLE', 'ENABLE')")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(audited).isEqualTo(2);
		assertThat(jdbc.sql("SELECT changes->'after'->>'active' FROM audit_entry WHERE entity_id = :id AND action = 'DISABLE'")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("false");
	}

	@Test
	void resetsAPasswordToATemporaryOneAndALocalCoordinatorCannot() {
		String username = unique("aterstalld");
		UUID id = create(username, "CITY");
		String token = api.post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + TEMPORARY
				+ "\",\"newPassword\":\"" + CHOSEN + "\"}", null).body().get("token").asString();
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/users/" + id + "/password-reset",
				"{\"temporaryPassword\":\"Ett-Nytt-Tillfalligt-1\"}").status()).isEqualTo(403);
		assertThat(api.postAs("admin", "/api/v1/users/" + id + "/password-reset", "{\"temporaryPassword\":\"kort\"}")
			.status()).isEqualTo(400);
		assertThat(api.postAs("admin", "/api/v1/users/" + id + "/password-reset",
				"{\"temporaryPassword\":\"Ett-Nytt-Tillfalligt-1\"}").status()).isEqualTo(204);

		assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
		var signIn = api.post("/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"Ett-Nytt-Tillfalligt-1\"}", null);
		assertThat(signIn.status()).isEqualTo(403);
		assertThat(signIn.body().get("code").asString()).isEqualTo("password-change-required");
	}

	// ---- one's own account

	@Test
	void aUserChangesTheirOwnPasswordWithTheCurrentOne() {
		String username = unique("egen");
		create(username, "CITY");
		String token = api.post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + TEMPORARY
				+ "\",\"newPassword\":\"" + CHOSEN + "\"}", null).body().get("token").asString();
		String other = api.post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + CHOSEN + "\"}",
				null).body().get("token").asString();

		var wrong = put("/api/v1/me/password", token, "{\"currentPassword\":\"fel\",\"newPassword\":\"Ett-Tredje-Losen-99\"}");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
		var weak = put("/api/v1/me/password", token, "{\"currentPassword\":\"" + CHOSEN + "\",\"newPassword\":\"password1234\"}");
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.body().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
		assertThat(weak.body().get("errors").get(0).get("code").asString()).isEqualTo("common-password");

		assertThat(put("/api/v1/me/password", token,
				"{\"currentPassword\":\"" + CHOSEN + "\",\"newPassword\":\"Ett-Tredje-Losen-99\"}").status()).isEqualTo(204);
		assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/me", other).status()).isEqualTo(401);
		assertThat(api.post("/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"Ett-Tredje-Losen-99\"}", null).status()).isEqualTo(200);
		assertThat(put("/api/v1/me/password", null, "{\"currentPassword\":\"x\",\"newPassword\":\"y\"}").status())
			.isEqualTo(401);
	}

	@Test
	void aUserSeesAndRevokesTheirOwnTokensButNotSomeoneElses() {
		String mine = api.post("/api/v1/auth/token", "{\"username\":\"styrgrupp.sodermalm\",\"password\":\"demo\"}", null)
			.body()
			.get("token")
			.asString();
		String spare = api.post("/api/v1/auth/token", "{\"username\":\"styrgrupp.sodermalm\",\"password\":\"demo\"}", null)
			.body()
			.get("token")
			.asString();
		var tokens = api.get("/api/v1/me/tokens", mine);
		assertThat(tokens.status()).isEqualTo(200);
		assertThat(tokens.body().valueStream().filter(token -> token.get("current").asBoolean()).count()).isEqualTo(1);
		String spareId = api.get("/api/v1/me/tokens", spare)
			.body()
			.valueStream()
			.filter(token -> token.get("current").asBoolean())
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();

		assertThat(api.send(api.request("/api/v1/me/tokens/" + spareId, api.tokenFor("lasare")).DELETE().build()).status())
			.isEqualTo(404);
		assertThat(api.send(api.request("/api/v1/me/tokens/" + spareId, null).DELETE().build()).status()).isEqualTo(401);
		assertThat(api.send(api.request("/api/v1/me/tokens/" + spareId, "forged-" + spare).DELETE().build()).status())
			.isEqualTo(401);
		assertThat(api.get("/api/v1/me", spare).status()).as("the refused revocations left the token working").isEqualTo(200);
		assertThat(api.send(api.request("/api/v1/me/tokens/" + spareId, mine).DELETE().build()).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/me", spare).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/me", mine).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/me/tokens", null).status()).isEqualTo(401);
	}

	// ---- bad input: a clear 400 or 409 naming the field, nothing changed

	@Test
	void refusesADuplicateUsernameWhateverItsCase() {
		String username = unique("dubblett");
		create(username, "CITY");
		long before = users();
		var duplicate = api.postAs("admin", "/api/v1/users", newUser(" " + username.toUpperCase() + " ", "CITY", TEMPORARY));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.body().get("errors").get(0).get("field").asString()).isEqualTo("username");
		assertThat(users()).isEqualTo(before);
	}

	@Test
	void refusesAWeakTemporaryPasswordNamingTheField() {
		long before = users();
		String username = unique("svag");
		for (String weak : new String[] { "kort", "password123456", "qwerty123456!", username }) {
			var refused = api.postAs("admin", "/api/v1/users", newUser(username, "CITY", weak));
			assertThat(refused.status()).as(weak).isEqualTo(400);
			assertThat(refused.body().get("errors").valueStream().map(error -> error.get("field").asString()))
				.as(weak)
				.containsOnly("temporaryPassword");
		}
		assertThat(users()).isEqualTo(before);
	}

	@Test
	void refusesMissingOrUnknownFieldsOfANewUser() {
		long before = users();
		var refused = api.postAs("admin", "/api/v1/users",
				"{\"username\":\"Ä\",\"displayName\":\"\",\"party\":\"REGION\",\"email\":\"inte-en-adress\"}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").valueStream().map(error -> error.get("field").asString()))
			.contains("username", "displayName", "party", "email");
		var both = api.postAs("admin", "/api/v1/users", "{\"username\":\"bada.delar\",\"displayName\":\"X\",\"party\":\"CITY\","
				+ "\"partnerId\":\"" + UUID.randomUUID() + "\"}");
		assertThat(both.status()).isEqualTo(400);
		var unknownPartner = api.postAs("admin", "/api/v1/users",
				"{\"username\":\"okand.partner\",\"displayName\":\"X\",\"partnerId\":\"" + UUID.randomUUID() + "\"}");
		assertThat(unknownPartner.body().get("errors").get(0).get("field").asString()).isEqualTo("partnerId");
		assertThat(users()).isEqualTo(before);
	}

	@Test
	void refusesAnUnknownRoleOrUnitAndARoleAtAUnitOfTheWrongKind() {
		UUID id = create(unique("fel.roll"), "CITY");
		assertField(api.postAs("admin", "/api/v1/users/" + id + "/roles", "{\"role\":\"KING\",\"unitId\":null}"), 400, "role");
		assertField(api.postAs("admin", "/api/v1/users/" + id + "/roles",
				"{\"role\":\"VIEWER\",\"unitId\":\"" + UUID.randomUUID() + "\"}"), 400, "unitId");
		assertField(api.postAs("admin", "/api/v1/users/" + id + "/roles", grant(id, "LOCAL_COORDINATOR", "SOCIALNAMNDEN")),
				400, "unitId");
		assertField(api.postAs("admin", "/api/v1/users/" + id + "/roles", grant(id, "LOCAL_COORDINATOR", null)), 400,
				"unitId");
		assertField(api.postAs("admin", "/api/v1/users/" + id + "/roles", grant(id, "LOCAL_COORDINATOR", "LPO-FARSTA")),
				400, "unitId");
		assertField(api.postAs("admin", "/api/v1/users/" + id + "/roles", grant(id, "SYSTEM_ADMIN", "FARSTA")), 400,
				"unitId");
		assertThat(grants(id)).isZero();
		assertThat(api.postAs("admin", "/api/v1/users/" + id + "/roles", grant(id, "VIEWER", "FARSTA")).status())
			.isEqualTo(201);
		assertField(api.postAs("admin", "/api/v1/users/" + id + "/roles", grant(id, "VIEWER", "FARSTA")), 409, "role");
		assertThat(grants(id)).isEqualTo(1);
	}

	@Test
	void refusesDisablingOrDemotingTheLastAdministrator() {
		UUID admin = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(UUID.class).single();
		assertThat(jdbc.sql("""
				SELECT count(DISTINCT a.id) FROM app_user a JOIN role_grant g ON g.user_id = a.id
				WHERE a.enabled AND g.role = 'SYSTEM_ADMIN'""").query(Long.class).single()).isEqualTo(1);
		long entries = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();

		assertField(api.postAs("admin", "/api/v1/users/" + admin + "/disable", "{}"), 409, "active");
		String grantId = api.getAs("admin", "/api/v1/users/" + admin).body().get("roles").get(0).get("id").asString();
		var demoted = api.send(api.request("/api/v1/users/" + admin + "/roles/" + grantId, api.tokenFor("admin")).DELETE().build());
		assertField(demoted, 409, "roles");

		assertThat(api.getAs("admin", "/api/v1/users/" + admin).body().get("active").asBoolean()).isTrue();
		assertThat(api.getAs("admin", "/api/v1/me").body().get("roles").get(0).get("role").asString())
			.isEqualTo("SYSTEM_ADMIN");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single()).isEqualTo(entries);
	}

	// ---- partner organisations

	@Test
	void aPartnerOrganisationsReporterReportsInTheirDistrictOnly() {
		var partner = partners.register("Bostadsbolaget " + UUID.randomUUID().toString().substring(0, 6),
				se.samverkan.organisation.PartnerKind.HOUSING_COMPANY);
		String username = unique("partner");
		var created = api.postAs("admin", "/api/v1/users", "{\"username\":\"" + username
				+ "\",\"displayName\":\"Fastighetsvärd\",\"party\":null,\"partnerId\":\"" + partner.id()
				+ "\",\"temporaryPassword\":\"" + TEMPORARY + "\"}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().get("party").isNull()).isTrue();
		assertThat(created.body().get("partnerName").asString()).isEqualTo(partner.name());
		UUID id = UUID.fromString(created.body().get("id").asString());
		assertField(api.postAs("admin", "/api/v1/users/" + id + "/roles", grant(id, "VIEWER", "SODERMALM")), 400, "role");
		assertField(api.postAs("admin", "/api/v1/users/" + id + "/roles", grant(id, "REPORTER", "LPO-SODERMALM")), 400,
				"unitId");
		assertThat(api.postAs("admin", "/api/v1/users/" + id + "/roles", grant(id, "REPORTER", "SODERMALM")).status())
			.isEqualTo(201);
		assertThat(api.postAs("beredning.stad", "/api/v1/users/" + id + "/disable", "{}").status()).isEqualTo(403);

		String token = api.post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + TEMPORARY
				+ "\",\"newPassword\":\"" + CHOSEN + "\"}", null).body().get("token").asString();
		assertThat(api.get("/api/v1/me", token).body().get("party").isNull()).isTrue();
		String observation = "{\"occurredAt\":\"2026-11-01T21:30:00+01:00\",%s,\"categoryCode\":\"GRAFFITI\","
				+ "\"severity\":2,\"description\":\"Klotter i trapphuset\"}";
		assertThat(api.post("/api/v1/observations",
				observation.formatted("\"position\":{\"lat\":59.3146,\"lon\":18.0714}"), token).status()).isEqualTo(201);
		assertThat(api.post("/api/v1/observations",
				observation.formatted("\"districtId\":\"" + fixtures.unit("FARSTA") + "\""), token).status()).isEqualTo(403);
	}

	@org.springframework.beans.factory.annotation.Autowired
	se.samverkan.organisation.PartnerRegister partners;

	private Api.Response put(String path, String token, String json) {
		return api.send(api.request(path, token)
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	private static void assertField(Api.Response response, int status, String field) {
		assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
		assertThat(response.body().get("errors").valueStream().map(error -> error.get("field").asString()))
			.as(response.raw().body())
			.contains(field);
	}
}
