package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.platform.documents.DocumentFormat;
import se.samverkan.support.ApiTest;
import se.samverkan.support.ReadBack;

/**
 * The situation picture as a document (issue 15): Södermalm's 2018-T1 with graffiti rising
 * against 2017-T3, read back from PDF (text and drawn pages) and DOCX (headings, tables, pictures).
 */
class SituationPictureDocumentTests extends ApiTest {

	static final String MEDBORGARPLATSEN = "\"position\":{\"lat\":59.3146,\"lon\":18.0714}";

	static final String HORNSTULL = "\"position\":{\"lat\":59.3157,\"lon\":18.0337}";

	static final String NYTORGET = "\"position\":{\"lat\":59.3127,\"lon\":18.0822}";

	/** The weekly chart's bars and the map's hotspots, as drawn. */
	static final int BAR = 0x00539f;

	static final int SPOT = 0xb3261e;

	private String id;

	@BeforeEach
	void aPictureOfSodermalmEstablished() {
		fixtures.removeSituationData();
		// 2018-T1: 12 graffiti (rising from 5 in 2017-T3), 3 drug observations (too few to tell).
		for (int i = 0; i < 12; i++) {
			observe(i % 3 == 0 ? HORNSTULL : MEDBORGARPLATSEN, "GRAFFITI", "2018-0" + (1 + i % 4) + "-1" + i % 10 + "T21:30:00+01:00");
		}
		for (int i = 0; i < 3; i++) {
			observe(NYTORGET, "DRUGS", "2018-02-0" + (i + 1) + "T22:00:00+01:00");
		}
		for (int i = 0; i < 5; i++) {
			observe(MEDBORGARPLATSEN, "GRAFFITI", "2017-10-0" + (i + 1) + "T20:00:00+02:00");
		}
		// An indicator of unsafe places with Södermalm's values for 2016 and 2017 (kept with the picture when established).
		String indicator = api.postAs("beredning.stad", "/api/v1/indicators", "{\"code\":\"TEST-DOC-OTRYGG\","
				+ "\"name\":\"Andel otrygga TEST-DOC\",\"unit\":\"%\",\"direction\":\"LOWER_IS_BETTER\",\"source\":\"SAFETY_SURVEY\","
				+ "\"sourceRef\":\"Trygghetsmätning\",\"priorityAreaIds\":[\"" + fixtures.priorityAreas().get(1) + "\"],"
				+ "\"level\":\"DISTRICT\",\"frequency\":\"YEARLY\",\"public\":false}").body().get("id").asString();
		var values = api.putAs("samordnare.sodermalm", "/api/v1/indicators/" + indicator + "/values",
				"[{\"unitId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2016\",\"value\":14},"
						+ "{\"unitId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2017\",\"value\":12.5}]");
		assertThat(values.status()).as(String.valueOf(values.body())).isEqualTo(200);
		JsonNode picture = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2018-T1\",\"authorParty\":\"CITY\"}").body();
		id = picture.get("id").asString();
		String places = picture.get("sections").get(1).get("priorityAreaId").asString();
		put("/api/v1/situation-pictures/" + id + "/sections/" + places,
				"{\"assessment\":\"Klottret vid Medborgarplatsen har ökat sedan hösten.\",\"trend\":\"UP\",\"version\":0}");
		put("/api/v1/situation-pictures/" + id + "/sources",
				"{\"sources\":[{\"name\":\"Trygghetsmätningen 2017\",\"limitations\":\"Görs vart tredje år\"}],\"version\":1}");
		PictureFixtures.leaveTheRestWithAReason(api, "samordnare.sodermalm", id);
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/situation-pictures/" + id + "/establish", "").status())
			.isEqualTo(200);
	}

	@AfterEach
	void tearDown() {
		fixtures.removeSituationData();
		fixtures.removeGroupChanges();
		fixtures.removeTestIndicators();
	}

	@Test
	void thePdfHasTheCoverTheFiguresWithSwedishTrendWordsAndNoEnumName() {
		HttpResponse<byte[]> pdf = download("lasare", "pdf", null);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("lagesbild-sodermalm-2018-t1.pdf");
		String text = ReadBack.pdfText(pdf.body());
		assertThat(text).contains("Lägesbild Södermalm 2018-T1", "2018-T1 (2018-01-01 – 2018-04-30)", "Stockholms stad",
				"Fastställd", "Styrgruppens beslut", "Sammanfattning", "Otrygga och brottsutsatta platser",
				"Klottret vid Medborgarplatsen har ökat sedan hösten.", "Trygghetsmätningen 2017", "Görs vart tredje år",
				"Iakttagelser per vecka", "Karta över de tätaste platserna", "Metod", "Sida 1 av");
		// Unsafe places: 12 now against 5, up by 7, rising by the figures and as assessed; drugs too few to tell.
		// (A table cell's text may wrap onto a second line in the extracted text.)
		assertThat(text).containsPattern("Otrygga och brottsutsatta\\s+platser\\s+12\\s+5\\s+7\\s+Ökar\\s+Ökar");
		assertThat(text).containsPattern("Kriminella miljöer och\\s+livsstilar\\s+3\\s+0\\s+3\\s+Går inte att\\s+säga");
		assertThat(text).contains("Klotter", "Droghandel eller droganvändning");
		// The steering group's decision: group, meeting day, decision text and who was present.
		assertThat(text).containsPattern(ReadBack.words("Lokal styrgrupp Södermalm den " + java.time.LocalDate.now()
				+ " (för Stockholms stad)"));
		assertThat(text).containsPattern(ReadBack.words("Beslutet Lägesbilden för Södermalm 2018-T1 fastställs."));
		assertThat(text).containsPattern(ReadBack.words("Närvarande Styrgruppsledamot Södermalm (Stockholms stad)"));
		// The reasons for the areas not assessed, in the summary and in each area's section.
		assertThat(text).contains("Områden som inte bedöms");
		assertThat(text).containsPattern(ReadBack.words("Kriminella miljöer och livsstilar Få iakttagelser under perioden"));
		assertThat(text).containsPattern(ReadBack.words("Området bedöms inte i lägesbilden. Skäl: Få iakttagelser under perioden"));
		assertThat(ReadBack.enumNames(text)).isEmpty();
	}

	@Test
	void aJointPictureShowsBothPartiesDecisions() {
		var group = fixtures.group("STYRGRUPP-SODERMALM");
		assertThat(api.postAs("beredning.polis", "/api/v1/groups/" + group + "/members",
				"{\"username\":\"kommunpolis.sodermalm\",\"role\":\"Lokalpolisområdeschef\",\"from\":\"2026-01-01\"}")
			.status()).isEqualTo(201);
		id = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2018-T2\",\"authorParty\":\"JOINT\"}")
			.body()
			.get("id")
			.asString();
		PictureFixtures.leaveTheRestWithAReason(api, "samordnare.sodermalm", id);
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/situation-pictures/" + id + "/establish",
				"{\"decisionText\":\"Staden fastställer för sin del.\"}").status()).isEqualTo(200);
		String awaiting = ReadBack.pdfText(download("lasare", "pdf", null).body());
		assertThat(awaiting).contains("Staden fastställer för sin del.");
		assertThat(awaiting).containsPattern(ReadBack.words("Den andra partens bekräftelse"));
		assertThat(awaiting).containsPattern(ReadBack.words("Väntar på att en ledamot från den andra parten bekräftar beslutet."));

		assertThat(api.postAs("kommunpolis.sodermalm", "/api/v1/situation-pictures/" + id + "/establish",
				"{\"decisionText\":\"Polisen bekräftar lägesbilden.\"}").status()).isEqualTo(200);
		String text = ReadBack.pdfText(download("lasare", "pdf", null).body());
		assertThat(text).contains("Staden fastställer för sin del.", "Polisen bekräftar lägesbilden.");
		assertThat(text).containsPattern(ReadBack.words("Den andra partens bekräftelse"));
		assertThat(text).containsPattern(ReadBack.words("Lokal styrgrupp Södermalm den " + java.time.LocalDate.now()
				+ " (för Stockholms stad)"));
		assertThat(text).containsPattern(ReadBack.words("Lokal styrgrupp Södermalm den " + java.time.LocalDate.now()
				+ " (för Polisregion Stockholm)"));
		assertThat(text).doesNotContain("Väntar på att en ledamot");
		String english = ReadBack.pdfText(download("lasare", "pdf", "en").body());
		assertThat(english).contains("Areas not assessed");
		assertThat(english).containsPattern(ReadBack.words("The steering group's decision"));
		assertThat(english).containsPattern(ReadBack.words("The other party's confirmation"));
		assertThat(english).containsPattern(ReadBack.words("Lokal styrgrupp Södermalm on " + java.time.LocalDate.now()
				+ " (for Police Region Stockholm)"));
	}

	@Test
	void thePdfDrawsTheWeeklyChartAndTheHotspotMap() {
		List<BufferedImage> pages = ReadBack.pdfPages(download("lasare", "pdf", null).body(), 72);
		assertThat(ReadBack.pixels(pages, BAR)).as("the weekly bars").isGreaterThan(300);
		assertThat(ReadBack.pixels(pages, SPOT)).as("the hotspots").isGreaterThan(300);
	}

	@Test
	void theDocxHasHeadingsTablesAndTheChartAndMapAsPictures() throws Exception {
		HttpResponse<byte[]> file = download("kommunpolis.sodermalm", "docx", null);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(DocumentFormat.DOCX.contentType());
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("lagesbild-sodermalm-2018-t1.docx");
		try (XWPFDocument docx = ReadBack.docx(file.body())) {
			assertThat(ReadBack.paragraphs(docx, "Title")).containsExactly("Lägesbild Södermalm 2018-T1");
			assertThat(ReadBack.paragraphs(docx, "Heading1")).startsWith("Sammanfattning")
				.contains("Otrygga och brottsutsatta platser", "Iakttagelser per vecka", "Karta över de tätaste platserna",
						"Källor och begränsningar", "Metod");
			XWPFTable summary = ReadBack.table(docx, "Prioriterat samverkansområde");
			assertThat(summary.getRows()).hasSize(6);
			assertThat(summary.getRow(0).isRepeatHeader()).isTrue();
			XWPFTable hotspots = ReadBack.table(docx, "Nr");
			assertThat(hotspots.getRow(1).getCell(1).getText()).isNotBlank();
			List<BufferedImage> pictures = ReadBack.pictures(docx);
			assertThat(pictures).hasSize(2);
			assertThat(ReadBack.pixels(pictures.get(0), BAR)).as("the weekly chart").isGreaterThan(300);
			assertThat(ReadBack.pixels(pictures.get(1), SPOT)).as("the hotspot map").isGreaterThan(300);
			// The area's indicator as kept with the picture: the latest value by the period's end against the one before.
			List<String> indicator = docx.getTables()
				.stream()
				.filter(table -> table.getRow(0).getCell(0).getText().equals("Indikator"))
				.flatMap(table -> table.getRows().stream())
				.filter(row -> row.getCell(0).getText().startsWith("Andel otrygga TEST-DOC"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no row for the test indicator"))
				.getTableCells()
				.stream()
				.map(cell -> cell.getText())
				.toList();
			assertThat(indicator.get(0)).isEqualTo("Andel otrygga TEST-DOC (%)");
			assertThat(indicator.get(1)).isEqualTo("Södermalm");
			assertThat(indicator.get(2)).startsWith("2017");
			assertThat(indicator.get(3)).matches("12[,.]50?");
			assertThat(indicator.get(4)).isEqualTo("2016");
			assertThat(indicator.get(7)).isEqualTo("bättre");
			String text = ReadBack.docxText(docx);
			assertThat(text).contains("Ökar", "Går inte att säga", "Klottret vid Medborgarplatsen har ökat sedan hösten.",
					"Sida");
			assertThat(ReadBack.enumNames(text)).isEmpty();
		}
	}

	@Test
	void theDocumentFollowsTheReadersLanguage() throws Exception {
		String text = ReadBack.pdfText(download("lasare", "pdf", "en").body());
		assertThat(text).containsPattern(ReadBack.words("Indicators of Unsafe and crime-exposed places"));
		assertThat(text).contains("Situation picture Södermalm 2018-T1", "Unsafe and crime-exposed places", "Rising",
				"Cannot tell", "Graffiti", "Observations by week", "Page 1 of");
		assertThat(text).doesNotContain("Ökar", "Sammanfattning");
		assertThat(ReadBack.enumNames(text)).isEmpty();
		try (XWPFDocument docx = ReadBack.docx(download("lasare", "docx", "en").body())) {
			assertThat(ReadBack.paragraphs(docx, "Heading1")).contains("Summary", "Method");
		}
	}

	@Test
	void refusesReadersOutsideTheScopeAnUnknownPictureAndAnUnknownFormat() {
		assertThat(download("samordnare.farsta", "pdf", null).statusCode()).isEqualTo(403);
		assertThat(download("samordnare.farsta", "docx", null).statusCode()).isEqualTo(403);
		assertThat(api.get("/api/v1/situation-pictures/" + id + "/export?format=pdf", null).status()).isEqualTo(401);
		assertThat(api.getAs("lasare", "/api/v1/situation-pictures/" + java.util.UUID.randomUUID() + "/export?format=pdf")
			.status()).isEqualTo(404);
		var bad = api.getAs("lasare", "/api/v1/situation-pictures/" + id + "/export?format=xlsx");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("errors").get(0).get("field").asString()).isEqualTo("format");
	}

	private HttpResponse<byte[]> download(String username, String format, String language) {
		HttpRequest.Builder request = api.request("/api/v1/situation-pictures/" + id + "/export?format=" + format,
				api.tokenFor(username));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return api.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private void observe(String where, String category, String at) {
		var created = api.postAs("rapportor.sodermalm", "/api/v1/observations", "{\"occurredAt\":\"" + at + "\"," + where
				+ ",\"categoryCode\":\"" + category + "\",\"severity\":2,\"description\":\"Iakttaget vid kvällsrundan\"}");
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
	}

	private void put(String path, String body) {
		var response = api.send(api.request(path, api.tokenFor("samordnare.sodermalm"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
		assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
	}
}
