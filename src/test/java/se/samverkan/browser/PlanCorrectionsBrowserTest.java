package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;
import se.samverkan.support.Reflow;
import se.samverkan.support.Screen;

/**
 * Issue 11: a coordinator corrects a goal's typo on a phone, is told why a goal an activity
 * contributes to stays, removes the activity and then the goal after the confirmation pages; the
 * goal form keeps what was typed on a stale version; a removal works without JavaScript.
 */
class PlanCorrectionsBrowserTest extends BrowserTest {

	private static final String GOAL = "Fler känner sig trygga kvällstd";

	private static final String ACTIVITY = "Trygghetsvandringar kring Medborgarplatsen";

	private PlanningFixtures given;

	private String plan;

	private String goal;

	@BeforeEach
	void planWithAGoalAndAnActivityContributingToIt() {
		given = new PlanningFixtures(new Api(port), jdbc);
		given.removeAll();
		plan = given.localPlan("samordnare.sodermalm", given.sodermalm(), 2026).toString();
		goal = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				Map.of("title", GOAL, "targetValue", 70, "targetDate", "2026-12-31")).get("id").asString();
		Map<String, Object> activity = given.activity(given.sodermalm(), List.of());
		activity.put("goalIds", List.of(goal));
		given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", activity);
	}

	@AfterEach
	void clean() {
		given.removeAll();
	}

	@Test
	void aCoordinatorCorrectsAGoalAndRemovesAnActivityAndTheGoalOnAPhone() {
		Page page = browser.signedIn("samordnare.sodermalm", Screen.PHONE_320);
		page.navigate("/plans/" + plan);
		click(page, AriaRole.LINK, "Ändra målet ”" + GOAL + "”");
		assertThat(page.locator("h1")).hasText("Ändra målet");
		assertWorksOnThePhone(page);
		title(page).fill("");
		click(page, AriaRole.BUTTON, "Spara målet");
		assertThat(page.locator(".error-summary")).containsText("Fältet ”Mål” måste fyllas i.");
		assertThat(page.getByLabel("Målvärde", new Page.GetByLabelOptions().setExact(true))).hasValue("70");
		assertWorksOnThePhone(page);
		title(page).fill("Fler känner sig trygga kvällstid");
		click(page, AriaRole.BUTTON, "Spara målet");
		assertThat(page.locator("main")).containsText("Målet är ändrat.");
		assertThat(page.locator("#goals-table")).containsText("Fler känner sig trygga kvällstid");

		click(page, AriaRole.LINK, "Ta bort målet ”Fler känner sig trygga kvällstid”");
		assertThat(page.locator("h1")).hasText("Ta bort målet ”Fler känner sig trygga kvällstid”?");
		assertWorksOnThePhone(page);
		click(page, AriaRole.BUTTON, "Ta bort");
		assertThat(page.locator("main")).containsText("aktiviteter bidrar till det (”" + ACTIVITY + "”)");
		assertThat(page.locator("#goals-table")).containsText("Fler känner sig trygga kvällstid");

		click(page, AriaRole.LINK, "Ta bort aktiviteten ”" + ACTIVITY + "”");
		assertThat(page.locator("h1")).hasText("Ta bort aktiviteten ”" + ACTIVITY + "”?");
		assertWorksOnThePhone(page);
		click(page, AriaRole.BUTTON, "Ta bort");
		assertThat(page.locator("main")).containsText("Aktiviteten är borttagen.");

		click(page, AriaRole.LINK, "Ta bort målet ”Fler känner sig trygga kvällstid”");
		click(page, AriaRole.BUTTON, "Ta bort");
		assertThat(page.locator("main")).containsText("Målet är borttaget.");
		assertThat(page.locator("main")).containsText("Inga mål");
		assertWorksOnThePhone(page);
	}

	@Test
	void theGoalFormKeepsWhatTheUserTypedWhenSomeoneElseChangedItFirst() {
		Page page = browser.signedIn("samordnare.sodermalm");
		page.navigate("/goals/" + goal + "/edit");
		title(page).fill("Fler känner sig trygga kvällstid i parken");

		given.put("kommunpolis.sodermalm", "/api/v1/goals/" + goal, PlanningFixtures
			.json(Map.of("title", "Fler trygga kvällstid", "targetValue", 75, "targetDate", "2026-12-31", "version", 0)));

		click(page, AriaRole.BUTTON, "Spara målet");
		assertThat(page.locator("main")).containsText("Någon annan har ändrat målet");
		assertThat(title(page)).hasValue("Fler känner sig trygga kvällstid i parken");
		Browser.assertAccessible(page);
		assertThat(new Api(port).getAs("lasare", "/api/v1/action-plans/" + plan)
			.body()
			.get("goals")
			.get(0)
			.get("title")
			.asString()).isEqualTo("Fler trygga kvällstid");
	}

	@Test
	void removesAnActivityWithoutJavaScript() {
		Page page = browser.newPage(new NewContextOptions().setJavaScriptEnabled(false));
		Browser.signIn(page, "samordnare.sodermalm", Api.DEMO_PASSWORD);
		page.navigate("/plans/" + plan);
		click(page, AriaRole.LINK, "Ta bort aktiviteten ”" + ACTIVITY + "”");
		click(page, AriaRole.BUTTON, "Ta bort");
		assertThat(page.locator("main")).containsText("Aktiviteten är borttagen.");
		assertThat(page.locator("main")).containsText("Inga aktiviteter");
	}

	private static com.microsoft.playwright.Locator title(Page page) {
		return page.getByLabel("Mål (vad ska uppnås?)", new Page.GetByLabelOptions().setExact(true));
	}

	private static void assertWorksOnThePhone(Page page) {
		assertThat(Reflow.sidewaysScroll(page)).as("sideways scroll at 320 px on %s", page.url()).isEmpty();
		Browser.assertAccessible(page);
	}

	private static void click(Page page, AriaRole role, String name) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}
}
