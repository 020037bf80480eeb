package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/** The police events sample from shared/data, and CSV files of every kind a user might send. */
class ImportTests extends ApiTest {

	static final Path POLICE_SAMPLE = Path.of("src/test/resources/police-events/events-2026-08-22.json");

	static final String HEADER = "occurredAt,lat,lon,categoryCode,severity,description,externalId\n";

	/** The import's COPY buffers 128 kB; this many rows are over three times that. */
	static final int ROWS_BEYOND_THE_BUFFERS = 5_000;

	/**
	 * The observations this class imports (their externalIds are its own). Police events are the
	 * police's, with the police's ids: any class importing the same sample shares those rows.
	 */
	@Autowired
	ObservationAggregates aggregates;

	@BeforeEach
	@AfterEach
	void removeThisClassesData() {
		jdbc.sql("DELETE FROM observation WHERE external_id ~ '^(csv|bad|enc)-[0-9]+$'").update();
		jdbc.sql("DELETE FROM police_event").update();
	}

	@Test
	void importsEveryPoliceEventOnceAndNoneIntoADistrict() throws IOException {
		String sample = Files.readString(POLICE_SAMPLE);
		long observations = jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single();
		var first = api.postAs("beredning.stad", "/api/v1/imports/police-events", sample);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().get("imported").asInt()).isEqualTo(500);
		var again = api.postAs("beredning.stad", "/api/v1/imports/police-events", sample);
		assertThat(again.body().get("imported").asInt()).isZero();
		assertThat(again.body().get("skipped").asInt()).isEqualTo(500);
		assertThat(jdbc.sql("SELECT count(*) FROM police_event").query(Long.class).single()).isEqualTo(500);
		assertThat(jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single())
			.as("police events are kept apart from the observations").isEqualTo(observations);
	}

	@Test
	void readsTheDatesFromTheNameAndTheQuirkyDatetime() throws IOException {
		api.postAs("beredning.polis", "/api/v1/imports/police-events", Files.readString(POLICE_SAMPLE));
		var event = jdbc.sql("SELECT occurred_at, published_at, category_code, location_name FROM police_event WHERE id = 650297")
			.query()
			.singleRow();
		// "22 augusti 17.59, Brand, Kävlinge", published "2026-08-22 19:51:41 +02:00"
		assertThat(((java.sql.Timestamp) event.get("occurred_at")).toInstant())
			.isEqualTo(OffsetDateTime.parse("2026-08-22T17:59:00+02:00").toInstant());
		assertThat(((java.sql.Timestamp) event.get("published_at")).toInstant())
			.isEqualTo(OffsetDateTime.parse("2026-08-22T19:51:41+02:00").toInstant());
		assertThat(event.get("category_code")).isEqualTo("FIRE");
		assertThat(event.get("location_name")).isEqualTo("Skåne län");
		long singleDigitHours = jdbc.sql("SELECT count(*) FROM police_event WHERE extract(hour FROM published_at AT TIME ZONE 'Europe/Stockholm') < 10")
			.query(Long.class)
			.single();
		assertThat(singleDigitHours).isPositive();
	}

	@Test
	void refusesPoliceEventsFromALocalCoordinatorOrInAnotherShape() {
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/imports/police-events", "[]").status()).isEqualTo(403);
		assertThat(api.post("/api/v1/imports/police-events", "[]", null).status()).isEqualTo(401);
		assertThat(api.postAs("beredning.stad", "/api/v1/imports/police-events", "{\"id\":1}").status()).isEqualTo(400);
		var broken = api.postAs("beredning.stad", "/api/v1/imports/police-events",
				"[{\"id\":1,\"datetime\":\"yesterday\",\"name\":\"x\",\"type\":\"Brand\",\"location\":{\"name\":\"Stockholm\"}}]");
		assertThat(broken.status()).isEqualTo(400);
	}

	@Test
	void importsAGoodFileOnceWhateverTheByteOrderMark() {
		String rows = HEADER + "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,Skräp vid bänkarna,csv-1\n"
				+ "2026-11-02 22:15,59.3150,18.0720,GRAFFITI,2,\"Klotter, stort\",csv-2\n";
		var first = csv("samordnare.sodermalm", ("\uFEFF" + rows).getBytes(StandardCharsets.UTF_8));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().get("imported").asInt()).isEqualTo(2);
		var again = csv("samordnare.sodermalm", rows.getBytes(StandardCharsets.UTF_8));
		assertThat(again.body().get("imported").asInt()).isZero();
		assertThat(again.body().get("skipped").asInt()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT neighbourhood FROM observation WHERE external_id = 'csv-2'").query(String.class).single())
			.isEqualTo("Södermalm");
	}

	@Test
	void storesOnlyTheNewRowsOfAFileImportedInPartBefore() {
		String old = "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,Skräp,csv-11\n";
		assertThat(csv("samordnare.sodermalm", (HEADER + old).getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
		String both = HEADER + old + "2026-11-03T10:00:00+01:00,59.3150,18.0720,GRAFFITI,2,Klotter,csv-12\n";
		var second = csv("samordnare.sodermalm", both.getBytes(StandardCharsets.UTF_8));
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body().get("imported").asInt()).isEqualTo(1);
		assertThat(second.body().get("skipped").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM observation WHERE external_id IN ('csv-11', 'csv-12')").query(Long.class)
			.single()).isEqualTo(2);
		assertThat(aggregates.check().consistent()).isTrue();
	}

	@Test
	void storesNothingWhenOnlyTheLastOfManyRowsIsWrong() {
		// Enough rows (about 400 kB) that the first have reached PostgreSQL before the wrong one is read
		StringBuilder rows = new StringBuilder(HEADER);
		for (int i = 0; i < ROWS_BEYOND_THE_BUFFERS; i++) {
			rows.append(String.format(java.util.Locale.ROOT, "2026-10-%02dT10:00:00+01:00,59.31%02d,18.07%02d,LITTERING,1,Rad %d,bad-%d\n",
					1 + i % 28, 40 + i % 20, 10 + i % 30, i, 100_000 + i));
		}
		rows.append("2026-10-01T10:00:00+01:00,59.3146,18.0714,NOPE,1,,bad-99\n");
		long before = jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single();
		var refused = csv("samordnare.sodermalm", rows.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").get(0).get("line").asLong()).isEqualTo(ROWS_BEYOND_THE_BUFFERS + 2L);
		assertThat(jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single()).isEqualTo(before);
		assertThat(aggregates.check().consistent()).isTrue();
		// The same rows without the wrong one go in, all of them
		String good = rows.substring(0, rows.lastIndexOf("2026-10-01T10:00:00+01:00,59.3146,18.0714,NOPE"));
		var stored = csv("samordnare.sodermalm", good.getBytes(StandardCharsets.UTF_8));
		assertThat(stored.body().get("imported").asInt()).isEqualTo(ROWS_BEYOND_THE_BUFFERS);
		assertThat(aggregates.check().consistent()).isTrue();
	}

	@Test
	void refusesTheWholeFileListingEveryErrorByLine() {
		String rows = HEADER + "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,ok,bad-1\n"
				+ "not a date,59.3146,18.0714,LITTERING,1,,bad-2\n"
				+ "2026-11-01T10:00:00+01:00,59.8586,17.6389,LITTERING,1,,bad-3\n"
				+ "2026-11-01T10:00:00+01:00,59.3146,18.0714,NOPE,9,,bad-4\n"
				+ "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,Pojke 811218-9876,bad-5\n"
				+ "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,,bad-1\n"
				+ "2026-11-01T10:00:00+01:00,59.2436,18.0933,LITTERING,1,,bad-7\n";
		var refused = csv("samordnare.sodermalm", rows.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("imported").asInt()).isZero();
		List<Long> lines = new ArrayList<>();
		refused.body().get("errors").forEach(error -> lines.add(error.get("line").asLong()));
		assertThat(lines).contains(3L, 4L, 5L, 6L, 7L, 8L).doesNotContain(2L);
		assertThat(jdbc.sql("SELECT count(*) FROM observation WHERE external_id LIKE 'bad-%'").query(Long.class).single()).isZero();
	}

	@Test
	void readsFilesInTheOtherEncodingsExcelSaves() {
		// Latin-1 (as Windows-1252, which Swedish Excel writes) where the bytes are not UTF-8; UTF-16 by its byte order mark.
		String latin1 = HEADER + "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,Skräp på gården,enc-1\n";
		assertThat(csv("samordnare.sodermalm", latin1.getBytes(StandardCharsets.ISO_8859_1)).status()).isEqualTo(200);
		String utf16 = HEADER + "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,Glas på gångvägen,enc-2\n";
		assertThat(csv("samordnare.sodermalm", utf16.getBytes(StandardCharsets.UTF_16)).status()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT description FROM observation WHERE external_id IN ('enc-1', 'enc-2') ORDER BY external_id")
			.query(String.class)
			.list()).containsExactly("Skräp på gården", "Glas på gångvägen");
	}

	@Test
	void refusesFilesWithTheWrongColumnsOrNoRows() {
		assertThat(csv("samordnare.sodermalm", "when,where\n1,2\n".getBytes(StandardCharsets.UTF_8)).body().get("errors")
			.get(0).get("line").asInt()).isEqualTo(1);
		assertThat(csv("samordnare.sodermalm", HEADER.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
		assertThat(csv("samordnare.sodermalm", new byte[0]).status()).isEqualTo(400);
		assertThat(csv("lasare", HEADER.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
	}

	@Test
	void refusesAFileOverTheStatedSizeBeforeReadingIt() throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new java.net.InetSocketAddress("localhost", port), (int) Api.CONNECT_TIMEOUT.toMillis());
			socket.setSoTimeout((int) Api.REQUEST_TIMEOUT.toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/observations/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
					+ api.tokenFor("samordnare.sodermalm") + "\r\nContent-Type: text/csv\r\nContent-Length: 300000000\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
			assertThat(status).isEqualTo("HTTP/1.1 413");
		}
	}

	private Api.Response csv(String username, byte[] body) {
		return api.send(api.request("/api/v1/observations/import", api.tokenFor(username))
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}
}
