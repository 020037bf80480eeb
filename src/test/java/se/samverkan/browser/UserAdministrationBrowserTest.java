package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;

/** Issue 16: the administration pages and one's own account, used as an administrator would, with axe on each. */
class UserAdministrationBrowserTest extends BrowserTest {

	private static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	@Test
	void anAdministratorCreatesAUserGrantsARoleAndDisablesTheAccount() {
		Page page = browser.signedIn("admin");
		page.getByRole(AriaRole.LINK, named("Användare")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Användare och behörigheter");
		assertThat(page.locator("caption")).containsText("användare");
		Browser.assertAccessible(page);

		page.getByLabel("Roll").selectOption("LOCAL_COORDINATOR");
		page.getByRole(AriaRole.BUTTON, named("Visa")).click();
		assertThat(page.locator("tbody")).containsText("samordnare.sodermalm");
		assertThat(page.locator("tbody")).not().containsText("lasare");

		page.getByRole(AriaRole.LINK, named("Ny användare")).click();
		Browser.assertAccessible(page);
		page.getByLabel("Användarnamn").fill("Ny Person!");
		page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Ny Person");
		page.getByLabel("Tillfälligt lösenord (valfritt)").fill("kort");
		page.getByRole(AriaRole.BUTTON, named("Skapa användaren")).click();
		assertThat(page.locator(".error-summary")).containsText("Användarnamnet får ha");
		assertThat(page.locator(".error-summary")).containsText("minst 12 tecken");
		Browser.assertAccessible(page);

		String username = "webb." + UUID.randomUUID().toString().substring(0, 8);
		page.getByLabel("Användarnamn").fill(username);
		page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Webbens Samordnare");
		page.getByLabel("Polisen").check();
		page.getByLabel("E-post (valfritt)").fill("samordnare@example.se");
		page.getByLabel("Tillfälligt lösenord (valfritt)").fill("Ett-Langt-Tillfalligt-9");
		page.getByRole(AriaRole.BUTTON, named("Skapa användaren")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Användare Webbens Samordnare");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Användaren är skapad");
		assertThat(page.locator("main")).containsText("Tillfälligt lösenord, måste bytas");
		Browser.assertAccessible(page);

		page.getByLabel("Roll", new Page.GetByLabelOptions().setExact(true)).selectOption("LOCAL_COORDINATOR");
		page.getByLabel("Enhet", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Polisregion Stockholm (Polisregion)"));
		page.getByRole(AriaRole.BUTTON, named("Ge rollen")).click();
		assertThat(page.locator(".error-summary")).containsText("Rollen kan inte innehas vid en enhet av den här typen");
		Browser.assertAccessible(page);

		page.getByLabel("Enhet", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Farsta (Lokalpolisområde)"));
		page.getByRole(AriaRole.BUTTON, named("Ge rollen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Rollen är given");
		assertThat(page.locator("table")).containsText("Lokal samordnare");
		assertThat(page.locator("table")).containsText("Farsta");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, named("Stäng av kontot")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Kontot är avstängt");
		assertThat(page.locator("main")).containsText("Avstängd");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, named("Tillbaka till användarna")).click();
		page.getByRole(AriaRole.LINK, named("Partnerorganisationer")).click();
		page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Webbens Bostäder " + username);
		page.getByLabel("Slag").selectOption("HOUSING_COMPANY");
		page.getByRole(AriaRole.BUTTON, named("Registrera")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Partnerorganisationen är registrerad");
		Browser.assertAccessible(page);
	}

	@Test
	void theLastAdministratorCannotDisableThemselvesAndIsToldWhy() {
		Page page = browser.signedIn("admin");
		page.navigate("/admin/users?q=admin&role=SYSTEM_ADMIN");
		page.getByRole(AriaRole.LINK, named("Systemförvaltare")).click();
		page.getByRole(AriaRole.BUTTON, named("Stäng av kontot")).click();
		assertThat(page.locator(".error-summary")).containsText("minst en aktiv systemförvaltare");
		Browser.assertAccessible(page);
	}

	@Test
	void aUserSeesTheirRolesAndTokensAndChangesThePasswordPage() {
		Page page = browser.signedIn("styrgrupp.sodermalm");
		page.getByRole(AriaRole.LINK, named("Mitt konto")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Mitt konto");
		assertThat(page.locator("main")).containsText("Styrgruppsledamot – Södermalm");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, named("Byt ditt lösenord")).click();
		page.getByLabel("Nuvarande lösenord").fill("fel");
		page.getByLabel("Nytt lösenord").fill("Ett-Nytt-Eget-Losen-7");
		page.getByLabel("Upprepa det nya lösenordet").fill("Ett-Nytt-Eget-Losen-7");
		page.getByRole(AriaRole.BUTTON, named("Byt lösenord")).click();
		assertThat(page.locator(".error-summary")).containsText("Det nuvarande lösenordet stämmer inte");
		Browser.assertAccessible(page);
	}

	@Test
	void aLocalCoordinatorIsNotOfferedAdministrationAndIsRefusedIt() {
		Page page = browser.signedIn("samordnare.sodermalm");
		assertThat(page.getByRole(AriaRole.LINK, named("Användare"))).hasCount(0);
		var response = page.navigate("/admin/users");
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
	}
}
