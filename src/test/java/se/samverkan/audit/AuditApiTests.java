package se.samverkan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samverkan.support.Api;
import se.samverkan.support.IntegrationTest;

@IntegrationTest
class AuditApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Api api() {
		return new Api(port);
	}

	private UUID unit(String code) {
		return jdbc.sql("SELECT id FROM org_unit WHERE code = :code").param("code", code).query(UUID.class).single();
	}

	@Test
	void showsASodermalmCoordinatorTheHistoryOfSodermalm() {
		var response = api().getAs("samordnare.sodermalm", "/api/v1/audit?entityId=" + unit("SODERMALM"));
		assertThat(response.status()).isEqualTo(200);
		var entry = response.body().get(0);
		assertThat(entry.get("action").asString()).isEqualTo("CREATE");
		assertThat(entry.get("entityType").asString()).isEqualTo("OrganisationalUnit");
		assertThat(entry.get("username").asString()).isEqualTo("system");
		assertThat(entry.get("changes").get("after").get("name").asString()).isEqualTo("Södermalm");
		assertThat(entry.get("at").asString()).isNotBlank();
	}

	@Test
	void refusesAFarstaCoordinatorSodermalmsAudit() {
		assertThat(api().getAs("samordnare.farsta", "/api/v1/audit?entityId=" + unit("SODERMALM")).status()).isEqualTo(403);
		assertThat(api().getAs("samordnare.farsta", "/api/v1/audit?unitId=" + unit("SODERMALM")).status()).isEqualTo(403);
	}

	@Test
	void showsACommunityPoliceOfficerTheDistrictTheirAreaCovers() {
		assertThat(api().getAs("kommunpolis.sodermalm", "/api/v1/audit?entityId=" + unit("SODERMALM")).status())
			.isEqualTo(200);
	}

	@Test
	void limitsAnUnfilteredListToTheCallersScope() {
		var entries = api().getAs("samordnare.farsta", "/api/v1/audit?size=500").body();
		UUID farsta = unit("FARSTA");
		assertThat(entries.size()).isPositive();
		entries.forEach(entry -> assertThat(entry.get("unitId").asString()).isEqualTo(farsta.toString()));
	}

	@Test
	void refusesTheAuditLogToViewersAndReporters() {
		assertThat(api().getAs("lasare", "/api/v1/audit").status()).isEqualTo(403);
		assertThat(api().getAs("rapportor.sodermalm", "/api/v1/audit").status()).isEqualTo(403);
		assertThat(api().get("/api/v1/audit", null).status()).isEqualTo(401);
	}

	@Test
	void showsTheAdministratorEverything() {
		var entries = api().getAs("admin", "/api/v1/audit?size=500").body();
		assertThat(entries.size()).isGreaterThan(50);
	}

	@Test
	void refusesToChangeOrRemoveAnEntryInTheDatabaseItself() {
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET username = 'someone else'").update()).rootCause()
			.hasMessageContaining("append-only: UPDATE refused");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update()).rootCause()
			.hasMessageContaining("append-only: DELETE refused");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update()).rootCause()
			.hasMessageContaining("append-only: TRUNCATE refused");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = 'someone else'").query(Long.class).single())
			.isZero();
	}
}
