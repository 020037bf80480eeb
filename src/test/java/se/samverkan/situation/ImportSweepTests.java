package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;
import se.samverkan.support.WebSession;

/**
 * The file imports take whatever a user's disk holds without a server error: CSV files broken in
 * every way we could think of (over the API with each content type it takes, and through the
 * page's upload form, whose job page must then say what went wrong), and police event files of
 * every wrong shape. A refusal is a 4xx with problem details; nothing half-imported stays.
 */
class ImportSweepTests extends ApiTest {

	static final String HEADER = "occurredAt,lat,lon,categoryCode,severity,description,externalId\n";

	static final String ROW = "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,Skräp,sweep-%d\n";

	private Api sweep;

	@BeforeEach
	void setUp() {
		sweep = api.unrecorded();
		fixtures.removeSituationData();
	}

	@AfterEach
	void tearDown() {
		fixtures.removeSituationData();
	}

	static Map<String, byte[]> brokenCsvFiles() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("empty", new byte[0]);
		files.put("only a byte order mark", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		files.put("NUL bytes", new byte[] { 0, 0, 0, 0, '\n', 0 });
		files.put("random binary", binary(4096));
		files.put("gzip", gzip((HEADER + ROW.formatted(1)).getBytes(StandardCharsets.UTF_8)));
		files.put("UTF-16 LE", (HEADER + ROW.formatted(1)).getBytes(StandardCharsets.UTF_16LE));
		files.put("UTF-32 byte order mark", concat(new byte[] { 0, 0, (byte) 0xFE, (byte) 0xFF }, utf8(HEADER)));
		files.put("Windows-1252 å ä ö", (HEADER + "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,Skräp på gården,sweep-1\n")
			.getBytes(java.nio.charset.Charset.forName("windows-1252")));
		files.put("half a UTF-8 character at the end", concat(utf8(HEADER + ROW.formatted(1)), new byte[] { (byte) 0xC3 }));
		files.put("header only", utf8(HEADER));
		files.put("header twice", utf8(HEADER + HEADER));
		files.put("a duplicated column", utf8("occurredAt,occurredAt,lat,lon,categoryCode,severity\n2026-11-01T10:00:00+01:00,x,59.3,18.07,FIRE,1\n"));
		files.put("unknown columns only", utf8("a,b,c\n1,2,3\n"));
		files.put("semicolons", utf8(HEADER.replace(',', ';') + ROW.formatted(1).replace(',', ';')));
		files.put("tabs", utf8(HEADER.replace(',', '\t') + ROW.formatted(1).replace(',', '\t')));
		files.put("unterminated quote", utf8(HEADER + "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,\"Skräp,sweep-1\n"));
		files.put("quote inside a field", utf8(HEADER + "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,Sk\"räp,sweep-1\n"));
		files.put("CR line ends", utf8((HEADER + ROW.formatted(1) + ROW.formatted(2)).replace('\n', '\r')));
		files.put("CRLF line ends", utf8((HEADER + ROW.formatted(1)).replace("\n", "\r\n")));
		files.put("blank lines", utf8(HEADER + "\n\n" + ROW.formatted(1) + "\n\n"));
		files.put("too few fields", utf8(HEADER + "2026-11-01T10:00:00+01:00,59.3146\n"));
		files.put("too many fields", utf8(HEADER + ROW.formatted(1).trim() + ",x,y,z\n"));
		files.put("a one-megabyte field", utf8(HEADER + "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,"
				+ "a".repeat(1_000_000) + ",sweep-1\n"));
		files.put("a very long externalId", utf8(HEADER + "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,x,"
				+ "e".repeat(10_000) + "\n"));
		files.put("a thousand columns", utf8(HEADER.trim() + ",x".repeat(1000) + "\n" + ROW.formatted(1).trim() + ",1".repeat(1000) + "\n"));
		files.put("numbers of every wrong kind", utf8(HEADER
				+ "2026-11-01T10:00:00+01:00,NaN,Infinity,LITTERING,1,x,sweep-1\n"
				+ "2026-11-01T10:00:00+01:00,59,31,18,07,LITTERING,1,x,sweep-2\n"
				+ "2026-11-01T10:00:00+01:00,1e400,-1e400,LITTERING,99999999999999999999,x,sweep-3\n"
				+ "2026-11-01T10:00:00+01:00,0x10,18.07,LITTERING,-1,x,sweep-4\n"
				+ "2026-11-01T10:00:00+01:00,,,LITTERING,,x,sweep-5\n"));
		files.put("dates of every wrong kind", utf8(HEADER
				+ "2026-02-30T10:00:00+01:00,59.3146,18.0714,LITTERING,1,x,sweep-1\n"
				+ "+999999999-12-31T23:59:59Z,59.3146,18.0714,LITTERING,1,x,sweep-2\n"
				+ "-5000-01-01T00:00:00Z,59.3146,18.0714,LITTERING,1,x,sweep-3\n"
				+ "igår,59.3146,18.0714,LITTERING,1,x,sweep-4\n"
				+ "1762000000,59.3146,18.0714,LITTERING,1,x,sweep-5\n"
				+ "2026-11-01T25:61:00+01:00,59.3146,18.0714,LITTERING,1,x,sweep-6\n"));
		files.put("formulas and control characters", utf8(HEADER
				+ "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,=cmd|'/c calc'!A1,sweep-1\n"
				+ "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,\u0007\u001b[31m,sweep-2\n"));
		files.put("the same externalId twice", utf8(HEADER + ROW.formatted(1) + ROW.formatted(1)));
		files.put("ids that are no ids", utf8("occurredAt,placeId,districtId,categoryCode,severity\n"
				+ "2026-11-01T10:00:00+01:00,not-a-uuid,00000000-0000-0000-0000-000000000000,FIRE,1\n"));
		files.put("a PDF", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
		files.put("a workbook cut in half", half(workbook()));
		files.put("a zip that is no workbook", zipOf("word/document.xml", "<w:document/>"));
		files.put("a workbook with only empty rows", emptyWorkbook());
		files.put("a personal identity number", utf8(HEADER
				+ "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,Pojke 811218-9876,sweep-1\n"));
		return files;
	}

	@Test
	void answersEveryBrokenCsvFileOverTheApiWithoutAServerError() {
		List<String> failures = new ArrayList<>();
		for (var file : brokenCsvFiles().entrySet()) {
			for (String type : List.of("text/csv", "text/plain", "application/octet-stream", "text/csv; charset=ISO-8859-1")) {
				var response = sweep.send(sweep.request("/api/v1/observations/import", sweep.tokenFor("samordnare.sodermalm"))
					.header("Content-Type", type)
					.POST(HttpRequest.BodyPublishers.ofByteArray(file.getValue()))
					.build());
				String what = file.getKey() + " as " + type + " -> " + response.status();
				if (response.status() >= 500) {
					failures.add(what);
				}
				else if (response.status() >= 400 && !String.valueOf(response.header("Content-Type")).startsWith("application/problem+json")) {
					failures.add(what + " without problem details");
				}
				else if (response.status() == 400 && response.body().path("imported").asInt(0) != 0) {
					failures.add(what + " but says it imported rows");
				}
				fixtures.removeSituationData();
			}
		}
		assertThat(failures).as(String.join("\n", failures)).isEmpty();
	}

	@Test
	void refusesACsvFileSentAsJsonOrAsAFormAsUnsupported() {
		byte[] file = utf8(HEADER + ROW.formatted(1));
		for (String type : List.of("application/json", "application/x-www-form-urlencoded", "image/png")) {
			var response = sweep.send(sweep.request("/api/v1/observations/import", sweep.tokenFor("samordnare.sodermalm"))
				.header("Content-Type", type)
				.POST(HttpRequest.BodyPublishers.ofByteArray(file))
				.build());
			assertThat(response.status()).as(type).isEqualTo(415);
		}
		assertThat(jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single()).isZero();
	}

	@Test
	void answersEveryBrokenCsvFileThroughTheUploadFormAndSaysOnTheJobPageWhatWentWrong() {
		WebSession web = new WebSession(port).signIn("samordnare.sodermalm");
		List<String> failures = new ArrayList<>();
		for (var file : brokenCsvFiles().entrySet()) {
			web.get("/observations/import");
			var submitted = web.upload("/observations/import", "file", "iakttagelser.csv", "text/csv", file.getValue());
			String what = file.getKey() + " -> " + submitted.statusCode();
			if (submitted.statusCode() >= 500) {
				failures.add(what);
				continue;
			}
			String location = submitted.headers().firstValue("Location").orElse("");
			if (submitted.statusCode() != 302) {
				continue; // refused on the form itself (an empty file)
			}
			Matcher job = Pattern.compile("/imports/([0-9a-f-]{36})").matcher(location);
			if (!job.find()) {
				failures.add(what + " redirected to " + location);
				continue;
			}
			String status = awaitFinished(web, "/imports/" + job.group(1) + "/status");
			if (status == null) {
				failures.add(what + ": the job did not finish in time or its page failed");
			}
			else if (!status.contains("class=\"notice")) {
				failures.add(what + ": the job page does not say how the import ended");
			}
			else if (web.get("/imports/" + job.group(1)).statusCode() != 200) {
				failures.add(what + ": the job page did not answer 200");
			}
			fixtures.removeSituationData();
		}
		assertThat(failures).as(String.join("\n", failures)).isEmpty();
	}

	@Test
	void answersPoliceEventFilesOfEveryWrongShapeWithoutAServerError() {
		String event = "{\"id\":1,\"datetime\":\"2026-08-22 19:51:41 +02:00\",\"name\":\"22 augusti 17.59, Brand, Stockholm\","
				+ "\"summary\":\"s\",\"url\":\"/x\",\"type\":\"Brand\",\"location\":{\"name\":\"Stockholm\",\"gps\":\"59.33,18.06\"}}";
		List<String> bodies = new ArrayList<>(List.of("", "[", "{}", "null", "42", "\"x\"", "[null]", "[[]]", "[{}]", "[1,2]",
				"[" + event + "," + event + "]", "[" + "[".repeat(2000) + "]".repeat(2000) + "]",
				"[" + event.replace("\"id\":1", "\"id\":\"ett\"") + "]",
				"[" + event.replace("\"id\":1", "\"id\":99999999999999999999999") + "]",
				"[" + event.replace("\"id\":1", "\"id\":-1") + "]",
				"[" + event.replace("\"id\":1", "\"id\":1.5") + "]",
				"[" + event.replace("2026-08-22 19:51:41 +02:00", "igår") + "]",
				"[" + event.replace("2026-08-22 19:51:41 +02:00", "+999999999-12-31 23:59:59 +02:00") + "]",
				"[" + event.replace("22 augusti 17.59", "31 februari 25.61") + "]",
				"[" + event.replace("\"59.33,18.06\"", "\"abc\"") + "]",
				"[" + event.replace("\"59.33,18.06\"", "\"1e400,-1e400\"") + "]",
				"[" + event.replace("\"59.33,18.06\"", "\"59.33,18.06,3\"") + "]",
				"[" + event.replace("\"59.33,18.06\"", "{\"lat\":59}") + "]",
				"[" + event.replace("{\"name\":\"Stockholm\",\"gps\":\"59.33,18.06\"}", "null") + "]",
				"[" + event.replace("{\"name\":\"Stockholm\",\"gps\":\"59.33,18.06\"}", "\"Stockholm\"") + "]",
				"[" + event.replace("\"type\":\"Brand\"", "\"type\":[\"Brand\"]") + "]",
				"[" + event.replace("\"name\":\"22", "\"name\":{\"sv\":\"22\"},\"x\":\"") + "]",
				"[" + event.replace("\"summary\":\"s\"", "\"summary\":\"" + "å".repeat(100_000) + "\"") + "]"));
		List<String> failures = new ArrayList<>();
		for (String body : bodies) {
			var response = sweep.postAs("beredning.stad", "/api/v1/imports/police-events", body);
			if (response.status() >= 500) {
				failures.add((body.length() > 120 ? body.substring(0, 120) + "…" : body) + " -> " + response.status());
			}
			fixtures.removeSituationData();
		}
		assertThat(failures).as(String.join("\n", failures)).isEmpty();
	}

	/** Polls the job's status fragment until it no longer says it is running; null if it never ends or fails. */
	private static String awaitFinished(WebSession web, String statusPath) {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			var status = web.get(statusPath);
			if (status.statusCode() != 200) {
				return null;
			}
			if (!status.body().contains("RUNNING") && !status.body().contains("data-running")
					&& !status.body().contains("hx-trigger")) {
				return status.body();
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
		}
		return null;
	}

	private static byte[] workbook() {
		try {
			return SpreadsheetImportTests.workbook(sheet -> SpreadsheetImportTests.row(sheet, 1, "2026-11-01 10:00", "59,3146",
					"18,0714", "LITTERING", "1", "Skräp", "sweep-1"));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] emptyWorkbook() {
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Tomt").createRow(3);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] half(byte[] bytes) {
		return java.util.Arrays.copyOf(bytes, bytes.length / 2);
	}

	private static byte[] zipOf(String name, String content) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry(name));
			zip.write(utf8(content));
			zip.closeEntry();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private static byte[] binary(int length) {
		byte[] bytes = new byte[length];
		new java.util.Random(17).nextBytes(bytes);
		return bytes;
	}

	private static byte[] gzip(byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(content);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}
}
