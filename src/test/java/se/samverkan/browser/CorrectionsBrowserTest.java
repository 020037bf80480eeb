package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;

/** Issue 11: a coordinator corrects a typo in a cause, removes a mistaken sub-cause and corrects the problem. */
class CorrectionsBrowserTest extends BrowserTest {

	private PlanningFixtures given;

	private String problem;

	@BeforeEach
	void problemWithCauses() {
		given = new PlanningFixtures(new Api(port), jdbc);
		given.removeAll();
		problem = given.created("samordnare.sodermalm", "/api/v1/problems",
				given.problem(given.sodermalm(), "Otrygghet vid Medborgarplatsn")).get("id").asString();
		String causes = "/api/v1/problems/" + problem + "/causes";
		UUID top = UUID.fromString(given.created("samordnare.sodermalm", causes,
				given.cause("Dålig belysnig i parken", null, "PLACE", "RISK")).get("id").asString());
		given.created("samordnare.sodermalm", causes, given.cause("Felaktigt inlagd orsak", top, "MANAGER", "RISK"));
	}

	@AfterEach
	void clean() {
		given.removeAll();
	}

	@Test
	void aCoordinatorCorrectsACauseAndRemovesAMistakenSubCause() {
		Page page = browser.signedIn("samordnare.sodermalm");
		page.navigate("/problems/" + problem);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra orsaken ”Dålig belysnig i parken”"))
			.click();
		assertThat(page.locator("h1")).hasText("Ändra orsaken");
		Browser.assertAccessible(page);
		page.getByLabel("Orsak", new Page.GetByLabelOptions().setExact(true)).fill("");
		click(page, AriaRole.BUTTON, "Spara ändringen");
		assertThat(page.locator(".error-summary")).containsText("Fältet ”Orsak” måste fyllas i.");
		Browser.assertAccessible(page);
		page.getByLabel("Orsak", new Page.GetByLabelOptions().setExact(true)).fill("Dålig belysning i parken");
		click(page, AriaRole.BUTTON, "Spara ändringen");
		assertThat(page.locator("main")).containsText("Orsaken är ändrad.");
		assertThat(page.locator(".cause-tree").first()).containsText("Dålig belysning i parken");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ta bort orsaken ”Dålig belysning i parken”"))
			.click();
		assertThat(page.locator("h1")).hasText("Ta bort orsaken?");
		click(page, AriaRole.BUTTON, "Ta bort");
		assertThat(page.locator("main")).containsText("den har underorsaker (Felaktigt inlagd orsak)");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ta bort orsaken ”Felaktigt inlagd orsak”"))
			.click();
		Browser.assertAccessible(page);
		click(page, AriaRole.BUTTON, "Ta bort");
		assertThat(page.locator("main")).containsText("Orsaken är borttagen.");
		assertThat(page.locator(".cause-tree").first()).not().containsText("Felaktigt inlagd orsak");
		Browser.assertAccessible(page);
	}

	@Test
	void theProblemFormKeepsWhatTheUserTypedWhenSomeoneElseChangedItFirst() {
		Page page = browser.signedIn("samordnare.sodermalm");
		page.navigate("/problems/" + problem);
		click(page, AriaRole.LINK, "Ändra problemet");
		Browser.assertAccessible(page);
		page.getByLabel("Problem", new Page.GetByLabelOptions().setExact(true))
			.fill("Otrygghet vid Medborgarplatsen kvällstid");

		Map<String, Object> meanwhile = given.problem(given.sodermalm(), "Otrygghet vid Medborgarplatsen");
		meanwhile.put("version", new Api(port).getAs("lasare", "/api/v1/problems/" + problem).body().get("version").asInt());
		given.put("kommunpolis.sodermalm", "/api/v1/problems/" + problem, PlanningFixtures.json(meanwhile));

		click(page, AriaRole.BUTTON, "Spara ändringarna");
		assertThat(page.locator("main")).containsText("Någon annan har ändrat problemet");
		assertThat(page.getByLabel("Problem", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Otrygghet vid Medborgarplatsen kvällstid");
		Browser.assertAccessible(page);
	}

	private static void click(Page page, AriaRole role, String name) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}
}
