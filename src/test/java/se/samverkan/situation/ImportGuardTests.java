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
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.identity.Actor;
import se.samverkan.identity.Role;
import se.samverkan.identity.RoleGrant;
import se.samverkan.support.ApiTest;

/**
 * What imports bring is checked as typed text is, the errors they keep are masked, who may import
 * is checked before a body is read, and a page upload takes what the API takes (issue 14, points
 * 4, 7 and 8).
 */
class ImportGuardTests extends ApiTest {

	@Autowired
	PoliceEventImport policeEvents;

	@Autowired
	ImportJobs jobs;

	@BeforeEach
	void setUp() {
		fixtures.removeSituationData();
	}

	@AfterEach
	void tearDown() {
		fixtures.removeSituationData();
	}

	@Test
	void checksEveryTextOfAPoliceEvent() {
		var refused = api.postAs("beredning.stad", "/api/v1/imports/police-events", "["
				+ event(1, "22 augusti 17.59, Brand, Kävlinge", "Man 811218\\u20139876 omhändertagen", "Kävlinge", null) + ","
				+ event(2, "22 augusti 18.00, Stöld, 1212121212", "Stöld", "Stockholm", null) + ","
				+ event(3, "22 augusti 18.01, Brand, Solna", "Brand", "Solna \\uFF18\\uFF11\\uFF11\\uFF12\\uFF11\\uFF18\\uFF0D\\uFF19\\uFF18\\uFF17\\uFF16", null) + ","
				+ event(4, "22 augusti 18.02, Brand, Solna", "Rök\\u0001", "Solna", null) + ","
				+ event(5, "22 augusti 18.03, Brand, Solna", "Brand", "Solna", "javascript:alert(1)") + ","
				+ event(6, "22 augusti 18.04, Brand, Solna", "Brand", "Solna", "data:text/html,<script>x</script>") + ","
				+ event(7, "22 augusti 18.05, Brand, Solna", "Brand", "Solna", "//evil.example/x") + "]");
		assertThat(refused.status()).isEqualTo(400);
		String errors = refused.body().get("errors").toString();
		assertThat(errors).contains("\"[0].summary\"", "\"[1].name\"", "\"[2].location.name\"", "\"[4].url\"",
				"\"[5].url\"", "\"[6].url\"")
			.contains("personal-identity-number", "invalid-character", "scheme")
			.doesNotContain("9876");
		assertThat(refused.body().toString()).contains("[3].summary");
		assertThat(jdbc.sql("SELECT count(*) FROM police_event").query(Long.class).single()).isZero();

		var accepted = api.postAs("beredning.stad", "/api/v1/imports/police-events", "["
				+ event(8, "22 augusti 18.06, Brand, Solna", "Brand i radhus", "Solna",
						"/aktuellt/handelser/2026/augusti/22/brand-solna/")
				+ "," + event(9, "22 augusti 18.07, Brand, Solna", "Ring 070-123 45 67", "Solna", "https://polisen.se/x") + "]");
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.body().get("imported").asInt()).isEqualTo(2);
	}

	@Test
	void theScheduledFetchLeavesOutOnlyTheEventsThatCannotBeKept() {
		var events = JsonMapper.builder().build().readTree("["
				+ event(11, "22 augusti 18.00, Brand, Solna", "Man 811218-9876", "Solna", null) + ","
				+ event(12, "22 augusti 18.01, Brand, Solna", "Brand", "Solna", "javascript:alert(1)") + ","
				+ event(13, "22 augusti 18.02, Brand, Solna", "Brand", "Solna", null) + "]");
		var result = policeEvents.importEvents(events);
		assertThat(result.imported()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT id FROM police_event").query(Long.class).list()).containsExactly(13L);
	}

	@Test
	void masksPersonalIdentityNumbersInTheErrorsAnImportReturnsAndKeeps() throws Exception {
		String file = "occurredAt,lat,lon,categoryCode,severity,externalId\n"
				+ "2026-11-01T10:00:00+01:00,811218-9876,18.0714,LITTERING,1,m-1\n"
				+ "2026-11-01T10:00:00+01:00,59.3146,18.0714,X-1212121212,1,m-2\n";
		var refused = api.send(api.request("/api/v1/observations/import", api.tokenFor("samordnare.sodermalm"))
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(file))
			.build());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").toString()).contains("[personnummer]").doesNotContain("9876")
			.doesNotContain("1212121212");

		Path upload = Files.createTempFile("import-guard", ".csv");
		Files.writeString(upload, file);
		Actor actor = new Actor(UUID.randomUUID(), "samordnare.sodermalm", "Samordnare", "CITY",
				java.util.List.of(new RoleGrant(Role.LOCAL_COORDINATOR, fixtures.unit("SODERMALM"), "Södermalm")));
		UUID job = jobs.start(actor, upload, "lista 811218-9876.csv");
		String stored = null;
		for (int i = 0; i < 100 && stored == null; i++) {
			Thread.sleep(100);
			stored = jdbc.sql("SELECT errors::text || ' ' || file_name FROM import_job WHERE id = :id AND status <> 'RUNNING'")
				.param("id", job)
				.query(String.class)
				.optional()
				.orElse(null);
		}
		assertThat(stored).isNotNull().contains("[personnummer]").doesNotContain("9876").doesNotContain("1212121212");
	}

	@Test
	void refusesAPoliceEventsImportBeforeReadingTheBody() throws IOException {
		assertThat(statusWithoutSendingTheBody("/api/v1/imports/police-events", "application/json", "lasare"))
			.isEqualTo("HTTP/1.1 403");
		var broken = api.postAs("lasare", "/api/v1/imports/police-events", "[{ not json");
		assertThat(broken.status()).as("not allowed comes before not readable").isEqualTo(403);
	}

	@Test
	void refusesACsvImportBeforeReadingTheBody() throws IOException {
		assertThat(statusWithoutSendingTheBody("/api/v1/observations/import", "text/csv", "lasare"))
			.isEqualTo("HTTP/1.1 403");
	}

	@Test
	void refusesAnUploadToAPageTooLargeWithASwedishPage() throws IOException {
		String response = headersOnly("/observations/import", "Accept: text/html",
				"multipart/form-data; boundary=x", 300_000_000, "</html>");
		assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("Content-Type: text/html")
			.contains("för stora");
	}

	@Test
	void takesAPageUploadOfTwoMegabytesAsTheApiDoes() throws IOException {
		String response = headersOnly("/observations/import", "Accept: text/html", "multipart/form-data; boundary=x",
				2_000_000, "\r\n");
		assertThat(response).as("past the size limit, on to sign-in, without reading the body")
			.startsWith("HTTP/1.1 302");
	}

	/** Sends the headers of a 100 MB body and none of it: only a refusal that reads nothing answers. */
	private String statusWithoutSendingTheBody(String path, String type, String username) throws IOException {
		return headersOnly(path, "Authorization: Bearer " + api.tokenFor(username), type, 100_000_000, "\r\n")
			.substring(0, 12);
	}

	/**
	 * Sends a request's headers, declaring a body of {@code length} bytes, but no body, and reads
	 * the answer up to the marker (the server keeps the connection open to swallow the body).
	 */
	private String headersOnly(String path, String header, String type, long length, String marker) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\nContent-Type: " + type
					+ "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			return readUntil(socket.getInputStream(), marker);
		}
	}

	/** What the server sent up to the marker (it keeps the connection open to swallow the body). */
	private static String readUntil(InputStream in, String marker) throws IOException {
		java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
		byte[] buffer = new byte[4096];
		try {
			while (!read.toString(StandardCharsets.UTF_8).contains(marker)) {
				int n = in.read(buffer);
				if (n < 0) {
					break;
				}
				read.write(buffer, 0, n);
			}
		}
		catch (java.net.SocketTimeoutException ex) {
			// what came is what the assertion looks at
		}
		return read.toString(StandardCharsets.UTF_8);
	}

	private static String event(long id, String name, String summary, String location, String url) {
		return "{\"id\":" + id + ",\"datetime\":\"2026-08-22 19:51:41 +02:00\",\"name\":\"" + name + "\",\"summary\":\""
				+ summary + "\"," + (url == null ? "" : "\"url\":\"" + url + "\",")
				+ "\"type\":\"Brand\",\"location\":{\"name\":\"" + location + "\",\"gps\":\"59.36,18.0\"}}";
	}
}
