package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;

/** A coordinator ties a problem's causes to an activity and follows it to the timeline and the golden thread. */
class PlanningBrowserTest extends BrowserTest {

	/** This year in Stockholm, as the application's clock has it (not the JVM's zone: UTC on CI). */
	private final int year = LocalDate.now(se.samverkan.platform.time.TimeConfiguration.STOCKHOLM).getYear();

	@BeforeEach
	@AfterEach
	void clean() {
		jdbc.sql("DELETE FROM action_plan").update();
		jdbc.sql("DELETE FROM problem").update();
	}

	@Test
	void aCoordinatorTiesAnActivityToACauseAndSeesItOnTheTimelineAndTheGoldenThread() {
		Page page = browser.signedIn("samordnare.sodermalm");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Problem och orsaker")).click();
		Browser.assertAccessible(page);
		click(page, AriaRole.LINK, "Nytt problem");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara problemet")).click();
		assertThat(page.locator(".error-summary")).containsText("Fältet ”Problem” måste fyllas i.");
		assertThat(page.locator(".error-summary")).containsText("Prioriterat område");
		Browser.assertAccessible(page);
		page.getByLabel("Otrygga och brottsutsatta platser").check();
		page.getByLabel("Problem", new Page.GetByLabelOptions().setExact(true)).fill("Otrygghet vid Medborgarplatsen kvällstid");
		page.getByLabel("Beskrivning").fill("Många upplever platsen som otrygg efter mörkrets inbrott.");
		click(page, AriaRole.BUTTON, "Spara problemet");
		assertThat(page.locator("h1")).hasText("Otrygghet vid Medborgarplatsen kvällstid");
		Browser.assertAccessible(page);

		addCause(page, "Dålig belysning i parken", null, "Plats", "Riskfaktor");
		addCause(page, "Ingen ansvarar för belysningen", "Dålig belysning i parken", "Platsansvarig", "Riskfaktor");
		addCause(page, "Fältassistenter finns på plats", null, "Beskyddare (av offret eller målet)", "Skyddsfaktor");
		assertThat(page.locator(".cause-tree .cause-tree")).containsText("Ingen ansvarar för belysningen");
		Browser.assertAccessible(page);
		click(page, AriaRole.LINK, "Problemtriangeln");
		assertThat(page.locator(".triangle")).containsText("Plats och platsansvarig");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Åtgärdsplaner")).click();
		Browser.assertAccessible(page);
		page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).last().fill(String.valueOf(year));
		click(page, AriaRole.BUTTON, "Skapa planen");
		assertThat(page.locator("h1")).hasText("Åtgärdsplan Södermalm " + year);
		Browser.assertAccessible(page);
		page.getByLabel("Mål (vad ska uppnås?)").fill("Fler känner sig trygga vid Medborgarplatsen");
		page.getByLabel("Målvärde").fill("70");
		page.getByLabel("Måldatum").fill(year + "-12-31");
		click(page, AriaRole.BUTTON, "Lägg till målet");
		assertThat(page.locator("main")).containsText("Lucka: saknar indikator");

		click(page, AriaRole.LINK, "Ny aktivitet");
		Browser.assertAccessible(page);
		click(page, AriaRole.BUTTON, "Spara aktiviteten");
		Locator summary = page.locator(".error-summary");
		assertThat(summary).containsText("Fältet ”Vad som ska göras” måste fyllas i.");
		assertThat(summary).containsText("Fältet ”Hur det följs upp” måste fyllas i.");
		assertThat(summary).containsText("Preventionsnivå");
		Browser.assertAccessible(page);
		page.getByLabel("Rubrik").fill("Trygghetsvandringar kring Medborgarplatsen");
		page.getByLabel("Vad som ska göras").fill("Trygghetsvandringar med boende och fastighetsägare");
		page.getByLabel("Hur det ska genomföras").fill("En vandring i månaden kvällstid");
		page.getByLabel("Hur det följs upp").fill("Antal vandringar och åtgärdade brister");
		page.getByLabel("Gemensamt").check();
		page.getByLabel("Startdatum").fill(year + "-01-15");
		page.getByLabel("Slutdatum").fill(year + "-12-15");
		page.getByLabel("Åtagande, antal (valfritt), t.ex. minst 8 trygghetsvandringar").fill("8");
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Prioriterade områden"))
			.getByLabel("Otrygga och brottsutsatta platser").check();
		page.getByLabel("Dålig belysning i parken (Plats, Riskfaktor)").check();
		page.getByLabel("Fler känner sig trygga vid Medborgarplatsen").check();
		page.getByLabel("Universell (för alla)").check();
		page.getByLabel("Situationell prevention").check();
		page.getByLabel("Kortsiktig").check();
		click(page, AriaRole.BUTTON, "Spara aktiviteten");
		assertThat(page.locator("h1")).hasText("Trygghetsvandringar kring Medborgarplatsen");
		assertThat(page.locator("main")).containsText("Dålig belysning i parken");
		Browser.assertAccessible(page);

		page.getByLabel("Status").selectOption("ONGOING");
		page.getByLabel("Genomfört antal hittills (av 8)").fill("3");
		page.getByLabel("Gul risk för avvikelse").check();
		page.getByLabel("Kommentar (valfritt)").fill("Tre vandringar gjorda, belysningen anmäld");
		click(page, AriaRole.BUTTON, "Spara lägesrapporten");
		assertThat(page.locator(".status-line")).containsText("Pågår");
		assertThat(page.locator("main")).containsText("3 av 8");
		assertThat(page.locator("tbody")).containsText("Tre vandringar gjorda");
		Browser.assertAccessible(page);

		click(page, AriaRole.LINK, "Till Åtgärdsplan Södermalm " + year);
		click(page, AriaRole.LINK, "Tidslinje");
		assertThat(page.locator("svg rect.tl-bar")).hasCount(1);
		assertThat(page.locator("svg .timeline__today")).hasCount(1);
		assertThat(page.locator("table")).containsText("Trygghetsvandringar kring Medborgarplatsen");
		Browser.assertAccessible(page);

		page.navigate("/golden-thread");
		assertThat(page.locator("h1")).containsText("Södermalm " + year);
		assertThat(page.locator("main")).containsText("Trygghetsvandringar kring Medborgarplatsen");
		assertThat(page.locator(".gaps")).containsText("Prioriterade områden utan problem och aktiviteter");
		assertThat(page.locator(".gaps tbody tr").first().locator("td").first()).hasText("0");
		Browser.assertAccessible(page);
		click(page, AriaRole.LINK, "Registrera ett problem inom Kriminella miljöer och livsstilar");
		assertThat(page.getByLabel("Kriminella miljöer och livsstilar")).isChecked();
	}

	@Test
	void theLaterOfTwoConcurrentEditsIsRefusedShowingWhatTheOtherChangedAndKeepingWhatWasTyped() {
		Page coordinator = browser.signedIn("samordnare.sodermalm");
		createPlanWithActivity(coordinator);
		String editUrl = coordinator.url().replaceAll("\\?.*$", "") + "/edit";

		Page officer = browser.signedIn("kommunpolis.sodermalm");
		officer.navigate(editUrl);
		coordinator.navigate(editUrl);
		officer.getByLabel("Hur det ska genomföras").fill("Två vandringar i månaden");
		click(officer, AriaRole.BUTTON, "Spara aktiviteten");
		assertThat(officer.locator(".notice")).containsText("sparad");

		coordinator.getByLabel("Rubrik").fill("Trygghetsvandringar, utökade");
		click(coordinator, AriaRole.BUTTON, "Spara aktiviteten");
		assertThat(coordinator.getByRole(AriaRole.ALERT).first()).containsText("kommunpolis.sodermalm");
		Locator conflict = coordinator.locator(".conflict table");
		assertThat(conflict).containsText("Hur det ska genomföras");
		assertThat(conflict).containsText("Två vandringar i månaden");
		assertThat(coordinator.getByLabel("Rubrik")).hasValue("Trygghetsvandringar, utökade");
		Browser.assertAccessible(coordinator);

		click(coordinator, AriaRole.BUTTON, "Spara aktiviteten");
		assertThat(coordinator.locator("h1")).hasText("Trygghetsvandringar, utökade");
	}

	@Test
	void theSteeringGroupEstablishesThePlanAndReopensItWithAReason() {
		Page coordinator = browser.signedIn("samordnare.sodermalm");
		createPlanWithActivity(coordinator);
		click(coordinator, AriaRole.LINK, "Till Åtgärdsplan Södermalm " + year);
		String planUrl = coordinator.url();

		Page steering = browser.signedIn("styrgrupp.sodermalm");
		steering.navigate(planUrl);
		Browser.assertAccessible(steering);
		click(steering, AriaRole.BUTTON, "Fastställ planen");
		assertThat(steering.locator(".status-line")).containsText("Fastställd");
		click(steering, AriaRole.BUTTON, "Öppna planen igen");
		assertThat(steering.locator(".error-summary")).containsText("Måste fyllas i");
		Browser.assertAccessible(steering);

		coordinator.navigate(planUrl);
		assertThat(coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny aktivitet"))).hasCount(0);
		Browser.assertAccessible(coordinator);

		steering.getByLabel("Skäl till att planen öppnas igen (sparas i ändringsloggen)").fill("Ny aktivitet efter händelserna i maj");
		click(steering, AriaRole.BUTTON, "Öppna planen igen");
		assertThat(steering.locator(".status-line")).containsText("Utkast");
	}

	@Test
	void aReaderSeesThePagesOfBothModulesWithoutFormsAndEveryStateIsAccessible() {
		Page coordinator = browser.signedIn("samordnare.sodermalm");
		createPlanWithActivity(coordinator);
		String activityUrl = coordinator.url();

		Page reader = browser.signedIn("lasare");
		reader.navigate("/problems");
		assertThat(reader.locator("main")).containsText("Inga problem är registrerade här ännu.");
		assertThat(reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nytt problem"))).hasCount(0);
		Browser.assertAccessible(reader);
		reader.navigate("/plans");
		assertThat(reader.locator("tbody")).containsText("Åtgärdsplan Södermalm " + year);
		assertThat(reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa planen"))).hasCount(0);
		Browser.assertAccessible(reader);
		reader.navigate(activityUrl);
		assertThat(reader.locator("main")).containsText("Lucka: verkar inte på någon orsak");
		assertThat(reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara lägesrapporten"))).hasCount(0);
		Browser.assertAccessible(reader);
		reader.navigate("/golden-thread");
		assertThat(reader.getByLabel("Stadsdelsområde")).isVisible();
		Browser.assertAccessible(reader);
		reader.getByLabel("Stadsdelsområde").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Farsta"));
		click(reader, AriaRole.BUTTON, "Visa");
		assertThat(reader.locator("main")).containsText("Det finns ingen åtgärdsplan för " + year);
		Browser.assertAccessible(reader);
		reader.navigate("/plans?lang=en");
		assertThat(reader.locator("h1")).hasText("Action plans and the city-wide handlingsplan");
		Browser.assertAccessible(reader);
	}

	private void createPlanWithActivity(Page page) {
		page.navigate("/plans");
		page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).last().fill(String.valueOf(year));
		click(page, AriaRole.BUTTON, "Skapa planen");
		click(page, AriaRole.LINK, "Ny aktivitet");
		page.getByLabel("Rubrik").fill("Trygghetsvandringar");
		page.getByLabel("Vad som ska göras").fill("Trygghetsvandringar med boende");
		page.getByLabel("Hur det ska genomföras").fill("En vandring i månaden");
		page.getByLabel("Hur det följs upp").fill("Antal vandringar");
		page.getByLabel("Staden").check();
		page.getByLabel("Startdatum").fill(year + "-02-01");
		page.getByLabel("Slutdatum").fill(year + "-11-30");
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Prioriterade områden"))
			.getByLabel("Otrygga och brottsutsatta platser").check();
		page.getByLabel("Selektiv (för identifierade grupper)").check();
		page.getByLabel("Social prevention").check();
		page.getByLabel("Långsiktig").check();
		click(page, AriaRole.BUTTON, "Spara aktiviteten");
		assertThat(page.locator("h1")).hasText("Trygghetsvandringar");
	}

	private static void addCause(Page page, String text, String parent, String side, String factor) {
		page.getByLabel("Orsak", new Page.GetByLabelOptions().setExact(true)).fill(text);
		if (parent != null) {
			page.getByLabel("Orsak till").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(parent));
		}
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Var på problemtriangeln finns orsaken?"))
			.getByLabel(side, new Locator.GetByLabelOptions().setExact(true)).check();
		page.getByLabel(factor, new Page.GetByLabelOptions().setExact(true)).check();
		click(page, AriaRole.BUTTON, "Lägg till orsaken");
		assertThat(page.locator(".notice").first()).containsText("Orsaken är tillagd");
	}

	private static void click(Page page, AriaRole role, String name) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}
}
