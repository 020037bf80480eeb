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
import com.microsoft.playwright.options.Media;
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

	/**
	 * The print stylesheet: printing the plan page from the browser gives the plan without the
	 * site's controls (menu, sign-out, forms, buttons, footer), with the addresses of its links
	 * written out, and the screen is as it was afterwards.
	 */
	@Test
	void thePlanPagePrintsAsADocumentWithoutTheSitesControls() throws Exception {
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", fixtures.unit("SODERMALM"), 2026, "DONE", "PLANNED");
		Page page = browser.signedIn("samordnare.sodermalm");
		page.navigate("/plans/" + plan);
		assertThat(page.locator("main form").count()).as("the plan page has forms to hide").isPositive();

		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.locator("h1")).isVisible();
		assertThat(page.locator(".main-nav")).isHidden();
		assertThat(page.locator(".site-header__tools")).isHidden();
		assertThat(page.locator(".site-footer")).isHidden();
		for (Locator form : page.locator("main form").all()) {
			assertThat(form).isHidden();
		}
		// Words are whole, lines break where the printed page breaks them
		String printed = ReadBack.pdfText(page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true))).replaceAll("\\s+", " ");
		assertThat(printed).contains("Åtgärdsplan Södermalm 2026", "Aktivitet 1 DONE", "Aktivitet 2 PLANNED",
				"Tidslinje (/plans/" + plan + "/timeline)");
		// Not the controls: sign-out, the footer, the column of edit and remove links, nor addresses inside tables
		assertThat(printed).doesNotContain("Logga ut", "Inloggad som", "Registrera inga personnummer", "Ta bort", "Nytt mål",
				"(/activities/");

		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		assertThat(page.locator(".site-header__tools")).isVisible();
		assertThat(page.locator(".site-footer")).isVisible();
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
