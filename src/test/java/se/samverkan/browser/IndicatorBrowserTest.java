package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;
import se.samverkan.support.Fixtures;

/**
 * A central coordinator creates an indicator and imports its values; a coordinator sets it on a
 * goal, and the goal and the golden thread show baseline, target and latest value; the trend chart
 * with its table, the comparison, the imports, the district overview and the situation picture;
 * every page of the module without an axe-core violation.
 */
class IndicatorBrowserTest extends BrowserTest {

	private final int year = LocalDate.now().getYear();

	@BeforeEach
	@AfterEach
	void clean() {
		jdbc.sql("DELETE FROM action_plan").update();
		jdbc.sql("DELETE FROM situation_picture").update();
		new Fixtures(jdbc).removeTestIndicators();
	}

	@Test
	void anIndicatorIsCreatedFedWithAFileSetOnAGoalAndFollowedToTheGoldenThread() {
		Page central = browser.signedIn("beredning.stad");
		click(central, AriaRole.LINK, "Indikatorer");
		assertThat(central.locator("h1")).hasText("Indikatorer");
		assertThat(central.locator("tbody")).containsText("Anmälda våldsbrott per 100 000 invånare");
		Browser.assertAccessible(central);

		click(central, AriaRole.LINK, "Ny indikator");
		Browser.assertAccessible(central);
		click(central, AriaRole.BUTTON, "Spara indikatorn");
		assertThat(central.locator(".error-summary")).containsText("Måste fyllas i");
		Browser.assertAccessible(central);
		central.getByLabel("Kod").fill("TEST-TRYGG-PARK");
		central.getByLabel("Enhet (t.ex. %, antal, per 100 000 invånare)").fill("%");
		central.getByLabel("Indikator", new Page.GetByLabelOptions().setExact(true)).fill("Andel otrygga i parkerna kvällstid");
		central.getByLabel("Källa", new Page.GetByLabelOptions().setExact(true)).selectOption("SAFETY_SURVEY");
		central.getByLabel("Otrygga och brottsutsatta platser").check();
		central.getByLabel("Definition").fill("Andelen svarande som känner sig otrygga i parkerna kvällstid.");
		click(central, AriaRole.BUTTON, "Spara indikatorn");
		assertThat(central.locator("h1")).hasText("Andel otrygga i parkerna kvällstid");
		assertThat(central.locator("main")).containsText("Inga värden ännu.");
		Browser.assertAccessible(central);
		String indicatorUrl = central.url().replaceAll("[?#].*$", "");

		click(central, AriaRole.LINK, "Importera värden (CSV eller Excel)");
		Browser.assertAccessible(central);
		byte[] broken = "unitCode;period;value\nSODERMALM;2025-T4;21,5\nSODERMALM;2024;tjugo\n".getBytes(StandardCharsets.UTF_8);
		central.getByLabel("Fil (CSV eller Excel)").setInputFiles(new FilePayload("varden.csv", "text/csv", broken));
		click(central, AriaRole.BUTTON, "Importera");
		assertThat(central.getByRole(AriaRole.ALERT)).containsText("2 fel");
		assertThat(central.locator("tbody")).containsText("tre tertialer");
		Browser.assertAccessible(central);
		byte[] file = ("unitCode;period;value\nSODERMALM;" + (year - 3) + ";24,5\nSODERMALM;" + (year - 2) + ";22\nSODERMALM;"
				+ (year - 1) + ";19,5\nFARSTA;" + (year - 1) + ";26\nSKARHOLMEN;" + (year - 1) + ";17\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		central.getByLabel("Fil (CSV eller Excel)").setInputFiles(new FilePayload("varden.csv", "text/csv", file));
		click(central, AriaRole.BUTTON, "Importera");
		assertThat(central.getByRole(AriaRole.STATUS).first()).containsText("5 värden nya eller ändrade");
		Browser.assertAccessible(central);

		central.navigate(indicatorUrl);
		assertThat(central.locator(".multiples svg.chart--line")).hasCount(3);
		assertThat(central.locator("#values-caption")).containsText("Värden för Andel otrygga i parkerna kvällstid");
		assertThat(central.locator("table").last()).containsText("19,5");
		Browser.assertAccessible(central);
		click(central, AriaRole.BUTTON, "Godkänn alla preliminära värden");
		assertThat(central.locator(".notice").first()).containsText("5 värden godkändes");
		Browser.assertAccessible(central);
		click(central, AriaRole.LINK, "Jämför stadsdelsområden");
		assertThat(central.locator("h2")).containsText(String.valueOf(year - 1));
		assertThat(central.locator("svg.chart--bars rect.bar")).hasCount(3);
		assertThat(central.locator("svg.chart--map path.area")).hasCount(11);
		assertThat(central.locator("#compare-caption")).isVisible();
		assertThat(central.locator("tbody tr").first()).containsText("Farsta");
		Browser.assertAccessible(central);

		Page coordinator = browser.signedIn("samordnare.sodermalm");
		coordinator.navigate("/plans");
		coordinator.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).last().fill(String.valueOf(year));
		click(coordinator, AriaRole.BUTTON, "Skapa planen");
		coordinator.getByLabel("Mål (vad ska uppnås?)").fill("Färre känner sig otrygga i parkerna");
		coordinator.getByLabel("Utgångsvärde (valfritt)").fill("24,5");
		coordinator.getByLabel("Period för utgångsvärdet (valfritt)").fill(String.valueOf(year - 3));
		coordinator.getByLabel("Målvärde").fill("15");
		coordinator.getByLabel("Måldatum").fill(year + "-12-31");
		coordinator.getByLabel("Indikator som mäter målet (valfritt)")
			.selectOption(new SelectOption().setLabel("TEST-TRYGG-PARK – Andel otrygga i parkerna kvällstid (%)"));
		click(coordinator, AriaRole.BUTTON, "Lägg till målet");
		assertThat(coordinator.locator("main")).containsText("19,5 (" + (year - 1) + ")");
		assertThat(coordinator.locator("main")).containsText("bättre än utgångsläget");
		Browser.assertAccessible(coordinator);

		coordinator.navigate("/golden-thread");
		assertThat(coordinator.locator(".gaps")).containsText("Mål utan indikator");
		assertThat(coordinator.locator("main")).containsText("Utgångsläge 24,5 (" + (year - 3) + ") · mål 15");
		assertThat(coordinator.locator("main")).containsText("senaste värde 19,5 (" + (year - 1) + ")");
		Browser.assertAccessible(coordinator);

		coordinator.navigate(indicatorUrl);
		assertThat(coordinator.locator("svg .target-line")).hasCount(1);
		assertThat(coordinator.locator("main")).containsText("Mål 15");
		assertThat(coordinator.locator("main")).containsText("Bättre än utgångsläget");
		Browser.assertAccessible(coordinator);

		coordinator.navigate("/situation");
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Södermalm").setExact(true)).click();
		assertThat(coordinator.locator("#indikatorer")).isVisible();
		assertThat(coordinator.locator(".multiples")).containsText("Andel otrygga i parkerna kvällstid");
		Browser.assertAccessible(coordinator);
	}

	@Test
	void theOtherPagesOfTheModuleHaveNoAccessibilityViolations() {
		Page central = browser.signedIn("beredning.stad");
		central.navigate("/indicators/kolada");
		assertThat(central.locator("main")).containsText("N07403");
		// The test application fetches from a local Kolada stub (an empty answer): the button runs it now.
		central.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hämta nu")).click();
		assertThat(central.locator("main")).containsText("Klart: 0 värden nya eller ändrade");
		assertThat(central.locator("main")).not().containsText("misslyckades");
		Browser.assertAccessible(central);
		byte[] response = """
				{"values": [{"kpi": "N07403", "municipality": "0180", "period": 2015,
				  "values": [{"gender": "T", "value": 1200.5}, {"gender": "K", "value": 900}]},
				 {"kpi": "X00000", "municipality": "0180", "period": 2015, "values": [{"gender": "T", "value": 1}]}]}"""
			.getBytes(StandardCharsets.UTF_8);
		central.getByLabel("Fil (JSON)").setInputFiles(new FilePayload("kolada.json", "application/json", response));
		click(central, AriaRole.BUTTON, "Importera");
		assertThat(central.getByRole(AriaRole.STATUS).first()).containsText("2 kunde inte användas");
		assertThat(central.locator("tbody")).containsText("Ingen indikator hämtar detta KPI-id");
		Browser.assertAccessible(central);

		central.navigate("/indicators");
		click(central, AriaRole.LINK, "Anmälda våldsbrott per 100 000 invånare");
		assertThat(central.locator("main")).containsText("Demovärde");
		Browser.assertAccessible(central);
		click(central, AriaRole.LINK, "Ändra definitionen");
		Browser.assertAccessible(central);

		central.navigate("/indicators");
		click(central, AriaRole.LINK, "Observationer: klotter");
		assertThat(central.locator("main")).containsText("räknas ur observationerna");
		Browser.assertAccessible(central);

		Page reader = browser.signedIn("lasare");
		reader.navigate("/indicators/compare");
		Browser.assertAccessible(reader);
		reader.navigate("/indicators?lang=en");
		assertThat(reader.locator("h1")).hasText("Indicators");
		assertThat(reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New indicator"))).hasCount(0);
		Browser.assertAccessible(reader);
		reader.navigate("/indicators/compare?period=2025-T9");
		assertThat(reader.locator(".error-summary")).containsText("T1, T2 och T3");
		Browser.assertAccessible(reader);

		Page coordinator = browser.signedIn("samordnare.sodermalm");
		coordinator.navigate("/situation-pictures/new");
		coordinator.getByLabel("Period").fill(String.valueOf(year - 1));
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa lägesbilden")).click();
		assertThat(coordinator.locator("main")).containsText("Indikatorer för Otrygga och brottsutsatta platser");
		Browser.assertAccessible(coordinator);
	}

	private static void click(Page page, AriaRole role, String name) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}
}
