package se.samverkan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import se.samverkan.identity.PageSession;
import se.samverkan.support.Api;

/**
 * Issue 11, a living demo year: the embedded default started on an empty data directory, as a
 * newcomer runs it, holds a year and a half of Södermalm (and a little Farsta) through the same
 * API everyone uses. (An external database gets none of it: ExternalDatabaseAndOidcTests.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "samverkan.embedded-database.ephemeral=true", "server.shutdown=immediate" })
@DirtiesContext
class DemoYearTests {

	@DynamicPropertySource
	static void emptyDataDirectory(DynamicPropertyRegistry registry) throws IOException {
		String directory = Files.createTempDirectory("samverkan-demo-year").toString();
		registry.add("samverkan.embedded-database.data-dir", () -> directory);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewcomerFindsTheDemoYearThroughTheApiAndThePages() {
		Api api = new Api(port);
		UUID sodermalm = jdbc.sql("SELECT id FROM org_unit WHERE code = 'SODERMALM'").query(UUID.class).single();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));

		JsonNode overview = api.getAs("samordnare.sodermalm", "/api/v1/districts/" + sodermalm + "/overview?from="
				+ today.minusMonths(18) + "&to=" + today).body();
		assertThat(overview.get("total").asLong()).isBetween(1900L, 2100L);
		assertThat(overview.get("hotspots")).isNotEmpty();

		JsonNode problems = api.getAs("samordnare.sodermalm", "/api/v1/problems?districtId=" + sodermalm).body();
		assertThat(problems.get("totalItems").asInt()).isGreaterThanOrEqualTo(3);
		for (JsonNode problem : problems.get("items")) {
			assertThat(problem.get("causeCount").asInt()).as(problem.get("title").asString()).isGreaterThanOrEqualTo(3);
		}

		JsonNode plans = api.getAs("samordnare.sodermalm",
				"/api/v1/action-plans?year=" + today.getYear() + "&districtId=" + sodermalm).body();
		JsonNode plan = api.getAs("samordnare.sodermalm",
				"/api/v1/action-plans/" + first(plans).get("id").asString()).body();
		assertThat(plan.get("goals").size()).isGreaterThanOrEqualTo(2);
		for (JsonNode goal : plan.get("goals")) {
			assertThat(goal.get("priorityAreaId").isNull()).as("priority area of " + goal.get("title").asString()).isFalse();
		}
		// The safety goal serves the council's goal 3.6, so the year's compilation has work under it
		assertThat(plan.get("goals").findValues("steeringDocumentGoalIds").stream().filter(ids -> !ids.isEmpty()))
			.hasSize(1);
		assertThat(plan.get("activities").size()).isGreaterThanOrEqualTo(8);
		assertThat(jdbc.sql("SELECT count(DISTINCT status) FROM activity").query(Long.class).single())
			.isGreaterThanOrEqualTo(4);
		assertThat(jdbc.sql("SELECT count(*) FROM progress_update").query(Long.class).single()).isGreaterThanOrEqualTo(8);

		JsonNode pictures = api.getAs("samordnare.sodermalm", "/api/v1/situation-pictures?districtId=" + sodermalm).body();
		assertThat(first(pictures).get("status").asString()).isEqualTo("ESTABLISHED");
		JsonNode agreements = api.getAs("samordnare.sodermalm",
				"/api/v1/agreements?kind=LOCAL&districtId=" + sodermalm).body();
		assertThat(first(agreements).get("status").asString()).isEqualTo("SIGNED");

		assertThat(jdbc.sql("""
				SELECT count(*) FROM observation o JOIN org_unit u ON u.id = o.district_id
				WHERE o.external_id LIKE 'DEMO-SOD-%' AND u.code <> 'SODERMALM'""").query(Long.class).single()).isZero();
		long evening = countWhere("EXTRACT(HOUR FROM occurred_at AT TIME ZONE 'Europe/Stockholm') BETWEEN 18 AND 23");
		long morning = countWhere("EXTRACT(HOUR FROM occurred_at AT TIME ZONE 'Europe/Stockholm') BETWEEN 6 AND 11");
		assertThat(evening).as("evenings busier than mornings").isGreaterThan(2 * morning);
		assertThat(jdbc.sql("SELECT count(*) FROM observation WHERE external_id LIKE 'DEMO-FAR-%'").query(Long.class)
			.single()).isBetween(250L, 350L);
		assertThat(jdbc.sql("SELECT count(*) FROM police_event").query(Long.class).single()).isPositive();

		var start = PageSession.signedIn(port, "samordnare.sodermalm", Api.DEMO_PASSWORD).get("/problems");
		assertThat(start.body()).contains("class=\"demo-banner\"").contains("Otrygghet vid Medborgarplatsen kvällstid");
	}

	private long countWhere(String condition) {
		return jdbc.sql("SELECT count(*) FROM observation WHERE external_id LIKE 'DEMO-SOD-%' AND " + condition)
			.query(Long.class)
			.single();
	}

	private static JsonNode first(JsonNode listing) {
		JsonNode items = listing.has("items") ? listing.get("items") : listing;
		assertThat(items.size()).isPositive();
		return items.get(0);
	}
}
