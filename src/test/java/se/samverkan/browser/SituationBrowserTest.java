package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Browser;
import se.samverkan.support.Fixtures;
import se.samverkan.support.BrowserTest;

class SituationBrowserTest extends BrowserTest {

	@BeforeEach
	void clean() {
		new Fixtures(jdbc).removeSituationData();
	}

	@Test
	void aReporterClicksTheMapAndTheOverviewCountsIt() {
		Page reporter = browser.signedIn("rapportor.sodermalm");
		reporter.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lägesbild")).click();
		reporter.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapportera en iakttagelse")).click();
		assertThat(reporter.locator("main")).containsText("Det här är inte en polisanmälan");
		assertThat(reporter.locator("main")).containsText("114 14");
		assertThat(reporter.locator("#pick-map[data-ready=true]")).isVisible();
		Browser.assertAccessible(reporter);

		// Click on the map where Medborgarplatsen is (the map scrolled into view: the search above it moves it down).
		reporter.locator("#pick-map").scrollIntoViewIfNeeded();
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) reporter.evaluate(
				"() => { const p = document.getElementById('pick-map').samverkanMap.latLngToContainerPoint([59.3146, 18.0714]); return [p.x, p.y]; }");
		var box = reporter.locator("#pick-map").boundingBox();
		reporter.mouse().click(box.x + point.get(0).doubleValue(), box.y + point.get(1).doubleValue());
		assertThat(reporter.getByLabel("Latitud")).not().hasValue("");
		reporter.getByLabel("Kategori").selectOption("GRAFFITI");
		reporter.getByLabel("3", new Page.GetByLabelOptions().setExact(true)).check();
		reporter.getByLabel("Vad såg du?").fill("Nytt klotter på muren vid trappan");
		reporter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka iakttagelsen")).click();
		assertThat(reporter.locator(".notice[role=status]")).containsText("Södermalm");

		Page coordinator = browser.signedIn("samordnare.sodermalm");
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lägesbild")).click();
		Browser.assertAccessible(coordinator);
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Södermalm").setExact(true)).click();
		assertThat(coordinator.locator("#total")).hasText("1");
		assertThat(coordinator.locator("main")).containsText("Klotter");
		assertThat(coordinator.locator("#overview-map[data-ready=true]")).isVisible();
		Browser.assertAccessible(coordinator);
	}

	@Test
	void theOtherPagesOfTheModuleHaveNoAccessibilityViolations() {
		Page page = browser.signedIn("samordnare.sodermalm");
		page.navigate("/places/new");
		Browser.assertAccessible(page);
		page.getByLabel("Namn").fill("Medborgarplatsen");
		page.getByLabel("Latitud").fill("59.3146");
		page.getByLabel("Longitud").fill("18.0714");
		page.getByLabel("Otrygg").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara platsen")).click();
		assertThat(page.locator("main")).containsText("Södermalm");
		Browser.assertAccessible(page);
		page.navigate("/places");
		Browser.assertAccessible(page);

		page.navigate("/situation-pictures/new");
		Browser.assertAccessible(page);
		page.getByLabel("Period (2025 eller 2025-T1, -T2, -T3)").fill("2026-T3");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa lägesbilden")).click();
		assertThat(page.locator("main")).containsText("Otrygga och brottsutsatta platser");
		Browser.assertAccessible(page);
		page.navigate("/situation-pictures");
		Browser.assertAccessible(page);

		page.navigate("/observations/import");
		Browser.assertAccessible(page);
		page.getByLabel("CSV- eller Excel-fil").setInputFiles(new FilePayload("observationer.csv", "text/csv",
				("occurredAt,lat,lon,categoryCode,severity,externalId\n"
						+ "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,web-1\n").getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importera")).click();
		assertThat(page.locator("#import-status")).containsText("Klart: 1 importerade");
		Browser.assertAccessible(page);

		page.navigate("/police-events");
		Browser.assertAccessible(page);
	}

	@Test
	void aCentralCoordinatorKeepsTheCategories() {
		Page page = browser.signedIn("beredning.stad");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kategorier")).click();
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra Klotter")).click();
		Browser.assertAccessible(page);
		page.getByLabel("Namn på engelska").fill("Graffiti and tagging");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara kategorin")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Kategorin är sparad");
		jdbc.sql("UPDATE observation_category SET name_en = 'Graffiti' WHERE code = 'GRAFFITI'").update();
	}
}
