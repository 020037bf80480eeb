package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;
import se.samverkan.support.Fixtures;

/**
 * Issue 14 in the browser: a 2 MB CSV through the import page, map tooltips that show names as
 * text, and a city-wide plan's activity without the causes of districts the reader cannot read.
 */
class SecurityBrowserTest extends BrowserTest {

	private Api api;

	private Fixtures fixtures;

	private PlanningFixtures given;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		fixtures = new Fixtures(jdbc);
		given = new PlanningFixtures(api, jdbc);
		clean();
	}

	@AfterEach
	void clean() {
		fixtures.removeSituationData();
		given.removeAll();
		jdbc.sql("DELETE FROM observation_category WHERE code = 'HTML_NAME'").update();
	}

	@Test
	void importsATwoMegabyteFileThroughThePage() {
		StringBuilder csv = new StringBuilder("occurredAt,lat,lon,categoryCode,severity,description,externalId\n");
		for (int row = 0; csv.length() < 2_100_000; row++) {
			csv.append("2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,")
				.append("Skräp vid bänkarna och papperskorgarna är fulla igen efter helgen,page-")
				.append(row)
				.append('\n');
		}
		long rows = csv.chars().filter(c -> c == '\n').count() - 1;
		Page page = browser.signedIn("samordnare.sodermalm");
		page.navigate("/observations/import");
		page.getByLabel("CSV- eller Excel-fil").setInputFiles(new FilePayload("stor.csv", "text/csv",
				csv.toString().getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importera")).click();
		String shown = String.format(java.util.Locale.ROOT, "%,d", rows).replace(',', ' ');
		assertThat(page.locator("#import-status")).containsText("Klart: " + shown + " importerade",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		Browser.assertAccessible(page);
		assertThat(jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single()).isEqualTo(rows);
	}

	@Test
	void showsNamesInMapTooltipsAsText() {
		assertThat(api.postAs("admin", "/api/v1/observation-categories",
				"{\"code\":\"HTML_NAME\",\"name\":\"<b id=injected>fet</b>\",\"nameEn\":\"Bold\","
						+ "\"priorityAreaCode\":\"UNSAFE_PLACES\",\"ordinal\":99}").status()).isEqualTo(201);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/observations",
				"{\"occurredAt\":\"2026-03-01T10:00:00+01:00\",\"position\":{\"lat\":59.3146,\"lon\":18.0714},"
						+ "\"categoryCode\":\"HTML_NAME\",\"severity\":1}").status()).isEqualTo(201);
		Page page = browser.signedIn("samordnare.sodermalm");
		page.navigate("/districts/" + fixtures.unit("SODERMALM") + "/overview?from=2026-01-01&to=2026-12-31");
		page.waitForFunction("() => document.querySelector('.map') && document.querySelector('.map').samverkanMap");
		page.evaluate("() => document.querySelector('.map').samverkanMap.eachLayer(layer => {"
				+ " if (layer.getTooltip && layer.getTooltip()) { layer.openTooltip(); } })");
		assertThat(page.locator(".leaflet-tooltip").first()).isVisible();
		assertThat(page.locator("#injected")).hasCount(0);
		assertThat(page.locator(".leaflet-tooltip", new Page.LocatorOptions().setHasText("<b id=injected>fet</b>")))
			.hasCount(1);
	}

	@Test
	void hidesCausesOfDistrictsTheReaderCannotReadOnACityWideActivity() {
		UUID activity = given.cityWideActivityOnASodermalmCause("Hemlig orsak i Södermalms analys").get(0);

		Page farsta = browser.signedIn("samordnare.farsta");
		farsta.navigate("/activities/" + activity);
		assertThat(farsta.locator("main")).containsText("1 orsak(er) i analyser av stadsdelsområden som du inte kan läsa");
		assertThat(farsta.locator("main")).not().containsText("Hemlig orsak");
		Browser.assertAccessible(farsta);

		Page sodermalm = browser.signedIn("samordnare.sodermalm");
		sodermalm.navigate("/activities/" + activity);
		assertThat(sodermalm.locator("main")).containsText("Hemlig orsak i Södermalms analys");
	}
}
