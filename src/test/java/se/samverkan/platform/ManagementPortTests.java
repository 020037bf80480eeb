package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.identity.SeparateDatabase;
import se.samverkan.platform.database.EmbeddedDatabase;
import se.samverkan.support.Api;

/**
 * Issue 11, operations: with the production profile the metrics are not on the application's port
 * (anyone on the internet reaches that one) but on the management port; the load balancer's
 * liveness and readiness stay on the application's port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.shutdown=immediate", "management.server.port=0" })
@ActiveProfiles("prod")
@DirtiesContext
class ManagementPortTests {

	private static final EmbeddedDatabase EXTERNAL = SeparateDatabase.start("samverkan-management-port");

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", EXTERNAL::jdbcUrl);
		registry.add("spring.datasource.username", EXTERNAL::username);
	}

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void servesMetricsOnlyOnTheManagementPort() {
		assertThat(managementPort).isNotEqualTo(port);
		var application = new Api(port);
		assertThat(application.get("/actuator/prometheus", null).status()).isEqualTo(404);
		assertThat(application.get("/actuator/health", null).status()).isEqualTo(404);

		var management = new Api(managementPort);
		var metrics = management.get("/actuator/prometheus", null);
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.raw().body()).contains("jvm_memory_used_bytes");
		assertThat(management.get("/actuator/health", null).status()).isEqualTo(200);
	}

	@Test
	void keepsLivenessAndReadinessOnTheApplicationPortForTheLoadBalancer() {
		var application = new Api(port);
		assertThat(application.get("/livez", null).status()).isEqualTo(200);
		assertThat(application.get("/readyz", null).status()).isEqualTo(200);
	}
}
