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
		fixtures.removeGroupChanges();
		jdbc.sql("DELETE FROM partner WHERE name LIKE 'Testpartner%'").update();
	}

	@Test
	void theDocumentsCarryTheGoldenThreadTheDecisionGoalsPerAreaPartnersAndSteeringDocuments() throws Exception {
		String decided = decidedPlanWithTheWholeChain();
		String text = ReadBack.pdfText(download("lasare", "pdf", null).body());
		// The cover: the steering group's decision with its group, date, text and who was present.
		assertThat(text).contains("Fastställd", "Styrgruppens beslut", "Styrgruppen fastställer åtgärdsplanen för 2026.");
		assertThat(text).containsPattern(ReadBack.words("Lokal styrgrupp Södermalm den " + decided + " (för Stockholms stad)"));
		assertThat(text).containsPattern(ReadBack.words("Styrgruppsledamot Södermalm (Stockholms stad)"));
		// Goals per priority area; the qualitative goal with its latest assessment.
		assertThat(text).containsPattern(ReadBack.words("Samordnade insatser för unga Skola, socialtjänst och polis har ett gemensamt"
				+ " arbetssätt 2026-12-31 Delvis uppnått 2026-06-30 Arbetssättet finns men inte i alla skolor"));
		assertThat(text).contains("Mål utan prioriterat samverkansområde");
		assertThat(text).containsPattern(ReadBack.words("Planen behandlar inte området. Skäl: Låg förekomst enligt lägesbilden"));
		// The activity: the causes it acts on, the other responsible body, the steering document's goal.
		assertThat(text).containsPattern(ReadBack.words("Verkar på orsaker (problem → orsak) Klotter vid tunnelbaneuppgången →"
				+ " Dålig belysning i gångtunneln"));
		assertThat(text).containsPattern(ReadBack.words("Andra ansvariga aktörer Testpartner Stockholmshem"));
		assertThat(text).contains("Ingen orsak angiven");
		// The golden thread and the steering documents.
		assertThat(text).contains("Den röda tråden", "Stadens styrdokument");
		assertThat(text).containsPattern(ReadBack.words("Klotter vid tunnelbaneuppgången Dålig belysning i gångtunneln Belysning i"
				+ " gångtunneln"));
		assertThat(text).containsPattern(ReadBack.words("Kommunfullmäktiges mål: 3.6 Tryggheten ska öka genom förebyggande insatser"));
		assertThat(text).containsPattern(ReadBack.words("Planen som helhet; Mål: Samordnade insatser för unga; Aktivitet: Belysning i"
				+ " gångtunneln"));
		assertThat(text).containsPattern(ReadBack.words("Testpartner Stockholmshem Bostadsbolag 1"));
		assertThat(ReadBack.enumNames(text)).as("only the fixture's titles carry status names")
			.allMatch(name -> List.of("DONE", "ONGOING", "PLANNED").contains(name));

		try (XWPFDocument docx = ReadBack.docx(download("kommunpolis.sodermalm", "docx", null).body())) {
			assertThat(ReadBack.paragraphs(docx, "Heading1")).contains("Mål", "Den röda tråden", "Stadens styrdokument");
			assertThat(ReadBack.paragraphs(docx, "Heading2")).contains("Belysning i gångtunneln",
					"Mål utan prioriterat samverkansområde");
			XWPFTable thread = ReadBack.table(docx, "Problem");
			assertThat(List.of(thread.getRow(1).getCell(0).getText(), thread.getRow(1).getCell(1).getText(),
					thread.getRow(1).getCell(2).getText()))
				.containsExactly("Klotter vid tunnelbaneuppgången", "Dålig belysning i gångtunneln", "Belysning i gångtunneln");
			XWPFTable qualitative = docx.getTables()
				.stream()
				.filter(table -> table.getRow(0).getCell(1).getText().equals("Målet i ord"))
				.findFirst()
				.orElseThrow();
			assertThat(qualitative.getRow(1).getCell(3).getText()).isEqualTo("Delvis uppnått");
			assertThat(qualitative.getRow(1).getCell(5).getText()).isEqualTo("Arbetssättet finns men inte i alla skolor");
			assertThat(ReadBack.docxText(docx)).contains("Styrgruppsledamot Södermalm (Stockholms stad)",
					"Lokal styrgrupp Södermalm den " + decided + " (för Stockholms stad)");
		}

		String english = ReadBack.pdfText(download("lasare", "pdf", "en").body());
		assertThat(english).contains("The golden thread", "The city's steering documents", "Other responsible bodies",
				"Goals without a priority area");
		assertThat(english).containsPattern(ReadBack.words("The steering group's decision Lokal styrgrupp Södermalm"));
		assertThat(english).containsPattern(ReadBack.words("2026-12-31 Partly achieved 2026-06-30"));
		assertThat(english).containsPattern(ReadBack.words("Lokal styrgrupp Södermalm on " + decided + " (for City of Stockholm)"));
		assertThat(english).containsPattern(ReadBack.words("The plan does not address this area. Reason: Låg förekomst"));
		assertThat(english).doesNotContain("Styrgruppens beslut", "Den röda tråden", "Delvis uppnått", "Verkar på orsaker");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(download("lasare", "xlsx", "en").body()))) {
			Sheet thread = workbook.getSheet("The golden thread");
			assertThat(thread).as("a sheet for the golden thread").isNotNull();
			boolean found = false;
			for (var row : thread) {
				found |= row.getCell(1) != null && "Dålig belysning i gångtunneln".equals(row.getCell(1).toString())
						&& "Belysning i gångtunneln".equals(row.getCell(2).toString());
			}
			assertThat(found).as("the cause's row with the activity acting on it").isTrue();
		}
	}

	@Test
	void aReaderSeesOnlyTheCausesOfAnalysesInTheirScope() {
		List<UUID> made = given.planning().cityWideActivityOnASodermalmCause("Mörk park kvällstid");
		String plan = jdbc.sql("SELECT plan_id FROM activity WHERE id = ?").param(made.get(0)).query(String.class).single();
		String sodermalm = ReadBack.pdfText(download("samordnare.sodermalm", plan, "pdf", null).body());
		assertThat(sodermalm).containsPattern(ReadBack.words("Droghandel i parken → Mörk park kvällstid"));
		String farsta = ReadBack.pdfText(download("samordnare.farsta", plan, "pdf", null).body());
		assertThat(farsta).containsPattern(ReadBack.words("1 orsak(er) i analyser du inte kan läsa"));
		assertThat(farsta).doesNotContain("Mörk park kvällstid", "Droghandel i parken");
	}

	/**
	 * Adds to the plan a problem with a cause and an activity acting on it (with a responsible body
	 * beyond the parties and the council's goal 3.6), a qualitative goal in the first priority area
	 * with an assessment, reasons for the areas left out and goal 3.6 for the plan as a whole, then
	 * has Södermalm's steering group establish it. Returns the decision's date.
	 */
	private String decidedPlanWithTheWholeChain() {
		var planning = given.planning();
		UUID sodermalm = planning.sodermalm();
		String problem = planning.created("samordnare.sodermalm", "/api/v1/problems",
				planning.problem(sodermalm, "Klotter vid tunnelbaneuppgången")).get("id").asString();
		String cause = planning.created("samordnare.sodermalm", "/api/v1/problems/" + problem + "/causes",
				planning.cause("Dålig belysning i gångtunneln", null, "PLACE", "RISK")).get("id").asString();
		String partner = planning.created("beredning.stad", "/api/v1/partners",
				Map.of("name", "Testpartner Stockholmshem", "kind", "HOUSING_COMPANY")).get("id").asString();
		String council = null;
		for (var document : api.getAs("lasare", "/api/v1/steering-documents").body()) {
			for (var goal : document.get("goals")) {
				if ("3.6".equals(goal.get("code").asString(null))) {
					council = goal.get("id").asString();
				}
			}
		}
		assertThat(council).as("the council's goal 3.6 is seeded").isNotNull();
		Map<String, Object> activity = planning.activity(sodermalm, List.of(UUID.fromString(cause)));
		activity.put("title", "Belysning i gångtunneln");
		activity.put("partnerIds", List.of(partner));
		activity.put("steeringDocumentGoalIds", List.of(council));
		planning.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", activity);
		String goal = planning.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				Map.of("title", "Samordnade insatser för unga", "priorityAreaId", planning.areas().get(0), "targetText",
						"Skola, socialtjänst och polis har ett gemensamt arbetssätt", "targetDate", "2026-12-31",
						"steeringDocumentGoalIds", List.of(council)))
			.get("id")
			.asString();
		planning.created("kommunpolis.sodermalm", "/api/v1/goals/" + goal + "/assessments",
				Map.of("date", "2026-06-30", "result", "PARTLY", "comment", "Arbetssättet finns men inte i alla skolor"));
		var read = api.getAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan).body();
		List<Map<String, Object>> reasons = new java.util.ArrayList<>();
		read.get("unaddressedPriorityAreaIds")
			.forEach(area -> reasons.add(Map.of("priorityAreaId", area.asString(), "reason", "Låg förekomst enligt lägesbilden")));
		assertThat(reasons).as("the fixture leaves areas out").isNotEmpty();
		var revised = given.put("samordnare.sodermalm", "/api/v1/action-plans/" + plan, json(Map.of("notAddressed", reasons,
				"steeringDocumentGoalIds", List.of(council), "version", read.get("version").asInt())));
		assertThat(revised.status()).as(revised.raw().body()).isEqualTo(200);
		String yesterday = java.time.LocalDate.now().minusDays(1).toString();
		var established = api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + plan + "/establish",
				json(Map.of("decisionDate", yesterday, "decisionText", "Styrgruppen fastställer åtgärdsplanen för 2026.",
						"presentMemberIds", List.of(fixtures.member("STYRGRUPP-SODERMALM", "styrgrupp.sodermalm")))));
		assertThat(established.status()).as(established.raw().body()).isEqualTo(200);
		return yesterday;
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
		assertThat(text).containsPattern(ReadBack.words("Ingen aktivitet har en ansvarig aktör utöver parterna."));
		assertThat(text).contains("Ingen av planens aktiviteter verkar på en orsak i en problemanalys.",
				"Planen anger inga mål i stadens styrdokument.");
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
		return download(username, plan.toString(), format, language);
	}

	private HttpResponse<byte[]> download(String username, String planId, String format, String language) {
		HttpRequest.Builder request = api.request("/api/v1/action-plans/" + planId + "/export?format=" + format,
				api.tokenFor(username));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return api.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}
}
