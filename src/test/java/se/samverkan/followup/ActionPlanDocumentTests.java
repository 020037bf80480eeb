package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planning.PlanningFixtures.json;

import java.awt.image.BufferedImage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.platform.documents.DocumentFormat;
import se.samverkan.support.ApiTest;
import se.samverkan.support.ReadBack;

/**
 * The action plan as a document (issue 15): Södermalm's 2026 plan with a goal and three activities
 * (one done, one ongoing, one planned), read back from PDF, DOCX and XLSX.
 */
class ActionPlanDocumentTests extends ApiTest {

	/** The colour of a done activity's bar on the timeline (never late, whatever the day the test runs). */
	static final int DONE_BAR = 0x1d6b2f;

	private FollowupFixtures given;

	private UUID plan;

	@BeforeEach
	void aPlanWithAGoalAndActivities() {
		given = new FollowupFixtures(api, jdbc);
		given.removeAll();
		plan = given.plan("samordnare.sodermalm", "LOCAL", fixtures.unit("SODERMALM"), 2026, "DONE", "ONGOING", "PLANNED");
		var goal = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				json(Map.of("title", "Färre upplevda otrygga platser", "baselineValue", 42, "baselinePeriod", "2025",
						"targetValue", 30, "targetDate", "2026-12-31")));
		assertThat(goal.status()).as(goal.raw().body()).isEqualTo(201);
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
	}

	@Test
	void thePdfHasGoalsActivitiesWithEveryFieldTheProfileAndTheTimeline() {
		HttpResponse<byte[]> pdf = download("lasare", "pdf", null);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("atgardsplan-sodermalm-2026.pdf");
		String text = ReadBack.pdfText(pdf.body());
		assertThat(text).contains("Åtgärdsplan Södermalm 2026", "Utkast", "1 mål och 3 aktiviteter", "Mål",
				"Aktivitet 1 DONE", "Trygghetsvandringar med boende och fastighetsägare",
				"Antal vandringar och åtgärdade brister, tertialvis", "Gemensamt", "Trygghetssamordnaren",
				"2026-02-01 – 2026-11-30", "Universell (för alla)", "Situationell prevention", "Kortsiktig",
				"8 av 8 genomförda", "Genomförd", "Pågår", "Planerad", "Preventionsprofil", "Tidslinje", "Sida 1 av");
		// (Text in a narrow table cell wraps onto several lines in the extracted text.)
		// Goal row: no indicator, baseline 42 (2025), target 30 by the end of the year, no value yet.
		assertThat(text).containsPattern("Färre\\s+upplevda\\s+otrygga\\s+platser\\s+Saknar\\s+indikator\\s+42\\s+2025\\s+30"
				+ "\\s+2026-12-31\\s+–\\s+Inget\\s+värde\\s+ännu");
		assertThat(text).containsPattern("En vandring i månaden kvällstid, med protokoll till\\s+fastighetsägarna");
		// The profile: three universal situational activities.
		assertThat(text).containsPattern("Universell \\(för alla\\)\\s+0\\s+3\\s+3");
		assertThat(ReadBack.enumNames(text)).as("only the fixture's titles carry status names")
			.allMatch(name -> List.of("DONE", "ONGOING", "PLANNED").contains(name));
		List<BufferedImage> pages = ReadBack.pdfPages(pdf.body(), 72);
		assertThat(ReadBack.pixels(pages, DONE_BAR)).as("the done activity's bar on the timeline").isGreaterThan(300);
	}

	@Test
	void theDocxHasHeadingsTablesTheTimelineAsAPictureAndPageNumbers() throws Exception {
		HttpResponse<byte[]> file = download("kommunpolis.sodermalm", "docx", null);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(DocumentFormat.DOCX.contentType());
		try (XWPFDocument docx = ReadBack.docx(file.body())) {
			assertThat(ReadBack.paragraphs(docx, "Title")).containsExactly("Åtgärdsplan Södermalm 2026");
			assertThat(ReadBack.paragraphs(docx, "Heading1")).startsWith("Mål")
				.contains("Preventionsprofil", "Tidslinje")
				.anyMatch(heading -> heading.startsWith("Aktiviteter: Otrygga och brottsutsatta platser"));
			assertThat(ReadBack.paragraphs(docx, "Heading2")).contains("Aktivitet 1 DONE", "Aktivitet 2 ONGOING",
					"Aktivitet 3 PLANNED");
			XWPFTable goals = ReadBack.table(docx, "Mål");
			assertThat(goals.getRow(1).getCell(0).getText()).isEqualTo("Färre upplevda otrygga platser");
			assertThat(goals.getRow(0).isRepeatHeader()).isTrue();
			List<BufferedImage> pictures = ReadBack.pictures(docx);
			assertThat(pictures).hasSize(1);
			assertThat(ReadBack.pixels(pictures.get(0), DONE_BAR)).as("the timeline").isGreaterThan(300);
			assertThat(ReadBack.docxText(docx)).contains("Hur det följs upp", "Sida", "Social prevention");
		}
	}

	@Test
	void theXlsxHasASheetPerSectionAndTheDocumentFollowsTheReadersLanguage() throws Exception {
		HttpResponse<byte[]> file = download("lasare", "xlsx", "en");
		assertThat(file.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(file.body()))) {
			List<String> sheets = new java.util.ArrayList<>();
			workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).contains("Goals", "Prevention profile", "Timeline");
			Sheet goals = workbook.getSheet("Goals");
			boolean found = false;
			for (var row : goals) {
				if (row.getCell(0) != null && "Färre upplevda otrygga platser".equals(row.getCell(0).toString())) {
					assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(42.0);
					assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(30.0);
					found = true;
				}
			}
			assertThat(found).as("the goal's row").isTrue();
		}
		String english = ReadBack.pdfText(download("lasare", "pdf", "en").body());
		assertThat(english).contains("Action plan Södermalm 2026", "Prevention profile", "Draft", "Universal (for everyone)",
				"Page 1 of");
		assertThat(english).doesNotContain("Preventionsprofil", "Utkast");
	}

	@Test
	void refusesReadersOutsideTheScopeWithoutATokenAndAnUnknownFormat() {
		assertThat(download("samordnare.farsta", "docx", null).statusCode()).isEqualTo(403);
		assertThat(api.get("/api/v1/action-plans/" + plan + "/export?format=docx", null).status()).isEqualTo(401);
		assertThat(api.getAs("lasare", "/api/v1/action-plans/" + UUID.randomUUID() + "/export?format=docx").status())
			.isEqualTo(404);
		var bad = api.getAs("lasare", "/api/v1/action-plans/" + plan + "/export?format=odt");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("errors").get(0).get("field").asString()).isEqualTo("format");
	}

	private HttpResponse<byte[]> download(String username, String format, String language) {
		HttpRequest.Builder request = api.request("/api/v1/action-plans/" + plan + "/export?format=" + format,
				api.tokenFor(username));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return api.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}
}
