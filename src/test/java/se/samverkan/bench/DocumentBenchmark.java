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

import se.samverkan.support.Api;
import se.samverkan.support.IntegrationTest;

/**
 * Issue 15's figure: the situation picture as a PDF with its weekly chart and hotspot map (and as
 * DOCX, where both are rasterised), over HTTP, for Södermalm's 2025-T2 with 100,000 observations
 * in the district that year. Run with {@code ./mvnw -Pbench verify -Dtest=DocumentBenchmark};
 * prints BENCH lines, asserts nothing about time.
 */
@IntegrationTest
class DocumentBenchmark {

	static final int OBSERVATIONS = 100_000;

	static final int WARM_UP = 5;

	static final int RUNS = 30;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void situationPicturePdfAndDocx() throws Exception {
		UUID sodermalm = jdbc.sql("SELECT id FROM org_unit WHERE code = 'SODERMALM'").query(UUID.class).single();
		jdbc.sql("""
				INSERT INTO observation (id, occurred_at, reported_at, reported_by, source, lat, lon, cell_x, cell_y,
				                         district_id, neighbourhood, category_code, priority_area_code, severity, status)
				SELECT gen_random_uuid(), ts, ts, 'bench', 'API', lat, lon, floor(lon / 0.0044)::int, floor(lat / 0.002246)::int,
				       :district, NULL, c.code, c.priority_area_code, 1 + (g % 4), 'NEW'
				FROM (SELECT g, timestamptz '2025-01-01 00:00+01' + random() * interval '364 days' AS ts,
				             59.305 + random() * 0.015 AS lat, 18.03 + random() * 0.07 AS lon, 1 + (g % 10) AS category
				      FROM generate_series(1, :n) g) r
				JOIN (SELECT code, priority_area_code, row_number() OVER (ORDER BY ordinal) AS n FROM observation_category) c
				  ON c.n = r.category""").param("district", sodermalm).param("n", OBSERVATIONS).update();
		jdbc.sql("VACUUM ANALYZE observation").update();
		Api api = new Api(port);
		long made = System.nanoTime();
		String id = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + sodermalm + "\",\"period\":\"2025-T2\",\"authorParty\":\"CITY\"}").body().get("id").asString();
		System.out.printf("BENCH situation picture made (figures, weekly counts and hotspots kept): %.0f ms%n",
				(System.nanoTime() - made) / 1e6);
		se.samverkan.situation.PictureFixtures.leaveTheRestWithAReason(api, "samordnare.sodermalm", id);
		if (api.postAs("styrgrupp.sodermalm", "/api/v1/situation-pictures/" + id + "/establish", "").status() != 200) {
			throw new IllegalStateException("The benchmark's picture could not be established");
		}
		HttpClient http = HttpClient.newHttpClient();
		String token = api.tokenFor("lasare");
		for (String format : new String[] { "pdf", "docx" }) {
			HttpRequest request = api.request("/api/v1/situation-pictures/" + id + "/export?format=" + format, token)
				.GET()
				.build();
			int size = 0;
			for (int i = 0; i < WARM_UP; i++) {
				size = check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
			}
			long[] nanos = new long[RUNS];
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
				nanos[i] = System.nanoTime() - start;
			}
			Arrays.sort(nanos);
			System.out.printf("BENCH situation picture %s (%d observations in Södermalm 2025, %d kB): p50 %.0f ms, p95 %.0f ms,"
					+ " max %.0f ms (%d sequential requests after %d warm-up)%n", format, OBSERVATIONS, size / 1024,
					nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, nanos[RUNS - 1] / 1e6, RUNS, WARM_UP);
		}
	}

	private static int check(HttpResponse<byte[]> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException("export -> " + response.statusCode());
		}
		return response.body().length;
	}
}
