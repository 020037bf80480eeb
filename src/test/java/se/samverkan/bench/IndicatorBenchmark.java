package se.samverkan.bench;

import java.io.BufferedWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samverkan.support.Api;
import se.samverkan.support.IntegrationTest;

/**
 * Issue 8's figures: trend queries over 11 districts x 10 years x 50 indicators through the API
 * (p50/p95 of GET /indicators/{id}/trend, each indicator's 110 values, and of the comparison of
 * the 50 indicators in one year), and a CSV of 100,000 values imported over HTTP, then again
 * (nothing changes). Run with {@code ./mvnw -Pbench verify -Dtest=IndicatorBenchmark}; prints
 * BENCH lines, asserts nothing about time.
 */
@IntegrationTest
class IndicatorBenchmark {

	static final int INDICATORS = 50;

	static final int YEARS = 10;

	static final int RUNS = 200;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void clean() {
		jdbc.sql("DELETE FROM indicator WHERE code LIKE 'BENCH-%'").update();
	}

	@Test
	void trendsComparisonsAndAFileOf100000Values() throws Exception {
		long start = System.nanoTime();
		List<UUID> yearly = generate("BENCH-Y", "YEARLY", INDICATORS);
		jdbc.sql("""
				INSERT INTO indicator_value (indicator_id, unit_id, period, period_start, period_end, value, state, origin, updated_by)
				SELECT i.id, d.id, y::text, make_date(y, 1, 1), make_date(y, 12, 31), round((random() * 100)::numeric, 1),
				       'APPROVED', 'MANUAL', 'bench'
				FROM indicator i, generate_series(2016, 2025) y,
				     (SELECT id FROM org_unit WHERE type = 'DISTRICT' AND valid_to IS NULL) d
				WHERE i.code LIKE 'BENCH-Y%'""").update();
		jdbc.sql("ANALYZE indicator_value").update();
		long values = jdbc.sql("SELECT count(*) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id WHERE i.code LIKE 'BENCH-Y%'")
			.query(Long.class).single();
		System.out.printf("BENCH generator: %d indicators, %d values in %.1f s%n", yearly.size(), values,
				(System.nanoTime() - start) / 1e9);

		Api api = new Api(port);
		String token = api.tokenFor("lasare");
		HttpClient http = HttpClient.newHttpClient();
		SplittableRandom random = new SplittableRandom(8);
		double[] floor = time(() -> {
			HttpResponse<String> response = http.send(api.request("/api/v1/me", token).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			check(response);
			return response.body().length();
		});
		System.out.printf("BENCH floor: GET /api/v1/me (token, security, JSON; no indicator work) over HTTP: p50 %.1f ms, p95 %.1f ms%n",
				floor[0], floor[1]);
		double[] trend = time(() -> {
			HttpResponse<String> response = http.send(api.request("/api/v1/indicators/" + yearly.get(random.nextInt(yearly.size()))
					+ "/trend", token).GET().build(), HttpResponse.BodyHandlers.ofString());
			check(response);
			return response.body().length();
		});
		System.out.printf("BENCH trend (one indicator, 11 districts x 10 years) over HTTP: p50 %.1f ms, p95 %.1f ms%n", trend[0],
				trend[1]);
		String ids = String.join(",", yearly.stream().map(UUID::toString).toList());
		double[] compare = time(() -> {
			HttpResponse<String> response = http.send(api.request("/api/v1/indicators/compare?period=" + (2016 + random.nextInt(YEARS))
					+ "&indicatorIds=" + ids, token).GET().build(), HttpResponse.BodyHandlers.ofString());
			check(response);
			return response.body().length();
		});
		System.out.printf("BENCH comparison (50 indicators x 11 districts, one year) over HTTP: p50 %.1f ms, p95 %.1f ms%n",
				compare[0], compare[1]);

		List<UUID> monthly = generate("BENCH-M", "MONTHLY", INDICATORS);
		Path file = valuesFile(monthly.size());
		String central = api.tokenFor("beredning.stad");
		for (String run : List.of("first import", "second import (nothing changes)")) {
			long began = System.nanoTime();
			HttpResponse<String> response = http.send(api.request("/api/v1/indicators/values/import", central)
				.header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers.ofFile(file))
				.build(), HttpResponse.BodyHandlers.ofString());
			System.out.printf("BENCH csv %s: %.0f KB in %.1f s over HTTP, status %d, %s%n", run, Files.size(file) / 1e3,
					(System.nanoTime() - began) / 1e9, response.statusCode(),
					response.body().length() > 200 ? response.body().substring(0, 200) : response.body());
		}
		Files.deleteIfExists(file);
	}

	/** Indicators at district level, through SQL (the definitions are not what is measured). */
	private List<UUID> generate(String prefix, String frequency, int count) {
		jdbc.sql("""
				INSERT INTO indicator (id, code, name, unit, direction, source, level, frequency, created_by, updated_by)
				SELECT gen_random_uuid(), :prefix || '-' || lpad(g::text, 3, '0'), 'Benchmark ' || g, '%', 'LOWER_IS_BETTER',
				       'MANUAL', 'DISTRICT', :frequency, 'bench', 'bench'
				FROM generate_series(1, :count) g""")
			.param("prefix", prefix)
			.param("frequency", frequency)
			.param("count", count)
			.update();
		return jdbc.sql("SELECT id FROM indicator WHERE code LIKE :prefix || '-%' ORDER BY code").param("prefix", prefix)
			.query(UUID.class)
			.list();
	}

	/** 50 monthly indicators x 11 districts x 182 months = 100,100 values, as Swedish Excel saves them. */
	private Path valuesFile(int indicators) throws Exception {
		List<String> districts = jdbc.sql("SELECT code FROM org_unit WHERE type = 'DISTRICT' AND valid_to IS NULL ORDER BY code")
			.query(String.class)
			.list();
		Path file = Files.createTempFile("bench-values", ".csv");
		SplittableRandom random = new SplittableRandom(9);
		long lines = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("indicatorCode;unitCode;period;value\n");
			for (int i = 1; i <= indicators; i++) {
				for (String district : districts) {
					for (int month = 0; month < 182; month++) {
						out.write(String.format(Locale.ROOT, "BENCH-M-%03d;%s;%d-%02d;%s%n", i, district, 2010 + month / 12,
								1 + month % 12, String.format(Locale.ROOT, "%.1f", random.nextDouble() * 100).replace('.', ',')));
						lines++;
					}
				}
			}
		}
		System.out.printf("BENCH values file: %d lines%n", lines);
		return file;
	}

	private static void check(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
	}

	private static double[] time(Timing.Call call) throws Exception {
		return Timing.p50p95(30, RUNS, call);
	}
}
