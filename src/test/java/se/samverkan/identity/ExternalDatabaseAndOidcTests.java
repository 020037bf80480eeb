package se.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.identity.internal.LocalAccountOidcUserService;
import se.samverkan.platform.database.EmbeddedDatabase;
import se.samverkan.support.Api;

/**
 * Production-like wiring: an external PostgreSQL given by SPRING_DATASOURCE_URL (here a separate
 * PostgreSQL started by the test) and OIDC sign-in pointed at a provider that is not running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"server.shutdown=immediate", "samverkan.oidc.enabled=true", "samverkan.oidc.client-id=samverkan",
		"samverkan.oidc.client-secret=secret", "samverkan.oidc.issuer=http://127.0.0.1:9/realms/stad",
		"samverkan.oidc.authorization-uri=http://127.0.0.1:9/realms/stad/auth",
		"samverkan.oidc.token-uri=http://127.0.0.1:9/realms/stad/token",
		"samverkan.oidc.jwk-set-uri=http://127.0.0.1:9/realms/stad/certs",
		"samverkan.oidc.user-info-uri=http://127.0.0.1:9/realms/stad/userinfo" })
@org.springframework.test.annotation.DirtiesContext
class ExternalDatabaseAndOidcTests {

	private static final EmbeddedDatabase EXTERNAL = SeparateDatabase.start("samverkan-external");

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", EXTERNAL::jdbcUrl);
		registry.add("spring.datasource.username", EXTERNAL::username);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LocalAccountOidcUserService oidcUsers;

	@Autowired
	Accounts accounts;

	@Test
	void usesTheConfiguredDatabaseAndStartsNoEmbeddedOne() {
		assertThat(context.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM org_unit").query(Long.class).single()).isPositive();
	}

	@Test
	void loadsNoDemoAccountsIntoAnExternalDatabase() {
		assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'admin'").query(Long.class).single()).isZero();
		// Nor the demo's joint communication items.
		assertThat(jdbc.sql("SELECT count(*) FROM communication").query(Long.class).single()).isZero();
		assertThat(new Api(port).post("/api/v1/auth/token", "{\"username\":\"admin\",\"password\":\"demo\"}", null)
			.status()).isEqualTo(401);
		assertThat(jdbc.sql("SELECT count(*) FROM demo_record").query(Long.class).single()).as("no demo year").isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM problem").query(Long.class).single()).isZero();
	}

	@Test
	void saysAtStartUpHowToCreateTheFirstAdministrator() {
		var initial = context.getBean(se.samverkan.identity.internal.InitialAdministrator.class);
		assertThat(initial.outcome()).isEqualTo(se.samverkan.identity.internal.InitialAdministrator.Outcome.NO_ADMINISTRATOR);
		assertThat(se.samverkan.identity.internal.InitialAdministrator.HOW_TO).contains("SAMVERKAN_INITIAL_ADMIN_USERNAME",
				"SAMVERKAN_INITIAL_ADMIN_PASSWORD");
	}

	@Test
	void offersOidcSignInWithoutReachingTheProviderAtStartUp() {
		var api = new Api(port);
		assertThat(api.get("/login", null).raw().body()).contains("/oauth2/authorization/oidc");
		var redirect = api.get("/oauth2/authorization/oidc", null);
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.header("Location")).startsWith("http://127.0.0.1:9/realms/stad/auth");
	}

	@Test
	void signsInAnOidcUserAsTheLocalAccountOfTheSameName() {
		UUID party = jdbc.sql("SELECT id FROM party WHERE code = 'POLICE'").query(UUID.class).single();
		UUID unit = jdbc.sql("SELECT id FROM org_unit WHERE code = 'LPO-FARSTA'").query(UUID.class).single();
		var transactions = context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
		transactions.executeWithoutResult(status -> {
			UUID id = accounts.create("kommunpolis.farsta", "Kommunpolis Farsta", party, null);
			accounts.grant(id, Role.LOCAL_COORDINATOR, unit);
		});

		var signedIn = (OidcSignedInUser) oidcUsers.signIn(oidcUser("kommunpolis.farsta"));
		assertThat(signedIn.actor().party()).isEqualTo("POLICE");
		assertThat(signedIn.actor().grants()).extracting(RoleGrant::unitName).containsExactly("Farsta");
		assertThatThrownBy(() -> oidcUsers.signIn(oidcUser("okand.person"))).isInstanceOf(OAuth2AuthenticationException.class);
	}

	@Test
	void matchesAnOidcAccountOnIssuerAndSubjectStoredAtTheFirstSignIn() {
		UUID party = jdbc.sql("SELECT id FROM party WHERE code = 'POLICE'").query(UUID.class).single();
		var transactions = context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
		UUID id = transactions.execute(status -> accounts.create("kommunpolis.nacka", "Kommunpolis Nacka", party, null));
		String subject = UUID.randomUUID().toString();

		var first = (OidcSignedInUser) oidcUsers.signIn(oidcUser(subject, "kommunpolis.nacka"));
		assertThat(first.actor().userId()).isEqualTo(id);
		assertThatThrownBy(() -> oidcUsers.signIn(oidcUser(UUID.randomUUID().toString(), "kommunpolis.nacka")))
			.isInstanceOf(OAuth2AuthenticationException.class);
		var renamed = (OidcSignedInUser) oidcUsers.signIn(oidcUser(subject, "nytt.namn.hos.idp"));
		assertThat(renamed.actor().userId()).isEqualTo(id);
	}

	@Autowired
	se.samverkan.audit.AuditLog audit;

	@Autowired
	se.samverkan.organisation.OrganisationDirectory organisation;

	private LocalAccountOidcUserService justInTime(String mapping) {
		return new LocalAccountOidcUserService(accounts, audit, organisation,
				context.getBean(org.springframework.transaction.support.TransactionTemplate.class),
				new LocalAccountOidcUserService.Settings("preferred_username", true, "POLICE", "groups",
						LocalAccountOidcUserService.Settings.parse(mapping)));
	}

	@Test
	void createsAnAccountJustInTimeWithTheRolesItsGroupsMapTo() {
		var service = justInTime("polis-farsta=LOCAL_COORDINATOR@LPO-FARSTA; polis-lasare=VIEWER");
		String subject = UUID.randomUUID().toString();

		var first = (OidcSignedInUser) service.signIn(oidcUser(subject, "jit.polis", List.of("polis-farsta", "annat")));
		assertThat(first.actor().party()).isEqualTo("POLICE");
		assertThat(first.actor().grants()).extracting(RoleGrant::role, RoleGrant::unitName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Role.LOCAL_COORDINATOR, "Farsta"));
		UUID id = first.actor().userId();
		assertThat(accounts.byId(id).orElseThrow().oidcSubject()).isEqualTo(subject);

		var moved = (OidcSignedInUser) service.signIn(oidcUser(subject, "jit.polis", List.of("polis-lasare")));
		assertThat(moved.actor().userId()).isEqualTo(id);
		assertThat(moved.actor().grants()).extracting(RoleGrant::role).containsExactly(Role.VIEWER);

		long before = jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
		assertThatThrownBy(() -> service.signIn(oidcUser(UUID.randomUUID().toString(), "utan.grupp", List.of("annat"))))
			.isInstanceOf(OAuth2AuthenticationException.class);
		assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void neverTakesOverAnAccountWithAPasswordOrADisabledOne() {
		UUID party = jdbc.sql("SELECT id FROM party WHERE code = 'CITY'").query(UUID.class).single();
		var transactions = context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
		transactions.executeWithoutResult(status -> {
			accounts.create("lokal.konto", "Lokalt konto", party, "{noop}hemligt-losenord");
			UUID disabled = accounts.create("avstangd.oidc", "Avstängd", party, null);
			accounts.setEnabled(disabled, false);
		});
		var service = justInTime("polis-lasare=VIEWER");
		assertThatThrownBy(() -> service.signIn(oidcUser(UUID.randomUUID().toString(), "lokal.konto", List.of("polis-lasare"))))
			.isInstanceOf(OAuth2AuthenticationException.class);
		assertThatThrownBy(() -> oidcUsers.signIn(oidcUser(UUID.randomUUID().toString(), "avstangd.oidc")))
			.isInstanceOf(OAuth2AuthenticationException.class);
	}

	@Test
	void refusesAGroupMappingThatCannotHold() {
		assertThatThrownBy(() -> justInTime("x=LOCAL_COORDINATOR@SOCIALNAMNDEN").checkMapping())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("SOCIALNAMNDEN");
		assertThatThrownBy(() -> justInTime("x=KING").checkMapping()).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> justInTime("x=VIEWER@NO-SUCH-UNIT").checkMapping())
			.isInstanceOf(IllegalStateException.class);
	}

	private static DefaultOidcUser oidcUser(String subject, String username) {
		return oidcUser(subject, username, List.of());
	}

	private static DefaultOidcUser oidcUser(String subject, String username, List<String> groups) {
		var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("iss", "http://127.0.0.1:9/realms/stad", "sub", subject, "preferred_username", username,
						"groups", groups));
		return new DefaultOidcUser(List.of(), token, "preferred_username");
	}

	private static DefaultOidcUser oidcUser(String username) {
		return oidcUser(UUID.randomUUID().toString(), username);
	}
}
