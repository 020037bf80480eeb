package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Api;
import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;

/**
 * "Core forms work without JavaScript" (README): Chromium with JavaScript switched off signs in,
 * reports an observation, drafts a local agreement, registers a problem with a cause, creates a
 * plan with an activity and reports its progress, each by a plain form post. Nothing here may rely
 * on htmx or the map. The data is this class's own (year 2032, its own titles), removed afterwards.
 */
class NoJavaScriptBrowserTest extends BrowserTest {

	static final int YEAR = 2032;

	@BeforeEach
	@AfterEach
	void removeWhatThisClassMade() {
		jdbc.sql("DELETE FROM action_plan WHERE year = ?").params(YEAR).update();
		jdbc.sql("DELETE FROM problem WHERE title = 'Otrygghet vid Skanstull utan skript'").update();
		jdbc.sql("DELETE FROM observation WHERE description = 'Klotter rapporterat utan skript'").update();
		UUID sodermalm = jdbc.sql("SELECT id FROM org_unit WHERE code = 'SODERMALM'").query(UUID.class).single();
		jdbc.sql("UPDATE agreement SET supersedes_id = NULL WHERE kind = 'LOCAL' AND district_id = ?").params(sodermalm).update();
		jdbc.sql("DELETE FROM agreement WHERE kind = 'LOCAL' AND district_id = ?").params(sodermalm).update();
	}

	@Test
	void signsInAndOutWithoutJavaScript() {
		Page page = withoutJavaScript();
		Browser.signIn(page, "samordnare.sodermalm", Api.DEMO_PASSWORD);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Välkommen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();
		assertThat(page.locator("main")).containsText("Du är utloggad");
	}

	@Test
	void reportsAnObservationByTypingThePosition() {
		Page page = signedInWithoutJavaScript("rapportor.sodermalm");
		page.navigate("/observations/new");
		assertThat(page.locator("#pick-map")).isAttached();
		// The map script marks the map ready when it runs: unmarked, JavaScript is really off.
		assertThat(page.locator("#pick-map[data-ready]")).hasCount(0);
		page.getByLabel("Latitud").fill("59.3146");
		page.getByLabel("Longitud").fill("18.0714");
		page.getByLabel("Kategori").selectOption("GRAFFITI");
		page.getByLabel("2", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Vad såg du?").fill("Klotter rapporterat utan skript");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka iakttagelsen")).click();
		assertThat(page.locator("[role=status].notice")).containsText("Södermalm");
		assertThat(jdbc.sql("SELECT count(*) FROM observation WHERE description = 'Klotter rapporterat utan skript'")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void draftsAndCorrectsALocalAgreement() {
		Page page = signedInWithoutJavaScript("samordnare.sodermalm");
		page.navigate("/agreements/new");
		page.getByLabel("Namn på överenskommelsen").fill("Södermalm utan skript");
		page.getByLabel("Gäller från").fill("2026-01-01");
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Unga i riskzon för destruktivt beteende"))
			.getByLabel("Lokalt fokusområde").fill("Unga kring Medborgarplatsen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator("h1")).containsText("Södermalm utan skript");
		assertThat(page.locator(".notice--warning")).containsText("Otrygga och brottsutsatta platser");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra")).click();
		page.getByLabel("Namn på överenskommelsen").fill("Södermalm utan skript, rättad");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator("h1")).containsText("Södermalm utan skript, rättad");
	}

	@Test
	void registersAProblemWithACauseThenPlansAnActivityAndReportsItsProgress() {
		Page page = signedInWithoutJavaScript("samordnare.sodermalm");
		page.navigate("/problems/new");
		page.getByLabel("Otrygga och brottsutsatta platser").check();
		page.getByLabel("Problem", new Page.GetByLabelOptions().setExact(true)).fill("Otrygghet vid Skanstull utan skript");
		page.getByLabel("Beskrivning").fill("Många upplever platsen som otrygg kvällstid.");
		click(page, AriaRole.BUTTON, "Spara problemet");
		assertThat(page.locator("h1")).hasText("Otrygghet vid Skanstull utan skript");

		page.getByLabel("Orsak", new Page.GetByLabelOptions().setExact(true)).fill("Mörk gångtunnel");
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Var på problemtriangeln finns orsaken?"))
			.getByLabel("Plats", new Locator.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Riskfaktor", new Page.GetByLabelOptions().setExact(true)).check();
		click(page, AriaRole.BUTTON, "Lägg till orsaken");
		assertThat(page.locator(".notice").first()).containsText("Orsaken är tillagd");
		assertThat(page.locator(".cause-tree")).containsText("Mörk gångtunnel");

		page.navigate("/plans");
		page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).last().fill(String.valueOf(YEAR));
		click(page, AriaRole.BUTTON, "Skapa planen");
		assertThat(page.locator("h1")).hasText("Åtgärdsplan Södermalm " + YEAR);
		click(page, AriaRole.LINK, "Ny aktivitet");
		page.getByLabel("Rubrik").fill("Belysning i gångtunneln");
		page.getByLabel("Vad som ska göras").fill("Ny belysning i gångtunneln vid Skanstull");
		page.getByLabel("Hur det ska genomföras").fill("Trafikkontoret byter armaturer");
		page.getByLabel("Hur det följs upp").fill("Trygghetsvandring efter bytet");
		page.getByLabel("Staden").check();
		page.getByLabel("Startdatum").fill(YEAR + "-02-01");
		page.getByLabel("Slutdatum").fill(YEAR + "-05-31");
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Prioriterade områden"))
			.getByLabel("Otrygga och brottsutsatta platser").check();
		page.getByLabel("Mörk gångtunnel (Plats, Riskfaktor)").check();
		page.getByLabel("Universell (för alla)").check();
		page.getByLabel("Situationell prevention").check();
		page.getByLabel("Kortsiktig").check();
		click(page, AriaRole.BUTTON, "Spara aktiviteten");
		assertThat(page.locator("h1")).hasText("Belysning i gångtunneln");

		page.getByLabel("Status").selectOption(new SelectOption().setValue("ONGOING"));
		page.getByLabel("Grön enligt plan").check();
		page.getByLabel("Kommentar (valfritt)").fill("Armaturerna är beställda");
		click(page, AriaRole.BUTTON, "Spara lägesrapporten");
		assertThat(page.locator(".status-line")).containsText("Pågår");
		assertThat(page.locator("tbody")).containsText("Armaturerna är beställda");
	}

	@Test
	void showsTheFormsErrorsWithoutJavaScript() {
		Page page = signedInWithoutJavaScript("samordnare.sodermalm");
		page.navigate("/problems/new");
		click(page, AriaRole.BUTTON, "Spara problemet");
		assertThat(page.locator(".error-summary")).containsText("Fältet ”Problem” måste fyllas i.");
	}

	private Page withoutJavaScript() {
		return browser.newPage(new NewContextOptions().setJavaScriptEnabled(false));
	}

	private Page signedInWithoutJavaScript(String username) {
		Page page = withoutJavaScript();
		Browser.signIn(page, username, Api.DEMO_PASSWORD);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Välkommen");
		return page;
	}

	private static void click(Page page, AriaRole role, String name) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}
}
