package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;
import se.samverkan.support.Fixtures;

/**
 * The groups (a steering group flagged on the start page, a member added and a membership ended),
 * the city's steering documents, the plan's profile with a responsible body from the partner
 * register, and the city's golden thread: each page without axe violations.
 */
class GovernanceBrowserTest extends BrowserTest {

	private final int year = LocalDate.now().getYear();

	@BeforeEach
	@AfterEach
	void clean() {
		new Fixtures(jdbc).removeGroupChanges();
		jdbc.sql("DELETE FROM action_plan").update();
	}

	@Test
	void aSteeringGroupWithoutThePoliceIsFlaggedAndACentralCoordinatorAddsAndEndsAMember() {
		Page local = browser.signedIn("samordnare.sodermalm");
		local.navigate("/");
		assertThat(local.locator("main")).containsText("Den lokala styrgruppen i Södermalm saknar ledamot från polisen.");
		Browser.assertAccessible(local);

		Page central = browser.signedIn("beredning.stad");
		central.navigate("/groups");
		assertThat(central.locator("h1")).hasText("Grupper");
		Browser.assertAccessible(central);
		click(central, AriaRole.LINK, "Lokal styrgrupp Södermalm");
		assertThat(central.locator("main")).containsText("Saknar ledamot från polisen");
		Browser.assertAccessible(central);

		click(central, AriaRole.BUTTON, "Lägg till ledamoten");
		assertThat(central.locator(".error-summary")).isVisible();
		Browser.assertAccessible(central);

		central.getByLabel("Användarnamn (om personen har konto)").fill("kommunpolis.sodermalm");
		central.getByLabel("Roll i gruppen").fill("Lokalpolisområdeschef");
		click(central, AriaRole.BUTTON, "Lägg till ledamoten");
		assertThat(central.locator(".notice").first()).containsText("Ledamoten är tillagd.");
		assertThat(central.locator("table")).containsText("Kommunpolis Södermalm");
		assertThat(central.locator("main")).not().containsText("Saknar ledamot från polisen");
		Browser.assertAccessible(central);

		local.navigate("/");
		assertThat(local.locator("main")).not().containsText("Den lokala styrgruppen i Södermalm saknar");

		click(central, AriaRole.BUTTON, "Avsluta ledamotskapet för Kommunpolis Södermalm");
		assertThat(central.locator(".notice").first()).containsText("Ledamotskapet är avslutat.");
		assertThat(central.locator("table")).containsText("Kommunpolis Södermalm");
		Browser.assertAccessible(central);

		central.navigate("/groups?lang=en");
		Browser.assertAccessible(central);
	}

	@Test
	void theSteeringDocumentsThePlansProfileWithAPartnerAndTheCitysGoldenThread() {
		Page central = browser.signedIn("beredning.stad");
		central.navigate("/steering-documents");
		assertThat(central.locator("main")).containsText("3.6");
		Browser.assertAccessible(central);
		central.getByRole(AriaRole.LINK).filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("Kommunfullmäktiges mål")).first().click();
		assertThat(central.locator("h1")).hasText("Kommunfullmäktiges mål");
		Browser.assertAccessible(central);

		central.navigate("/golden-thread?districtId=CITY&year=" + year);
		Browser.assertAccessible(central);

		Page page = browser.signedIn("samordnare.sodermalm");
		ActivityForm.newPlanWithActivityFilledIn(page, year);
		page.getByLabel("Exempelbostäder AB (demo) (bostadsbolag)").check();
		Browser.assertAccessible(page);
		click(page, AriaRole.BUTTON, "Spara aktiviteten");
		assertThat(page.locator("h1")).hasText("Trygghetsvandringar");
		assertThat(page.locator("main")).containsText("Exempelbostäder AB (demo)");

		click(page, AriaRole.LINK, "Till Åtgärdsplan Södermalm " + year);
		click(page, AriaRole.LINK, "Planens profil");
		assertThat(page.locator("main svg").first()).isVisible();
		assertThat(page.locator("main")).containsText("Exempelbostäder AB (demo)");
		Browser.assertAccessible(page);
	}

	private static void click(Page page, AriaRole role, String name) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}
}
