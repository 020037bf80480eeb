package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;
import se.samverkan.support.Fixtures;

/**
 * Maps people can read without tiles (issue 11): the neighbourhoods' names and the saved places are
 * drawn on the map, and a search jumps the map to a neighbourhood or a place, in the page with
 * JavaScript and as a plain form that lists the matches without it. Places outside the reader's
 * districts are neither drawn nor found.
 */
class MapBrowserTest extends BrowserTest {

	/** Whether the map's centre lies in the box of the named neighbourhood, as the page's own data gives it. */
	private static final String CENTRE_IN_NEIGHBOURHOOD = """
			([id, name]) => {
			  const element = document.getElementById(id);
			  const map = element.samverkanMap;
			  const label = JSON.parse(element.getAttribute('data-labels')).find(l => l[0] === name);
			  const c = map.getCenter();
			  return label && c.lat >= label[3] && c.lat <= label[5] && c.lng >= label[4] && c.lng <= label[6];
			}""";

	/** Whether the map is close in on a point (zoomed to a street's scale, the point near the centre). */
	private static final String CLOSE_IN_ON = """
			([id, lat, lon]) => {
			  const map = document.getElementById(id).samverkanMap;
			  const c = map.getCenter();
			  return map.getZoom() >= 16 && Math.abs(c.lat - lat) < 0.001 && Math.abs(c.lng - lon) < 0.002;
			}""";

	private UUID placeId;

	@BeforeEach
	void aSavedPlaceInSodermalm() {
		new Fixtures(jdbc).removeSituationData();
		UUID sodermalm = jdbc.sql("SELECT id FROM org_unit WHERE type = 'DISTRICT' AND name = 'Södermalm' AND valid_to IS NULL")
			.query(UUID.class)
			.single();
		placeId = UUID.randomUUID();
		jdbc.sql("INSERT INTO place (id, name, district_id, lat, lon, created_by) VALUES (?, 'Medborgarplatsen', ?, 59.3146, 18.0714, 'test')")
			.params(placeId, sodermalm)
			.update();
	}

	@AfterEach
	void clean() {
		new Fixtures(jdbc).removeSituationData();
	}

	@Test
	void theOverviewMapNamesTheNeighbourhoodsAndPlacesAndTheSearchMovesIt() {
		Page page = browser.signedIn("samordnare.sodermalm");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lägesbild")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Södermalm").setExact(true)).click();
		assertThat(page.locator("#overview-map[data-ready=true]")).isVisible();
		Locator labels = page.locator("#overview-map .map-label:not(.map-label--place)");
		assertThat(labels.filter(new Locator.FilterOptions().setHasText("Långholmen"))).hasCount(1);
		assertThat(labels.filter(new Locator.FilterOptions().setHasText("Gamla stan"))).hasCount(1);
		assertThat(page.locator("#overview-map .map-label--place")).hasText("Medborgarplatsen");
		assertThat(page.locator("#overview-map .map-label:not(.map-label--hidden)").first()).isVisible();
		Browser.assertAccessible(page);

		String url = page.url();
		page.getByLabel("Sök stadsdel eller plats").fill("långholm");
		page.getByLabel("Sök stadsdel eller plats").press("Enter");
		assertThat(page.locator("#map-search-result")).hasText("Kartan visar Långholmen.");
		page.waitForFunction(CENTRE_IN_NEIGHBOURHOOD, new Object[] { "overview-map", "Långholmen" });
		assertThat(page).hasURL(url);

		page.getByLabel("Sök stadsdel eller plats").fill("medborgar");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök").setExact(true)).click();
		assertThat(page.locator("#map-search-result")).hasText("Kartan visar Medborgarplatsen.");
		page.waitForFunction(CLOSE_IN_ON, new Object[] { "overview-map", 59.3146, 18.0714 });
		assertThat(page.locator("#overview-map .map-label--place")).isVisible();

		page.getByLabel("Sök stadsdel eller plats").fill("Norrmalm");
		page.getByLabel("Sök stadsdel eller plats").press("Enter");
		assertThat(page.locator("#map-search-result")).containsText("Ingen stadsdel eller sparad plats");
		Browser.assertAccessible(page);
	}

	@Test
	void withoutJavaScriptTheSearchListsTheMatchesAndTheMapOpensOnTheFirst() {
		Page page = browser.signedIn("samordnare.sodermalm");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lägesbild")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Södermalm").setExact(true)).click();
		String overview = page.url().replaceAll("\\?.*", "");
		page.navigate(overview + "?from=2026-01-01&to=2026-06-30&find=m");
		Locator result = page.locator("#map-search-result");
		assertThat(result).containsText("träffar för m");
		assertThat(result.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Medborgarplatsen")))
			.hasAttribute("href", "/places/" + placeId);
		assertThat(result).containsText("Långholmen (stadsdel)");
		assertThat(result).containsText("Södermalm (stadsdel)");
		// The search keeps the page's own filters, and the map opens on the first match (Medborgarplatsen
		// begins with "m"; the neighbourhoods only contain it).
		assertThat(page.locator("#map-search input[name=from]")).hasValue("2026-01-01");
		assertThat(page.locator("#map-search input[name=to]")).hasValue("2026-06-30");
		assertThat(page.locator("#overview-map[data-ready=true]")).isVisible();
		page.waitForFunction(CLOSE_IN_ON, new Object[] { "overview-map", 59.3146, 18.0714 });
		Browser.assertAccessible(page);

		page.navigate(overview + "?find=Atlantis");
		assertThat(page.locator("#map-search-result")).hasText("Ingen stadsdel eller sparad plats på kartan har Atlantis i namnet.");
	}

	@Test
	void aReporterFindsANeighbourhoodWithoutLosingWhatWasTyped() {
		Page page = browser.signedIn("rapportor.sodermalm");
		page.navigate("/observations/new");
		assertThat(page.locator("#pick-map[data-ready=true]")).isVisible();
		assertThat(page.locator("#pick-map .map-label").filter(new Locator.FilterOptions().setHasText("Reimersholme")))
			.hasCount(1);
		assertThat(page.locator("#pick-map .map-label--place")).hasText("Medborgarplatsen");
		page.getByLabel("Vad såg du?").fill("Trasig belysning längs kajen");
		page.getByLabel("Sök stadsdel eller plats").fill("Reimersholme");
		page.getByLabel("Sök stadsdel eller plats").press("Enter");
		assertThat(page.locator("#map-search-result")).hasText("Kartan visar Reimersholme.");
		page.waitForFunction(CENTRE_IN_NEIGHBOURHOOD, new Object[] { "pick-map", "Reimersholme" });
		assertThat(page.getByLabel("Vad såg du?")).hasValue("Trasig belysning längs kajen");
		Browser.assertAccessible(page);
	}

	@Test
	void aReportersStartPageMapHasTheNamesThePlacesAndTheSearchAndReflowsOnAPhone() {
		Page page = browser.signedIn("rapportor.sodermalm");
		page.navigate("/");
		assertThat(page.locator("#pick-map[data-ready=true]")).isVisible();
		assertThat(page.locator("#pick-map .map-label").filter(new Locator.FilterOptions().setHasText("Långholmen")))
			.hasCount(1);
		assertThat(page.locator("#pick-map .map-label--place")).hasText("Medborgarplatsen");
		page.getByLabel("Vad såg du?").fill("Klotter på bron");
		page.getByLabel("Sök stadsdel eller plats").fill("långholm");
		page.getByLabel("Sök stadsdel eller plats").press("Enter");
		assertThat(page.locator("#map-search-result")).hasText("Kartan visar Långholmen.");
		page.waitForFunction(CENTRE_IN_NEIGHBOURHOOD, new Object[] { "pick-map", "Långholmen" });
		assertThat(page.getByLabel("Vad såg du?")).hasValue("Klotter på bron");
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/$"));
		Browser.assertAccessible(page);

		// Without JavaScript the search form is sent to the start page itself, which lists the matches.
		page.navigate("/?find=medborgar");
		assertThat(page.locator("#map-search-result").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Medborgarplatsen"))).hasAttribute("href", "/places/" + placeId);
		assertThat(page.locator("#map-search")).hasAttribute("action", "/");
		page.waitForFunction(CLOSE_IN_ON, new Object[] { "pick-map", 59.3146, 18.0714 });
		Browser.assertAccessible(page);

		Page phone = browser.signedIn("rapportor.sodermalm", se.samverkan.support.Screen.PHONE_320);
		phone.navigate("/");
		assertThat(phone.locator("#pick-map[data-ready=true]")).isVisible();
		assertThat(phone.getByLabel("Sök stadsdel eller plats")).isVisible();
		org.assertj.core.api.Assertions.assertThat(se.samverkan.support.Reflow.sidewaysScroll(phone)).isEmpty();
		Browser.assertAccessible(phone);
	}

	@Test
	void anotherDistrictsPlacesAreNeitherDrawnNorFound() {
		Page page = browser.signedIn("samordnare.farsta");
		page.navigate("/observations/new?find=Medborgar");
		assertThat(page.locator("#pick-map[data-ready=true]")).isVisible();
		assertThat(page.locator("#map-search-result"))
			.hasText("Ingen stadsdel eller sparad plats på kartan har Medborgar i namnet.");
		assertThat(page.locator("#pick-map .map-label--place")).hasCount(0);
		assertThat(page.locator("#pick-map")).not().hasAttribute("data-places", java.util.regex.Pattern.compile(".*Medborgar.*"));
		assertThat(page.locator("#pick-map .map-label").filter(new Locator.FilterOptions().setHasText("Farsta")))
			.not().hasCount(0);
	}
}
