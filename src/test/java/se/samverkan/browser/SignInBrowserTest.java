package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;

class SignInBrowserTest extends BrowserTest {

	private static final List<String> DEMO_ACCOUNTS = List.of("admin", "beredning.stad", "beredning.polis",
			"samordnare.sodermalm", "kommunpolis.sodermalm", "samordnare.farsta", "styrgrupp.sodermalm",
			"rapportor.sodermalm", "kommunikator.stad", "kommunikator.polis", "lasare");

	@Test
	void theSignInPageHasNoAccessibilityViolations() {
		Page page = browser.newPage();
		page.navigate("/login");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Logga in i Samverkan")))
			.isVisible();
		Browser.assertAccessible(page);
	}

	@Test
	void aSodermalmCoordinatorSignsInAndSeesTheirScope() {
		Page page = browser.signedIn("samordnare.sodermalm");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText("Trygghetssamordnare Södermalm");
		assertThat(page.locator("main")).containsText("Lokal samordnare");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Södermalm").setExact(true)))
			.isVisible();
		Browser.assertAccessible(page);
	}

	@Test
	void everyDemoAccountCanSignInAndOut() {
		for (String username : DEMO_ACCOUNTS) {
			Page page = browser.signedIn(username);
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/$"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Välkommen");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();
			assertThat(page.locator("main")).containsText("Du är utloggad");
			page.context().close();
		}
	}

	@Test
	void aWrongPasswordGetsOneGenericMessage() {
		Page page = browser.newPage();
		Browser.signIn(page, "samordnare.sodermalm", "fel-lösenord");
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Fel användarnamn eller lösenord.");
		Browser.assertAccessible(page);
	}

	@Test
	void theOrganisationAndAuditPagesHaveNoAccessibilityViolations() {
		Page page = browser.signedIn("samordnare.sodermalm");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisation")).click();
		assertThat(page.locator("caption")).containsText("enheter");
		Browser.assertAccessible(page);
		page.getByLabel("Datum").fill("2022-01-01");
		page.getByLabel("Typ").selectOption("DISTRICT");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa")).click();
		assertThat(page.locator("caption")).containsText("13 enheter");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rinkeby-Kista")).click();
		assertThat(page.locator("main")).containsText("Järva");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändringslogg")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Ändringslogg");
		Browser.assertAccessible(page);
	}

	@Test
	void theSkipLinkIsTheFirstStopForTheKeyboard() {
		Page page = browser.signedIn("samordnare.sodermalm");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Välkommen");
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Hoppa till innehållet");
		page.keyboard().press("Enter");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#main$"));
	}

	@Test
	void switchesToEnglishAndBack() {
		Page page = browser.newPage();
		page.navigate("/login");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("In English")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sign in to Samverkan");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("På svenska")).click();
		assertThat(page.locator("html")).hasAttribute("lang", "sv");
	}

	@Test
	void anUnknownPageShowsTheErrorPage() {
		Page page = browser.signedIn("lasare");
		var response = page.navigate("/organisation/units/00000000-0000-0000-0000-000000000000");
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("main")).containsText("finns inte");
		Browser.assertAccessible(page);
	}
}
