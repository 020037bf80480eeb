package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samverkan.support.Api;
import se.samverkan.support.IntegrationTest;

@IntegrationTest
class OperationsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Api api() {
		return new Api(port);
	}

	@Test
	void reportsLivenessAndReadiness() {
		assertThat(api().get("/actuator/health/liveness", null).status()).isEqualTo(200);
		assertThat(api().get("/actuator/health/readiness", null).status()).isEqualTo(200);
		assertThat(api().get("/actuator/health", null).body().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void exposesPrometheusMetrics() {
		var response = api().get("/actuator/prometheus", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.raw().body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}

	@Test
	void describesTheApiInOpenApi() {
		var response = api().get("/v3/api-docs", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("paths").has("/api/v1/units")).isTrue();
		assertThat(response.body().get("paths").has("/api/v1/auth/token")).isTrue();
		assertThat(api().get("/swagger-ui/index.html", null).status()).isEqualTo(200);
	}

	@Test
	void letsFlywayOwnEveryTable() {
		var tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
			.query(String.class)
			.list();
		assertThat(tables).contains("spring_session", "spring_session_attributes", "event_publication", "audit_entry",
				"org_unit", "app_user", "flyway_schema_history");
		long migrations = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single();
		assertThat(migrations).isGreaterThanOrEqualTo(4);
	}

	@Test
	void runsOnADurableDatabase() {
		assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
		assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
	}
}
