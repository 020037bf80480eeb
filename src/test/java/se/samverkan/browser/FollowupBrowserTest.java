package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.followup.FollowupFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;
import se.samverkan.support.Fixtures;

/**
 * A coordinator writes and submits a report, the steering group returns it and acknowledges the
 * next version, the beredningsgrupp compiles and publishes the year, and everyone sees it: every
 * page of follow-up and notifications checked with axe-core.
 */
class FollowupBrowserTest extends BrowserTest {

	private FollowupFixtures given;

	private Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		given = new FollowupFixtures(api, jdbc);
		given.removeAll();
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
	}

	private static void click(Page page, AriaRole role, String name) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	@Test
	void aReportGoesFromDraftThroughReturnToAcknowledged() {
		UUID sodermalm = new Fixtures(jdbc).unit("SODERMALM");
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026, "DONE", "ONGOING", "PLANNED");

		Page coordinator = browser.signedIn("samordnare.sodermalm");
		coordinator.navigate("/reports?year=2026");
		assertThat(coordinator.locator("h1")).hasText("Uppföljningsrapporter 2026");
		Browser.assertAccessible(coordinator);
		coordinator.getByLabel("Åtgärdsplan", new Page.GetByLabelOptions().setExact(true)).selectOption(plan.toString());
		coordinator.getByLabel("Period").selectOption("2026-T1");
		click(coordinator, AriaRole.BUTTON, "Skapa rapporten");
		assertThat(coordinator.locator("h1")).hasText("Södermalm 2026-T1");
		assertThat(coordinator.locator("#status-table")).containsText("Genomförd");
		Browser.assertAccessible(coordinator);
		coordinator.getByLabel("Övergripande bedömning").fill("Arbetet går enligt plan.");
		coordinator.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Otrygga och brottsutsatta platser")).fill("Vandringarna har kommit igång.");
		click(coordinator, AriaRole.BUTTON, "Spara texten");
		assertThat(coordinator.locator(".notice").first()).containsText("Texten är sparad.");
		click(coordinator, AriaRole.BUTTON, "Skicka in rapporten");
		assertThat(coordinator.locator(".status-line")).containsText("Inskickad");
		Browser.assertAccessible(coordinator);

		Page steering = browser.signedIn("styrgrupp.sodermalm");
		assertThat(steering.locator(".inbox-link .count")).hasText("1");
		steering.locator(".inbox-link").click();
		assertThat(steering.locator("h1")).hasText("Aviseringar");
		Browser.assertAccessible(steering);
		steering.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rapporten Södermalm 2026-T1 (version 1) är inskickad och väntar på att du kvitterar eller skickar tillbaka den.")).click();
		assertThat(steering.locator("h1")).hasText("Södermalm 2026-T1");
		assertThat(steering.locator(".inbox-link .count")).hasCount(0);
		click(steering, AriaRole.BUTTON, "Skicka tillbaka");
		assertThat(steering.locator(".error-summary")).containsText("Skriv varför rapporten skickas tillbaka.");
		Browser.assertAccessible(steering);
		steering.getByLabel("Kommentar (krävs för att skicka tillbaka)").fill("Beskriv läget för unga i riskzon.");
		click(steering, AriaRole.BUTTON, "Skicka tillbaka");
		assertThat(steering.locator(".status-line")).containsText("Återsänd");

		coordinator.navigate(coordinator.url());
		assertThat(coordinator.locator("main")).containsText("Beskriv läget för unga i riskzon.");
		coordinator.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Unga i riskzon för destruktivt beteende")).fill("Fältgruppen når fler unga.");
		click(coordinator, AriaRole.BUTTON, "Spara texten");
		click(coordinator, AriaRole.BUTTON, "Skicka in rapporten");
		assertThat(coordinator.locator(".status-line")).containsText("version 2");

		steering.navigate(steering.url());
		click(steering, AriaRole.BUTTON, "Kvittera rapporten");
		assertThat(steering.locator(".status-line")).containsText("Kvitterad");
		var pdf = steering.waitForDownload(() -> click(steering, AriaRole.LINK, "PDF (att skriva ut)"));
		org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("uppfoljning-sodermalm-2026-t1.pdf");
		click(steering, AriaRole.LINK, "Version 1");
		assertThat(steering.locator("main")).containsText("Den här versionen skickades in av samordnare.sodermalm");
		assertThat(steering.locator("main")).containsText("Arbetet går enligt plan.");
		Browser.assertAccessible(steering);
	}

	@Test
	void theBeredningsgruppCompilesAndPublishesTheYearAndTheDistrictsDecideTheirCarryOvers() {
		UUID sodermalm = new Fixtures(jdbc).unit("SODERMALM");
		UUID city = given.plan("beredning.stad", "CITY_WIDE", null, 2026, "DONE", "ONGOING");
		given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026, "DONE", "POSTPONED", "PLANNED");
		String goal36 = jdbc.sql("SELECT id::text FROM steering_document_goal WHERE code = '3.6'").query(String.class).single();
		given.activity("beredning.stad", city, 2026, "Lägesbild för mål 3.6", "DONE", java.util.List.of(goal36));
		given.put("beredning.stad", "/api/v1/action-plans/" + city,
				"{\"steeringDocumentGoalIds\": [\"" + goal36 + "\"], \"version\": 0}");

		Page central = browser.signedIn("beredning.stad");
		central.navigate("/reporting-status?year=2026");
		assertThat(central.locator("h1")).hasText("Rapporteringsläget 2026");
		assertThat(central.locator(".status-table")).containsText("Södermalm");
		Browser.assertAccessible(central);
		central.navigate("/compilations");
		Browser.assertAccessible(central);
		central.getByLabel("År").fill("2026");
		click(central, AriaRole.BUTTON, "Sammanställ året");
		assertThat(central.locator("h1")).hasText("Årssammanställning 2026");
		assertThat(central.locator("#comparison-table")).containsText("Södermalm");
		assertThat(central.locator("#steering-table tr", new Page.LocatorOptions().setHasText("Lägesbild för mål 3.6")))
			.containsText("Genomförd");
		assertThat(central.locator("#steering-table tr", new Page.LocatorOptions().setHasText("Lägesbild för mål 3.6")))
			.containsText("3.6");
		assertThat(central.locator("#steering-table tr", new Page.LocatorOptions().setHasText("Hela planen")))
			.containsText("Planen: Utkast");
		Browser.assertAccessible(central);
		Page phone = browser.signedIn("lasare", se.samverkan.support.Screen.PHONE_320);
		phone.navigate(central.url());
		assertThat(phone.locator("#steering")).hasText("Stadens styrdokument");
		org.assertj.core.api.Assertions.assertThat(se.samverkan.support.Reflow.sidewaysScroll(phone))
			.as("sideways scroll at 320 px").isEmpty();
		Browser.assertAccessible(phone);
		click(central, AriaRole.BUTTON, "Publicera årssammanställningen");
		assertThat(central.locator(".status-line")).containsText("Publicerad");
		click(central, AriaRole.BUTTON, "Exportera i bakgrunden");
		assertThat(central.locator("h1")).hasText("Export");
		// The page polls the job (htmx) until the file is ready; a loaded machine may take a while to draw it.
		assertThat(central.locator("#export-status")).containsText("arssammanstallning-2026.pdf",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		Browser.assertAccessible(central);

		Page coordinator = browser.signedIn("samordnare.sodermalm");
		assertThat(coordinator.locator(".attention")).containsText("Årssammanställningen för 2026 är publicerad.");
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2 aktiviteter föreslås föras över till nästa års plan. Godta eller avböj.")).click();
		assertThat(coordinator.locator("#proposals")).isVisible();
		Browser.assertAccessible(coordinator);
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("För över Aktivitet 2 POSTPONED")).click();
		assertThat(coordinator.locator(".notice").first()).containsText("Aktiviteten är överförd till nästa års plan.");
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avböj Aktivitet 3 PLANNED")).click();
		assertThat(coordinator.locator("table").last()).containsText("Avböjd");
		coordinator.navigate("/notifications/preferences");
		Browser.assertAccessible(coordinator);
		coordinator.getByLabel("E-postadress").fill("samordnare@sodermalm.example");
		coordinator.getByLabel("Skicka mina aviseringar även per e-post").check();
		click(coordinator, AriaRole.BUTTON, "Spara");
		assertThat(coordinator.locator(".notice").first()).containsText("Inställningen är sparad.");
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT email FROM notification_preference WHERE username = 'samordnare.sodermalm'")
			.query(String.class).single()).isEqualTo("samordnare@sodermalm.example");
	}
}
