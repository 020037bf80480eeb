package se.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
import se.samverkan.platform.database.EmbeddedDatabaseProperties;
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

	private static final Path DATA = createDataDir();

	private static final EmbeddedDatabase EXTERNAL = EmbeddedDatabase
		.start(new EmbeddedDatabaseProperties(DATA, 0, true));

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", EXTERNAL::jdbcUrl);
		registry.add("spring.datasource.username", EXTERNAL::username);
	}

	static {
		// Stopped when the JVM ends, after this class's context (dirtied below) has closed its pool.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				EXTERNAL.close();
			}
			catch (java.io.IOException ex) {
				// the JVM is ending
			}
		}));
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
		assertThat(new Api(port).post("/api/v1/auth/token", "{\"username\":\"admin\",\"password\":\"demo\"}", null)
			.status()).isEqualTo(401);
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

	private static DefaultOidcUser oidcUser(String subject, String username) {
		var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("iss", "http://127.0.0.1:9/realms/stad", "sub", subject, "preferred_username", username));
		return new DefaultOidcUser(List.of(), token, "preferred_username");
	}

	private static DefaultOidcUser oidcUser(String username) {
		return oidcUser(UUID.randomUUID().toString(), username);
	}

	private static Path createDataDir() {
		try {
			return Files.createTempDirectory("samverkan-external");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
