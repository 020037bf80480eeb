package se.samverkan.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samverkan.support.Api;
import se.samverkan.support.Fixtures;
import se.samverkan.support.IntegrationTest;

/**
 * Issue 9's performance figures over real HTTP: the yearly compilation of 11 districts with 60
 * activities each (and a city-wide plan of 60), followed by its PDF; and the reporting status page
 * of that year. Run with {@code ./mvnw -Pbench verify -Dtest=FollowupBenchmark}; prints the
 * figures, never asserts timing.
 */
@IntegrationTest
class FollowupBenchmark {

	private static final int ACTIVITIES = 60;

	private static final int COMPILATIONS = 5;

	private static final String[] STATUSES = { "PLANNED", "ONGOING", "DONE", "POSTPONED", "CANCELLED" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void clean() {
		jdbc.sql("DELETE FROM annual_compilation").update();
		jdbc.sql("DELETE FROM action_plan").update();
	}

	@Test
	void theCompilationOfElevenDistrictsWithItsPdfAndTheReportingStatusPage() throws Exception {
		Fixtures fixtures = new Fixtures(jdbc);
		List<UUID> districts = jdbc.sql("""
				SELECT id FROM org_unit WHERE type = 'DISTRICT' AND valid_from <= '2026-12-31'
				  AND (valid_to IS NULL OR valid_to >= '2026-12-31') ORDER BY name""").query(UUID.class).list();
		UUID area = fixtures.priorityAreas().get(1);
		for (UUID district : districts) {
			plan(district, area);
		}
		plan(null, area);
		System.out.printf("BENCH data: %d districts x %d activities, plus a city-wide plan of %d%n", districts.size(),
				ACTIVITIES, ACTIVITIES);

		Api api = new Api(port);
		String token = api.tokenFor("beredning.stad");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Api.CONNECT_TIMEOUT).build();
		String base = "http://localhost:" + port;
		long[] compile = new long[COMPILATIONS];
		long[] withPdf = new long[COMPILATIONS];
		for (int run = 0; run < COMPILATIONS; run++) {
			long start = System.nanoTime();
			HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/annual-compilations"))
				.timeout(Api.REQUEST_TIMEOUT)
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"year\":2026}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			long compiled = System.nanoTime();
			if (created.statusCode() != 201) {
				throw new IllegalStateException("compile -> " + created.statusCode() + " " + created.body());
			}
			Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
			id.find();
			HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/annual-compilations/"
					+ id.group(1) + "/export?format=pdf")).timeout(Api.REQUEST_TIMEOUT).header("Authorization", "Bearer " + token).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			long end = System.nanoTime();
			if (pdf.statusCode() != 200) {
				throw new IllegalStateException("pdf -> " + pdf.statusCode());
			}
			compile[run] = compiled - start;
			withPdf[run] = end - start;
			System.out.printf("BENCH compilation run %d: compile %.0f ms, with PDF (%d kB) %.0f ms%n", run + 1,
					compile[run] / 1e6, pdf.body().length / 1024, withPdf[run] / 1e6);
			// The next run compiles the same year again from the same plans.
			jdbc.sql("DELETE FROM annual_compilation").update();
			jdbc.sql("DELETE FROM action_plan WHERE year = 2027").update();
		}
		Arrays.sort(compile);
		Arrays.sort(withPdf);
		System.out.printf("BENCH compilation 11x60 with its PDF: median %.0f ms, max %.0f ms (compile alone median %.0f ms) over %d runs%n",
				withPdf[COMPILATIONS / 2] / 1e6, withPdf[COMPILATIONS - 1] / 1e6, compile[COMPILATIONS / 2] / 1e6, COMPILATIONS);

		HttpClient browser = HttpTimings.signedIn(port, "beredning.stad");
		HttpTimings.report("the reporting status page for 2026 (11 districts)",
				HttpTimings.measure(browser, base + "/reporting-status?year=2026", null));
		HttpTimings.report("GET /api/v1/reporting-status?year=2026",
				HttpTimings.measure(http, base + "/api/v1/reporting-status?year=2026", token));
	}

	private void plan(UUID district, UUID area) {
		UUID plan = UUID.randomUUID();
		jdbc.sql("INSERT INTO action_plan (id, scope, district_id, year, status) VALUES (?, ?, ?, 2026, 'ESTABLISHED')")
			.params(plan, district == null ? "CITY_WIDE" : "LOCAL", district)
			.update();
		UUID unit = district == null ? jdbc.sql("SELECT id FROM org_unit WHERE code = 'STADSLEDNINGSKONTORET'")
			.query(UUID.class).single() : district;
		for (int i = 0; i < ACTIVITIES; i++) {
			UUID activity = UUID.randomUUID();
			String status = STATUSES[i % STATUSES.length];
			jdbc.sql("""
					INSERT INTO activity (id, plan_id, title, what, how, follow_up_method, responsible_party,
					       responsible_unit_id, start_date, end_date, prevention_level, prevention_type, horizon,
					       target_count, done_count, status, signal, ordinal)
					VALUES (?, ?, ?, 'Vad', 'Hur', 'Uppföljning', 'JOINT', ?, '2026-02-01', '2026-11-30', 'UNIVERSAL',
					        'SITUATIONAL', 'SHORT_TERM', 8, ?, ?, 'GREEN', ?)""")
				.params(activity, plan, "Aktivitet " + (i + 1), unit, status.equals("DONE") ? 8 : 3, status, i)
				.update();
			jdbc.sql("INSERT INTO activity_priority_area (activity_id, priority_area_id) VALUES (?, ?)")
				.params(activity, area)
				.update();
		}
	}
}
