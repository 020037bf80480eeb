package se.samverkan.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import se.samverkan.organisation.DistrictLocator;
import se.samverkan.support.Api;
import se.samverkan.support.IntegrationTest;

/**
 * Issue 12's figures: the city-wide overview over five years (2021-2025) at 1,000,000 and at
 * 10,000,000 observations, over HTTP, against the plain SQL aggregate of the same figures over the
 * raw rows in the same run; and the district overview over one year against its plain SQL
 * aggregate. Observations are generated in SQL inside the real boundaries ({@link BenchObservations}),
 * then the aggregates are rebuilt; both times are printed with the data size. Run with
 * {@code ./mvnw -Pbench verify -Dtest=CityOverviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * {@code -Dbench.millions=1} stops after the first million. Prints BENCH lines, asserts nothing
 * about time.
 */
@IntegrationTest
class CityOverviewBenchmark {

	static final int RUNS = 200;

	static final int PLAIN_RUNS_PER_MILLION = 30;

	static final String FIVE_YEARS = "from=2021-01-01&to=2025-12-31";

	/** The city overview's figures in one plain GROUPING SETS query over the raw rows of the period. */
	static final String PLAIN_CITY = """
			SELECT GROUPING(district_id), GROUPING(category_code), GROUPING(priority_area_code), GROUPING(status),
			       GROUPING(week), GROUPING(cell_x, cell_y), district_id, category_code, priority_area_code, status, week,
			       cell_x, cell_y, count(*)
			FROM (SELECT district_id, category_code, priority_area_code, status, cell_x, cell_y,
			             date_trunc('week', occurred_at AT TIME ZONE 'Europe/Stockholm') AS week
			      FROM observation
			      WHERE occurred_at >= '2021-01-01T00:00:00+01:00' AND occurred_at < '2026-01-01T00:00:00+01:00') o
			GROUP BY GROUPING SETS ((district_id), (category_code, priority_area_code), (priority_area_code), (status),
			                        (week), (cell_x, cell_y), ())""";

	/** The district overview's figures for one district and one year, the same way. */
	static final String PLAIN_DISTRICT = """
			SELECT GROUPING(category_code), GROUPING(priority_area_code), GROUPING(status), GROUPING(week),
			       GROUPING(cell_x, cell_y), category_code, priority_area_code, status, week, cell_x, cell_y, count(*)
			FROM (SELECT category_code, priority_area_code, status, cell_x, cell_y,
			             date_trunc('week', occurred_at AT TIME ZONE 'Europe/Stockholm') AS week
			      FROM observation
			      WHERE district_id = ANY(:districts)
			        AND occurred_at >= '2025-01-01T00:00:00+01:00' AND occurred_at < '2026-01-01T00:00:00+01:00') o
			GROUP BY GROUPING SETS ((category_code), (priority_area_code), (status), (week), (cell_x, cell_y), ())""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DistrictLocator locator;

	@Test
	void cityAndDistrictOverviewsAtOneAndTenMillion() throws Exception {
		BenchObservations data = new BenchObservations(jdbc, transactions);
		data.placePoints(locator);
		Api api = new Api(port);
		int millions = Integer.getInteger("bench.millions", 10);
		long have = data.rows("observation");
		for (int target : millions >= 10 ? new int[] { 1, 10 } : new int[] { millions }) {
			long wanted = target * 1_000_000L;
			double generated = data.generate(wanted - have);
			have = wanted;
			long start = System.nanoTime();
			var rebuilt = api.send(api.request("/api/v1/observation-aggregates/rebuild", api.tokenFor("admin"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build());
			double rebuild = (System.nanoTime() - start) / 1e9;
			data.vacuum();
			System.out.printf("BENCH data %d observations: generated in %.0f s, aggregates rebuilt in %.0f s (%s); %s;"
					+ " %d count rows, %d cell rows%n", wanted, generated, rebuild, rebuilt.body(), data.sizes(),
					data.rows("observation_count"), data.rows("observation_cell_count"));
			measure(api, target);
		}
	}

	private void measure(Api api, int millions) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String token = api.tokenFor("beredning.stad");
		HttpRequest city = api.request("/api/v1/overview?" + FIVE_YEARS, token).GET().build();
		String body = http.send(city, HttpResponse.BodyHandlers.ofString()).body();
		double[] endpoint = time(RUNS, () -> http.send(city, HttpResponse.BodyHandlers.ofString()).statusCode());
		int plainRuns = Math.max(5, PLAIN_RUNS_PER_MILLION / millions);
		double[] plain = time(plainRuns, () -> jdbc.sql(PLAIN_CITY).query().listOfRows().size());
		System.out.printf("BENCH city overview 5 years, %d million: endpoint over HTTP p50 %.1f ms, p95 %.1f ms (%d runs);"
				+ " plain SQL of the same figures p50 %.1f ms, p95 %.1f ms (%d runs); ratio of p95s %.3f; total in answer %s%n",
				millions, endpoint[0], endpoint[1], RUNS, plain[0], plain[1], plainRuns, endpoint[1] / plain[1],
				body.substring(0, Math.min(body.length(), 80)));

		UUID sodermalm = jdbc.sql("SELECT id FROM org_unit WHERE code = 'SODERMALM'").query(UUID.class).single();
		HttpRequest district = api.request("/api/v1/districts/" + sodermalm + "/overview?from=2025-01-01&to=2025-12-31", token)
			.GET()
			.build();
		double[] districtEndpoint = time(RUNS, () -> http.send(district, HttpResponse.BodyHandlers.ofString()).statusCode());
		double[] districtPlain = time(RUNS, () -> jdbc.sql(PLAIN_DISTRICT)
			.param("districts", se.samverkan.platform.database.SqlArrays.uuids(java.util.List.of(sodermalm)))
			.query()
			.listOfRows()
			.size());
		long rows = jdbc.sql("""
				SELECT count(*) FROM observation WHERE district_id = :d
				  AND occurred_at >= '2025-01-01T00:00:00+01:00' AND occurred_at < '2026-01-01T00:00:00+01:00'""")
			.param("d", sodermalm).query(Long.class).single();
		System.out.printf("BENCH district overview Södermalm 2025 (%d observations), %d million: endpoint over HTTP p50 %.1f ms,"
				+ " p95 %.1f ms; plain SQL p50 %.1f ms, p95 %.1f ms; ratio of p95s %.3f%n", rows, millions,
				districtEndpoint[0], districtEndpoint[1], districtPlain[0], districtPlain[1],
				districtEndpoint[1] / districtPlain[1]);
		System.out.printf("BENCH load average after %d million: %s%n", millions,
				java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
	}

	private interface Call {

		Object run() throws Exception;
	}

	/** p50 and p95 in milliseconds over {@code runs} calls, after a tenth as many (at least 3) to warm up. */
	private static double[] time(int runs, Call call) throws Exception {
		for (int i = 0; i < Math.max(3, runs / 10); i++) {
			call.run();
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			call.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return new double[] { millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1] };
	}
}
