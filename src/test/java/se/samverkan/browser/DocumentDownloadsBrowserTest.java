package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.followup.FollowupFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;
import se.samverkan.support.Fixtures;
import se.samverkan.support.ReadBack;

/**
 * The download links on the agreement, situation picture and action plan pages (fragment
 * {@code fragments/documents :: downloads}, issue 15): each is clicked as a user would, and the file
 * the browser receives is read back (PDFBox, POI) in the page's language. Every page has zero axe
 * violations.
 */
class DocumentDownloadsBrowserTest extends BrowserTest {

	private Api api;

	private FollowupFixtures given;

	private Fixtures fixtures;

	@BeforeEach
	void clean() {
		api = new Api(port);
		given = new FollowupFixtures(api, jdbc);
		fixtures = new Fixtures(jdbc);
		given.removeAll();
		fixtures.removeSituationData();
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
		fixtures.removeSituationData();
	}

	@Test
	void thePlanPageDownloadsThePlanAsPdfWordAndExcel() throws Exception {
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", fixtures.unit("SODERMALM"), 2026, "DONE", "PLANNED");
		Page page = browser.signedIn("samordnare.sodermalm");
		page.navigate("/plans/" + plan);
		assertThat(page.locator("h1")).containsText("Södermalm");
		Browser.assertAccessible(page);

		Download pdf = download(page, "PDF");
		assertThat(pdf.suggestedFilename()).isEqualTo("atgardsplan-sodermalm-2026.pdf");
		assertThat(ReadBack.pdfText(bytes(pdf))).contains("Åtgärdsplan Södermalm 2026", "Aktivitet 1 DONE", "Genomförd",
				"Preventionsprofil", "Den röda tråden", "Styrgruppens beslut");

		Download word = download(page, "Word (DOCX)");
		assertThat(word.suggestedFilename()).isEqualTo("atgardsplan-sodermalm-2026.docx");
		try (XWPFDocument docx = ReadBack.docx(bytes(word))) {
			assertThat(ReadBack.paragraphs(docx, "Title")).containsExactly("Åtgärdsplan Södermalm 2026");
			assertThat(ReadBack.paragraphs(docx, "Heading2")).contains("Aktivitet 1 DONE", "Aktivitet 2 PLANNED");
		}

		Download excel = download(page, "Excel (XLSX)");
		assertThat(excel.suggestedFilename()).isEqualTo("atgardsplan-sodermalm-2026.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(excel)))) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).contains("Mål", "Preventionsprofil", "Tidslinje");
		}
	}

	@Test
	void thePicturePageDownloadsThePictureInTheLanguageThePageIsIn() throws Exception {
		String picture = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2018-T1\",\"authorParty\":\"CITY\"}")
			.body()
			.get("id")
			.asString();
		Page page = browser.signedIn("samordnare.sodermalm");
		page.navigate("/situation-pictures/" + picture);
		Browser.assertAccessible(page);
		Download pdf = download(page, "PDF");
		assertThat(pdf.suggestedFilename()).isEqualTo("lagesbild-sodermalm-2018-t1.pdf");
		String swedish = ReadBack.pdfText(bytes(pdf));
		assertThat(swedish).contains("Lägesbild Södermalm 2018-T1", "Styrgruppens beslut",
				"Inte fastställd: styrgruppen har inte fattat beslut ännu.", "Sammanfattning");

		page.navigate("/situation-pictures/" + picture + "?lang=en");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		Browser.assertAccessible(page);
		String english = ReadBack.pdfText(bytes(download(page, "PDF")));
		assertThat(english).contains("Situation picture Södermalm 2018-T1", "The steering group's decision",
				"Not established: the steering group has not decided yet.", "Summary");
		assertThat(english).doesNotContain("Sammanfattning", "Styrgruppens beslut");
		try (XWPFDocument docx = ReadBack.docx(bytes(download(page, "Word (DOCX)")))) {
			assertThat(ReadBack.paragraphs(docx, "Heading1")).contains("Summary", "Method");
		}
	}

	@Test
	void theAgreementPageDownloadsTheAgreementAsPdfAndWord() throws Exception {
		Page page = browser.signedIn("lasare");
		page.navigate("/agreements");
		Browser.assertAccessible(page);
		String pdf = ReadBack.pdfText(bytes(download(page, "PDF")));
		assertThat(pdf).contains("Samverkansöverenskommelse", "Stockholms stad", "Polisregion Stockholm");
		try (XWPFDocument docx = ReadBack.docx(bytes(download(page, "Word (DOCX)")))) {
			assertThat(ReadBack.paragraphs(docx, "Title")).singleElement()
				.asString()
				.startsWith("Samverkansöverenskommelse");
			assertThat(ReadBack.docxText(docx)).contains("Stockholms stad", "Polisregion Stockholm");
		}
	}

	/** Clicks the download link of this name among the page's document links and waits for the file. */
	private static Download download(Page page, String name) {
		Locator link = page.locator(".downloads")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
		return page.waitForDownload(link::click);
	}

	private static byte[] bytes(Download download) throws Exception {
		assertThat(download.failure()).as("the download").isNull();
		return Files.readAllBytes(download.path());
	}
}
