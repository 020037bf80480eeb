package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planning.PlanningFixtures.json;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

class ExportApiTests extends ApiTest {

	private FollowupFixtures given;

	private UUID sodermalm;

	@BeforeEach
	void setUp() {
		given = new FollowupFixtures(api, jdbc);
		given.removeAll();
		sodermalm = fixtures.unit("SODERMALM");
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
	}

	private HttpResponse<byte[]> download(String username, String path) {
		return api.send(api.request(path, api.tokenFor(username)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private UUID submittedReport() {
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026, "DONE", "ONGOING", "ONGOING", "PLANNED");
		UUID report = given.report("samordnare.sodermalm", plan, "2026-T2");
		given.put("samordnare.sodermalm", "/api/v1/reports/" + report,
				json(Map.of("narrative", Map.of("overall", "Trygghetsvandringarna på Södermalm fortsätter."), "version", 0)));
		api.postAs("samordnare.sodermalm", "/api/v1/reports/" + report + "/submit", "");
		return report;
	}

	@Test
	void theReportAsPdfHasItsCoverContentsFiguresPageNumbersAndAnEmbeddedFont() throws Exception {
		UUID report = submittedReport();
		var pdf = download("lasare", "/api/v1/reports/" + report + "/export?format=pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("uppfoljning-sodermalm-2026-t2.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Uppföljningsrapport", "Södermalm 2026-T2", "Innehåll", "Aktiviteter per status",
					"Trygghetsvandringarna på Södermalm fortsätter.", "Inskickad",
					"Sida 1 av " + document.getNumberOfPages());
			assertThat(text).containsPattern("Genomförd\\s+1").containsPattern("Aktivitet\\s+1\\s+DONE");
			assertThat(text).containsPattern("Pågår\\s+2");
			PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.getName()).contains("DejaVu");
			assertThat(font.isEmbedded()).isTrue();
		}
	}

	@Test
	void theReportAsXlsxHasASheetPerSectionWithRealNumbersAndDates() throws Exception {
		UUID report = submittedReport();
		var xlsx = download("samordnare.sodermalm", "/api/v1/reports/" + report + "/export?format=xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Försättsblad");
			assertThat(workbook.getSheet("Sammanfattning")).isNotNull();
			Sheet activities = workbook.getSheet("Aktiviteter");
			Row header = activities.getRow(3);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Aktivitet");
			Row first = activities.getRow(4);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Aktivitet 1 DONE");
			assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
			assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-02-01");
			assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(8.0);
			assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(8.0);
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + 3 + 5 + 1);
		}
	}

	/** Issue 14, point 5: text stored before such characters were refused never breaks an export. */
	@Test
	void exportsAReportWhoseStoredTextXmlCannotCarry() throws Exception {
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026, "DONE", "ONGOING");
		jdbc.sql("UPDATE activity SET title = :title WHERE plan_id = :plan")
			.param("title", "Trygg\u0001het\uFFFE i\u000B parken\uFFFF")
			.param("plan", plan)
			.update();
		UUID report = given.report("samordnare.sodermalm", plan, "2026-T2");
		api.postAs("samordnare.sodermalm", "/api/v1/reports/" + report + "/submit", "");

		var pdf = download("lasare", "/api/v1/reports/" + report + "/export?format=pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).containsPattern("Trygghet\\s+i\\s+parken");
		}
		var xlsx = download("lasare", "/api/v1/reports/" + report + "/export?format=xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(workbook.getSheet("Aktiviteter").getRow(4).getCell(0).getStringCellValue())
				.isEqualTo("Trygghet i parken");
		}
	}

	@Test
	void theCompilationAsPdfXlsxAndCsvCarriesTheDistrictsFigures() throws Exception {
		clock.fixAt("2026-12-15T12:00"); // the ongoing activity ended on 30 November: late
		given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026, "DONE", "DONE", "ONGOING");
		String id = api.postAs("beredning.stad", "/api/v1/annual-compilations", json(Map.of("year", 2026))).body()
			.get("id").asString();
		var pdf = download("samordnare.farsta", "/api/v1/annual-compilations/" + id + "/export?format=pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Årssammanställning 2026", "Jämförelse av stadsdelsområdena", "Södermalm", "Järva");
			assertThat(text).containsPattern("Södermalm\\s+3\\s+2\\s+66,7");
		}
		var xlsx = download("lasare", "/api/v1/annual-compilations/" + id + "/export?format=xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet comparison = workbook.getSheet("Jämförelse av stadsdelsområdena");
			Row sodermalmRow = null;
			for (Row row : comparison) {
				if (row.getCell(0) != null && "Södermalm".equals(row.getCell(0).getStringCellValue())) {
					sodermalmRow = row;
				}
			}
			assertThat(sodermalmRow).isNotNull();
			assertThat(sodermalmRow.getCell(2).getNumericCellValue()).isEqualTo(2.0);
			assertThat(sodermalmRow.getCell(3).getNumericCellValue()).isEqualTo(66.7);
			// The work by the city's steering documents: goal 3.6 is listed, here with nothing serving it.
			Sheet steering = workbook.getSheet("Stadens styrdokument");
			assertThat(steering).isNotNull();
			List<String> goals = new ArrayList<>();
			for (Row row : steering) {
				if (row.getCell(0) != null) {
					goals.add(row.getCell(0).getStringCellValue());
				}
			}
			assertThat(goals).anyMatch(goal -> goal.startsWith("Kommunfullmäktiges mål: 3.6"));
		}
		var csv = download("lasare", "/api/v1/annual-compilations/" + id + "/export?format=csv");
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFStadsdelsområde,Aktiviteter,Genomförda,Andel genomförda (%)");
		// one late (the ongoing one, on the clock's day); the commitments met are both done ones
		assertThat(text).contains("Södermalm,3,2,66.7,1,2,0");

		var reporter = api.getAs("rapportor.sodermalm", "/api/v1/annual-compilations/" + id + "/export?format=pdf");
		assertThat(reporter.status()).as("a reporter reads no compilation").isEqualTo(403);
		assertThat(reporter.raw().body()).doesNotContain("Södermalm");
		assertThat(api.get("/api/v1/annual-compilations/" + id + "/export?format=csv", null).status()).isEqualTo(401);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/annual-compilations/" + id + "/export?format=pdf&async=true")
			.status()).as("nor in the background").isEqualTo(403);
		assertThat(jdbc.sql("SELECT count(*) FROM export_job").query(Long.class).single()).isZero();
	}

	@Test
	void refusesAnUnknownFormatAndReadersOutsideTheScope() {
		UUID report = submittedReport();
		var bad = api.getAs("lasare", "/api/v1/reports/" + report + "/export?format=doc");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(FollowupFixtures.fields(bad.body())).containsExactly("format");
		assertThat(api.getAs("samordnare.farsta", "/api/v1/reports/" + report + "/export?format=pdf").status()).isEqualTo(403);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/reports/" + report + "/export?format=pdf").status()).isEqualTo(403);
		UUID plan = UUID.fromString(jdbc.sql("SELECT plan_id FROM followup_report").query(UUID.class).single().toString());
		assertThat(download("kommunpolis.sodermalm", "/api/v1/action-plans/" + plan + "/export?format=csv").statusCode())
			.isEqualTo(200);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/action-plans/" + plan + "/export?format=pdf").status()).isEqualTo(403);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/annual-compilations/" + UUID.randomUUID() + "/export?format=pdf")
			.status()).isEqualTo(404);
	}

	@Test
	void aLongExportRunsInTheBackgroundWithProgressForTheUserWhoAskedOnly() throws Exception {
		UUID report = submittedReport();
		var accepted = api.getAs("styrgrupp.sodermalm", "/api/v1/reports/" + report + "/export?format=pdf&async=true");
		assertThat(accepted.status()).isEqualTo(202);
		String location = accepted.header("Location");
		assertThat(location).startsWith("/api/v1/export-jobs/");
		Api.Response job = api.getAs("styrgrupp.sodermalm", location);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (job.body().get("status").asString().equals("RUNNING") && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			job = api.getAs("styrgrupp.sodermalm", location);
		}
		assertThat(job.body().get("status").asString()).isEqualTo("DONE");
		assertThat(job.body().get("percent").asInt()).isEqualTo(100);
		assertThat(api.getAs("lasare", location).status()).isEqualTo(404);
		assertThat(api.getAs("lasare", location + "/file").status()).isEqualTo(404);
		assertThat(api.get(location, null).status()).isEqualTo(401);
		var anonymous = api.get(location + "/file", null);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.raw().body()).doesNotStartWith("%PDF");
		var file = download("styrgrupp.sodermalm", location + "/file");
		assertThat(file.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(file.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Södermalm 2026-T2");
		}
		assertThat(api.getAs("samordnare.farsta", "/api/v1/reports/" + report + "/export?format=pdf&async=true").status())
			.isEqualTo(403);
		assertThat(jdbc.sql("SELECT count(*) FROM export_job").query(Long.class).single()).isEqualTo(1);
	}
}
