package se.samverkan.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samverkan.communication.FormattedText;
import se.samverkan.support.Fixtures;
import se.samverkan.support.IntegrationTest;

/**
 * Issue 10's figures: the public list page and the Atom feed with 1,000 published items, under a
 * closed loop of 16 clients (each sends its next request when the last one is answered) over real
 * HTTP, for a fixed time after a warm-up. Prints throughput and latency percentiles; never asserts.
 * Run with {@code ./mvnw -Pbench verify -Dtest=CommunicationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * The load generator runs in the same JVM as the server, on the same two cores.
 */
@IntegrationTest
class CommunicationBenchmark {

	private static final int ITEMS = 1_000;

	private static final int CLIENTS = 16;

	private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmUpSeconds", 15));

	private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.runSeconds", 30));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	se.samverkan.communication.PublishedCommunications published;

	@AfterEach
	void clean() {
		jdbc.sql("DELETE FROM communication").update();
	}

	@Test
	void publicListPageAndFeed() throws Exception {
		seed();
		inProcess("in-process freshness query (the ETag's data: one row by key)", () -> published.freshness());
		inProcess("in-process count of the published items (the pager, on rendering only)",
				() -> published.count(null, true));
		inProcess("in-process baseline: SELECT 1", () -> jdbc.sql("SELECT 1").query(Integer.class).single());
		String base = "http://localhost:" + port;
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		run(client, "public list page, newest 20 of 1,000 (/public/communications)", base + "/public/communications", null);
		run(client, "Atom feed, newest 20 of 1,000 (/feed.atom)", base + "/feed.atom", null);
		String etag = client.send(HttpRequest.newBuilder(URI.create(base + "/feed.atom")).build(),
				HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
		run(client, "Atom feed revalidated (If-None-Match, 304)", base + "/feed.atom", etag);
		run(client, "public list page, page 40 of 50 (offset 780)", base + "/public/communications?page=39", null);
	}

	/** 1,000 published external items over five years, a quarter city-wide, the rest spread over the districts. */
	private void seed() {
		List<UUID> districts = jdbc.sql("SELECT id FROM org_unit WHERE type = 'DISTRICT' AND valid_to IS NULL ORDER BY code")
			.query(UUID.class)
			.list();
		String body = """
				<p>Stockholms stad och Polisen bjuder in till trygghetsvandring i området. Vi går tillsammans med boende,
				fastighetsägare och föreningar och tittar på belysning, skymd sikt och platser som upplevs otrygga.</p>
				<ul><li>Samling vid tunnelbanan klockan 18</li><li>Vandringen tar ungefär en timme</li><li>Alla är välkomna</li></ul>
				<p>Läs mer om <a href="https://start.stockholm/trygghet">stadens trygghetsarbete</a> och om
				<em>medborgarlöftet</em> på polisens webbplats. Har du frågor, hör av dig till din trygghetssamordnare.</p>""";
		String html = FormattedText.html(body);
		String summary = FormattedText.summary(body, 280);
		OffsetDateTime start = OffsetDateTime.now().minusYears(5);
		for (int i = 0; i < ITEMS; i++) {
			UUID district = i % 4 == 0 ? null : districts.get(i % districts.size());
			OffsetDateTime at = start.plusHours(i * 43L);
			jdbc.sql("""
					INSERT INTO communication (id, title, body, body_html, summary, audience, level, district_id, status,
					    author_username, author_party, created_at, updated_at, published_at, published_by)
					VALUES (?, ?, ?, ?, ?, 'EXTERNAL', ?, ?, 'PUBLISHED', 'bench', 'CITY', ?, ?, ?, 'bench')""")
				.params(UUID.randomUUID(), "Trygghetsvandring nummer " + (i + 1), body, html, summary,
						district == null ? "CITY_WIDE" : "LOCAL", district, at, at, at)
				.update();
		}
		jdbc.sql("UPDATE communication_public_state SET revision = revision + 1, changed_at = now()").update();
		jdbc.sql("ANALYZE communication").update();
		System.out.printf("Seeded %,d published items (%d districts)%n", ITEMS, districts.size());
		new Fixtures(jdbc);
	}

	private static void run(HttpClient client, String what, String url, String etag) throws Exception {
		load(client, url, etag, WARM_UP);
		Result result = load(client, url, etag, RUN);
		long[] sorted = result.latencies();
		Arrays.sort(sorted);
		System.out.printf("%s%n  %,d requests in %.1f s = %.0f requests/s; status %s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
				+ "max %.1f ms%n", what, sorted.length, result.seconds(), sorted.length / result.seconds(), result.statuses(),
				ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
	}

	private static void inProcess(String what, Runnable call) {
		for (int i = 0; i < 500; i++) {
			call.run();
		}
		long[] sorted = new long[2000];
		for (int i = 0; i < sorted.length; i++) {
			long t0 = System.nanoTime();
			call.run();
			sorted[i] = System.nanoTime() - t0;
		}
		Arrays.sort(sorted);
		System.out.printf("%s%n  p50 %.2f ms, p95 %.2f ms%n", what, ms(sorted, 0.50), ms(sorted, 0.95));
	}

	private record Result(long[] latencies, double seconds, String statuses) {
	}

	/** CLIENTS threads, each sending its next request as soon as the previous is answered, for {@code duration}. */
	private static Result load(HttpClient client, String url, String etag, Duration duration) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		if (etag != null) {
			builder.header("If-None-Match", etag);
		}
		HttpRequest request = builder.build();
		ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
		AtomicLong ok = new AtomicLong();
		AtomicLong other = new AtomicLong();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		List<Future<List<Long>>> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			clients.add(threads.submit(() -> {
				List<Long> latencies = new ArrayList<>();
				while (System.nanoTime() < end) {
					long t0 = System.nanoTime();
					HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
					latencies.add(System.nanoTime() - t0);
					(response.statusCode() == 200 || response.statusCode() == 304 ? ok : other).incrementAndGet();
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> future : clients) {
			all.addAll(future.get());
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		threads.shutdown();
		return new Result(all.stream().mapToLong(Long::longValue).toArray(), seconds,
				ok.get() + " ok" + (other.get() > 0 ? ", " + other.get() + " other" : ""));
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}
}
