package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Api;
import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;
import se.samverkan.support.Fixtures;

/**
 * The city-wide overview as the beredningsgrupp uses it: the map of districts, the same figures as
 * a table, and a district opened from either; and a coordinator working through a district's
 * observations.
 */
class CityOverviewBrowserTest extends BrowserTest {

	/** Three observations in Södermalm, two at Husby (Rinkeby-Kista in 2022, Järva since), one in Farsta. */
	static final String OBSERVATIONS = """
			occurredAt,lat,lon,categoryCode,severity,description,externalId
			2026-10-05T21:00:00+02:00,59.314600,18.071400,GRAFFITI,2,Klotter på muren,b-1
			2026-10-12T22:00:00+02:00,59.314600,18.071400,GRAFFITI,1,Mer klotter,b-2
			2026-10-20T20:00:00+02:00,59.314600,18.071400,LITTERING,1,Skräp vid bänkarna,b-3
			2026-03-10T19:00:00+01:00,59.410500,17.927500,DRUGS,3,Langning vid centrum,b-4
			2022-05-10T21:30:00+02:00,59.410500,17.927500,DRUGS,3,Langning vid centrum,b-5
			2026-09-01T18:00:00+02:00,59.243600,18.093300,VANDALISM,2,Krossad busskur,b-6
			""";

	@BeforeEach
	void seed() {
		new Fixtures(jdbc).removeSituationData();
		Api api = new Api(port);
		var imported = api.send(api.request("/api/v1/observations/import", api.tokenFor("beredning.stad"))
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(OBSERVATIONS))
			.build());
		assertThat(imported.status()).isEqualTo(200);
	}

	@AfterEach
	void clean() {
		new Fixtures(jdbc).removeSituationData();
	}

	@Test
	void theBeredningsgruppReadsTheCityOnAMapAndInATableAndOpensADistrict() {
		Page page = browser.signedIn("beredning.stad");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lägesbild")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Översikt för hela staden")).click();
		page.getByLabel("Från").fill("2022-01-01");
		page.getByLabel("Till").fill("2026-11-30");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hela staden").setLevel(1)))
			.isVisible();
		assertThat(page.locator("#total")).hasText("6");
		assertThat(page.locator("#district-map a.district")).hasCount(11);
		assertThat(page.locator("#districts tbody tr")).hasCount(11);
		assertThat(page.locator("#districts tbody tr", new Page.LocatorOptions().setHasText("Järva")).locator("td").first())
			.hasText("2");
		assertThat(page.locator("#district-map a.district[aria-label^='Södermalm: 3 ']")).hasCount(1);
		assertThat(page.locator("#shade-hint")).containsText("Folkmängd");
		Browser.assertAccessible(page);

		// The map: Järva, by keyboard, opens Järva's overview for the same period, which counts Husby in 2022.
		page.locator("#district-map a.district[aria-label^='Järva']").focus();
		page.keyboard().press("Enter");
		page.waitForURL("**/districts/**/overview?**");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Järva");
		assertThat(page.locator("#total")).hasText("2");
		assertThat(page.locator("main")).containsText("Rinkeby-Kista");
		Browser.assertAccessible(page);

		// The table: Södermalm.
		page.goBack();
		page.locator("#districts").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Södermalm")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Södermalm");
		assertThat(page.locator("#total")).hasText("3");
	}

	@Test
	void aCityWidePictureStartsFromTheFiguresOfEveryDistrict() {
		Api api = new Api(port);
		var picture = api.postAs("beredning.stad", "/api/v1/situation-pictures",
				"{\"districtId\":null,\"period\":\"2026\",\"authorParty\":\"CITY\"}");
		assertThat(picture.status()).isEqualTo(201);
		Page page = browser.signedIn("beredning.stad");
		page.navigate("/situation-pictures/" + picture.body().get("id").asString());
		page.getByText("Otrygga och brottsutsatta platser per stadsdelsområde").first().click();
		assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Otrygga och brottsutsatta platser per"))
			.locator("tr", new Locator.LocatorOptions().setHasText("Södermalm")).locator("td").last()).hasText("3");
		Browser.assertAccessible(page);
	}

	@Test
	void theCityPageReflowsAt320Pixels() {
		Page page = browser.signedIn("lasare");
		page.setViewportSize(320, 900);
		page.navigate("/overview?from=2022-01-01&to=2026-11-30");
		assertThat(page.locator("#district-map a.district")).hasCount(11);
		Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
		Object wide = page.evaluate("() => [...document.querySelectorAll('main *')].filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > 321)"
				+ ".map(e => e.tagName + '.' + e.className + '#' + e.id + ':' + Math.round(e.getBoundingClientRect().right)).slice(0, 12)");
		assertThat(scrollWidth.intValue()).as("wider than 320 px: %s", wide).isLessThanOrEqualTo(320);
		Browser.assertAccessible(page);
	}

	@Test
	void aCoordinatorFindsAnObservationAndMarksItForwarded() {
		Page page = browser.signedIn("samordnare.sodermalm");
		page.navigate("/situation");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Södermalm").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visa och hantera iakttagelserna")).click();
		assertThat(page.locator("main")).containsText("Visar 1–3 av 3");
		Browser.assertAccessible(page);

		page.getByLabel("Kategori").selectOption("LITTERING");
		page.getByLabel("Status").selectOption("NEW");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa")).click();
		assertThat(page.locator("main")).containsText("Visar 1–1 av 1");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2026-10-20 20:00")).click();
		assertThat(page.locator("#status")).hasText("Ny");
		Browser.assertAccessible(page);

		page.getByLabel("Markera som vidarebefordrad").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara status")).click();
		assertThat(page.locator(".error-summary")).containsText("Skriv vart iakttagelsen skickades");
		assertThat(page.getByLabel("Markera som vidarebefordrad")).isChecked();
		Browser.assertAccessible(page);

		page.getByLabel("Anteckning").fill("Till Stockholm Vatten och Avfall");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara status")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Statusen är nu Vidarebefordrad");
		assertThat(page.locator("#status")).hasText("Vidarebefordrad");
		assertThat(page.locator("main")).containsText("Till Stockholm Vatten och Avfall");
		Browser.assertAccessible(page);

		page.navigate("/districts/" + new Fixtures(jdbc).unit("SODERMALM") + "/overview");
		assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Per status"))
			.locator("tr", new Locator.LocatorOptions().setHasText("Vidarebefordrad"))
			.locator("td").last()).hasText("1");
	}
}
