package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Geolocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Api;
import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;
import se.samverkan.support.Fixtures;
import se.samverkan.support.Reflow;
import se.samverkan.support.Screen;

/**
 * A field reporter on a phone held upright: the form is first on the start page, "use my position"
 * names the district before sending, and the report sent is listed among their latest.
 */
class PhoneReportBrowserTest extends BrowserTest {

	private static final Geolocation MEDBORGARPLATSEN = new Geolocation(59.3146, 18.0714).setAccuracy(12);

	@BeforeEach
	void clean() {
		new Fixtures(jdbc).removeSituationData();
	}

	@Test
	void aReporterUsesTheirPositionSendsAndFindsTheReportAmongTheirLatest() {
		Page phone = browser.newPage(Screen.PHONE_390.options()
			.setGeolocation(MEDBORGARPLATSEN)
			.setPermissions(List.of("geolocation")));
		Browser.signIn(phone, "rapportor.sodermalm", Api.DEMO_PASSWORD);

		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rapportera en iakttagelse")))
			.isVisible();
		assertThat(phone.locator("#recent-heading ~ p")).containsText("inte rapporterat något");
		assertThat(phone.locator("main")).containsText("Södermalm");
		assertThat(Reflow.sidewaysScroll(phone)).isEmpty();
		Browser.assertAccessible(phone);

		var button = phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Använd min position"));
		assertThat(button).isVisible();
		assertThat(button.boundingBox().height).as("touch target height").isGreaterThanOrEqualTo(44);
		button.tap();
		assertThat(phone.locator("#position-status")).containsText("noggrannhet cirka 12 m");
		assertThat(phone.locator("#position-status")).containsText("Södermalm");
		assertThat(phone.getByLabel("Latitud")).hasValue("59.314600");
		assertThat(phone.getByLabel("Longitud")).hasValue("18.071400");

		phone.getByLabel("Kategori").selectOption("GRAFFITI");
		phone.getByLabel("3", new Page.GetByLabelOptions().setExact(true)).check();
		phone.getByLabel("Vad såg du?").fill("Nytt klotter på muren vid trappan");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka iakttagelsen")).tap();

		assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*/$"));
		assertThat(phone.getByRole(AriaRole.STATUS).first()).containsText("Södermalm");
		assertThat(phone.locator("#recent-reports li")).hasCount(1);
		assertThat(phone.locator("#recent-reports")).containsText("Klotter");
		assertThat(phone.locator("#recent-reports")).containsText("Ny");
		// What was typed was kept until it was sent; now it is gone.
		assertThat(phone.getByLabel("Vad såg du?")).hasValue("");
		Browser.assertAccessible(phone);
	}

	@Test
	void whatWasTypedIsKeptOnTheDeviceWhenTheConnectionDrops() {
		Page phone = browser.newPage(Screen.PHONE_390.options());
		Browser.signIn(phone, "rapportor.sodermalm", Api.DEMO_PASSWORD);
		phone.getByLabel("Vad såg du?").fill("Trasig belysning i gångtunneln");
		phone.context().setOffline(true);
		phone.getByLabel("Kategori").selectOption("GRAFFITI");
		phone.getByLabel("2", new Page.GetByLabelOptions().setExact(true)).check();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka iakttagelsen")).tap();
		assertThat(phone.locator("#report-connection")).containsText("inte skickad");

		phone.context().setOffline(false);
		phone.reload();
		assertThat(phone.getByLabel("Vad såg du?")).hasValue("Trasig belysning i gångtunneln");
		assertThat(phone.locator("#report-connection")).containsText("ifyllt igen");
	}

	@Test
	void theFormsLookupNamesThePlaceForASignedInUserAndRefusesOthers() {
		Page reporter = browser.signedIn("rapportor.sodermalm");
		APIResponse found = reporter.request().get("/map/locate?lat=59.3146&lon=18.0714");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.text()).contains("Södermalm");
		APIResponse outside = reporter.request().get("/map/locate?lat=59.0&lon=16.0");
		assertThat(outside.status()).isEqualTo(404);
		APIResponse outOfRange = reporter.request().get("/map/locate?lat=95&lon=18.07");
		assertThat(outOfRange.status()).isEqualTo(400);
		assertThat(outOfRange.text()).contains("lat");
		APIResponse notANumber = reporter.request().get("/map/locate?lat=north&lon=18.07");
		assertThat(notANumber.status()).isEqualTo(400);

		Page anonymous = browser.newPage();
		APIResponse refused = anonymous.request()
			.get("/map/locate?lat=59.3146&lon=18.0714", RequestOptions.create().setMaxRedirects(0));
		assertThat(refused.status()).isIn(302, 401, 403);
		assertThat(refused.text()).doesNotContain("Södermalm");
	}
}
