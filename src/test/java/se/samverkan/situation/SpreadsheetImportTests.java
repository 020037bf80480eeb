package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;
import se.samverkan.support.WebSession;

/**
 * The files officials actually have: CSV saved by Swedish Excel (semicolons, decimal commas,
 * Windows-1252, CRLF), the same with UTF-8 and a byte order mark, and .xlsx workbooks, imported
 * through the API and the page and read back from what was stored; and files that are no table.
 */
class SpreadsheetImportTests extends ApiTest {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@BeforeEach
	@AfterEach
	void removeThisClassesData() {
		jdbc.sql("DELETE FROM observation WHERE external_id LIKE 'xl-%' OR external_id = '4711'").update();
		jdbc.sql("DELETE FROM import_job WHERE file_name LIKE 'iakttagelser%'").update();
	}

	@Test
	void importsASemicolonSeparatedWindows1252FileFromSwedishExcelWithDecimalCommas() {
		String file = "occurredAt;lat;lon;categoryCode;severity;description;spot;externalId\r\n"
				+ "2026-11-03 21:30;59,3146;18,0714;GRAFFITI;2;Klotter på väggen vid förskolan, stort;Åsögatan 12;xl-1\r\n"
				+ "2026-11-04 07:05;59,3150;18,072;LITTERING;1;Skräp längs gångvägen;Björns trädgård;xl-2\r\n";
		byte[] bytes = file.getBytes(WINDOWS_1252);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).as("the bytes are not UTF-8").contains("\uFFFD");

		var first = upload("samordnare.sodermalm", "text/csv", bytes);
		assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
		assertThat(first.body().get("imported").asInt()).isEqualTo(2);
		Map<String, Object> stored = stored("xl-1");
		assertThat(stored.get("description")).isEqualTo("Klotter på väggen vid förskolan, stort");
		assertThat(stored.get("spot")).isEqualTo("Åsögatan 12");
		assertThat(((Number) stored.get("lat")).doubleValue()).isEqualTo(59.3146);
		assertThat(((Number) stored.get("lon")).doubleValue()).isEqualTo(18.0714);
		assertThat(((java.sql.Timestamp) stored.get("occurred_at")).toInstant())
			.isEqualTo(OffsetDateTime.parse("2026-11-03T21:30:00+01:00").toInstant());
		assertThat(stored.get("neighbourhood")).isEqualTo("Södermalm");
		assertThat(stored("xl-2").get("spot")).isEqualTo("Björns trädgård");

		var again = upload("samordnare.sodermalm", "text/csv", bytes);
		assertThat(again.body().get("imported").asInt()).isZero();
		assertThat(again.body().get("skipped").asInt()).isEqualTo(2);
	}

	@Test
	void importsUtf8WithAByteOrderMarkSemicolonsAndCrlfAsExcelSavesIt() {
		String file = "\uFEFFoccurredAt;lat;lon;categoryCode;severity;description;externalId\r\n"
				+ "2026-11-05 19:45;59,3146;18,0714;DRUGS;3;\"Försäljning; vid trappan\";xl-3\r\n";
		var response = upload("samordnare.sodermalm", "text/csv", file.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		assertThat(stored("xl-3").get("description")).isEqualTo("Försäljning; vid trappan");
	}

	@Test
	void importsAnExcelWorkbookWithDatesNumbersAndTextAsPeopleTypeThem() throws IOException {
		byte[] workbook = workbook(sheet -> {
			CellStyle dateTime = sheet.getWorkbook().createCellStyle();
			dateTime.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			XSSFRow typed = sheet.createRow(1);
			typed.createCell(0).setCellValue(LocalDateTime.of(2026, 11, 6, 22, 45));
			typed.getCell(0).setCellStyle(dateTime);
			typed.createCell(1).setCellValue(59.3146);
			typed.createCell(2).setCellValue(18.0714);
			typed.createCell(3).setCellValue("VANDALISM");
			typed.createCell(4).setCellValue(3);
			typed.createCell(5).setCellValue("Krossad ruta i gångtunneln, östra sidan");
			typed.createCell(6).setCellValue("xl-4");
			XSSFRow asText = sheet.createRow(2);
			asText.createCell(0).setCellValue("2026-11-07 18:00");
			asText.createCell(1).setCellValue("59,3148");
			asText.createCell(2).setCellValue("18,0716");
			asText.createCell(3).setCellValue("LITTERING");
			asText.createCell(4).setCellValue("1");
			asText.createCell(6).setCellValue(4711);
		});
		var first = upload("samordnare.sodermalm", XLSX, workbook);
		assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
		assertThat(first.body().get("imported").asInt()).isEqualTo(2);
		Map<String, Object> typed = stored("xl-4");
		assertThat(typed.get("description")).isEqualTo("Krossad ruta i gångtunneln, östra sidan");
		assertThat(((Number) typed.get("severity")).intValue()).isEqualTo(3);
		assertThat(((Number) typed.get("lat")).doubleValue()).isEqualTo(59.3146);
		assertThat(((java.sql.Timestamp) typed.get("occurred_at")).toInstant())
			.isEqualTo(OffsetDateTime.parse("2026-11-06T22:45:00+01:00").toInstant());
		Map<String, Object> asText = jdbc.sql("SELECT lat, lon, occurred_at, description FROM observation WHERE external_id = '4711'")
			.query()
			.singleRow();
		assertThat(((Number) asText.get("lon")).doubleValue()).isEqualTo(18.0716);
		assertThat(asText.get("description")).isNull();
	}

	@Test
	void refusesAWorkbookWithErrorsNamingTheRowAndTheColumnAndStoresNothing() throws IOException {
		byte[] workbook = workbook(sheet -> {
			row(sheet, 1, "2026-11-06 10:00", "59,3146", "18,0714", "LITTERING", "1", "ok", "xl-5");
			row(sheet, 2, "2026-11-06 10:00", "59,3146", "öster", "LITTERING", "hög", "", "xl-6");
		});
		var refused = upload("samordnare.sodermalm", XLSX, workbook);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("imported").asInt()).isZero();
		List<String> where = new ArrayList<>();
		refused.body().get("errors").forEach(error -> where.add(error.get("line").asLong() + ":" + error.path("column").asString()));
		assertThat(where).containsExactlyInAnyOrder("3:lon", "3:severity");
		assertThat(refused.body().toString()).contains("severity är inte ett heltal: hög");
		assertThat(jdbc.sql("SELECT count(*) FROM observation WHERE external_id LIKE 'xl-%'").query(Long.class).single()).isZero();
	}

	@Test
	void refusesAFileThatIsNeitherCsvNorAWorkbookNamingTheFieldFile() throws IOException {
		byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		byte[] oldExcel = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		byte[] wordFile = zip("word/document.xml", "<w:document/>");
		for (var file : Map.of("pdf", pdf, "png", png, "xls", oldExcel, "docx", wordFile).entrySet()) {
			var refused = upload("samordnare.sodermalm", "application/octet-stream", file.getValue());
			assertThat(refused.status()).as(file.getKey()).isEqualTo(400);
			assertThat(refused.header("Content-Type")).as(file.getKey()).startsWith("application/problem+json");
			JsonNode error = refused.body().get("errors").get(0);
			assertThat(error.get("field").asString()).as(file.getKey()).isEqualTo("file");
			assertThat(error.get("code").asString()).as(file.getKey()).isEqualTo("type");
			assertThat(error.get("message").asString()).as(file.getKey()).containsAnyOf(".xlsx", "CSV");
		}
		assertThat(upload("samordnare.sodermalm", XLSX, oldExcel).body().get("errors").get(0).get("message").asString())
			.contains(".xls");
	}

	@Test
	void refusesAWorkbookFromOneWhoMayNotImport() throws IOException {
		byte[] workbook = workbook(sheet -> row(sheet, 1, "2026-11-06 10:00", "59,3146", "18,0714", "LITTERING", "1", "", "xl-7"));
		assertThat(upload("lasare", XLSX, workbook).status()).isEqualTo(403);
		var anonymous = api.send(api.request("/api/v1/observations/import", null)
			.header("Content-Type", XLSX)
			.POST(HttpRequest.BodyPublishers.ofByteArray(workbook))
			.build());
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(jdbc.sql("SELECT count(*) FROM observation WHERE external_id = 'xl-7'").query(Long.class).single()).isZero();
	}

	@Test
	void importsAWorkbookThroughThePageWithItsRowsCountedForTheProgress() throws Exception {
		byte[] workbook = workbook(sheet -> {
			row(sheet, 1, "2026-11-06 10:00", "59,3146", "18,0714", "LITTERING", "1", "Skräp", "xl-8");
			row(sheet, 2, "2026-11-06 11:00", "59,3147", "18,0715", "GRAFFITI", "2", "Klotter", "xl-9");
		});
		WebSession web = new WebSession(port).signIn("samordnare.sodermalm");
		web.get("/observations/import");
		HttpResponse<String> submitted = web.upload("/observations/import", "file", "iakttagelser.xlsx", XLSX, workbook);
		assertThat(submitted.statusCode()).isEqualTo(302);
		Matcher job = Pattern.compile("/imports/([0-9a-f-]{36})").matcher(submitted.headers().firstValue("Location").orElse(""));
		assertThat(job.find()).isTrue();
		java.util.UUID id = java.util.UUID.fromString(job.group(1));
		assertThat(jdbc.sql("SELECT total FROM import_job WHERE id = :id").param("id", id).query(Long.class).single())
			.as("the rows the sheet states it holds below the header").isEqualTo(2);
		long deadline = System.nanoTime() + 60_000_000_000L;
		String status = "RUNNING";
		while (status.equals("RUNNING") && System.nanoTime() < deadline) {
			Thread.sleep(100);
			status = jdbc.sql("SELECT status FROM import_job WHERE id = :id").param("id", id).query(String.class).single();
		}
		assertThat(status).isEqualTo("DONE");
		assertThat(web.get("/imports/" + job.group(1)).body()).contains("Klart: 2 importerade");
		assertThat(stored("xl-9").get("description")).isEqualTo("Klotter");
	}

	private Api.Response upload(String username, String contentType, byte[] body) {
		return api.send(api.request("/api/v1/observations/import", api.tokenFor(username))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	private Map<String, Object> stored(String externalId) {
		return jdbc.sql("""
				SELECT occurred_at, lat, lon, category_code, severity, description, spot, neighbourhood
				FROM observation WHERE external_id = :id""").param("id", externalId).query().singleRow();
	}

	interface Rows {

		void write(XSSFSheet sheet) throws IOException;
	}

	/** A workbook whose first sheet has the header row and the rows {@code rows} writes. */
	static byte[] workbook(Rows rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("Iakttagelser");
			row(sheet, 0, "occurredAt", "lat", "lon", "categoryCode", "severity", "description", "externalId");
			rows.write(sheet);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static void row(XSSFSheet sheet, int index, String... cells) {
		XSSFRow row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			if (!cells[i].isEmpty()) {
				row.createCell(i).setCellValue(cells[i]);
			}
		}
	}

	private static byte[] zip(String name, String content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}
}
