package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;
import se.samverkan.support.Fixtures;

/** The four-year revision of the overarching agreement, from start to both parties' signatures. */
class RevisionBrowserTest extends BrowserTest {

	@BeforeEach
	@AfterEach
	void clean() {
		new Fixtures(jdbc).removeRevisions();
	}

	@Test
	void theCentralCoordinatorsReviseTheAgreementFromStartToSigning() {
		Page city = browser.signedIn("beredning.stad");
		city.navigate("/agreements");
		Browser.assertAccessible(city);
		click(city, AriaRole.BUTTON, "Starta revideringen");
		assertThat(city.locator(".notice").first()).containsText("Revideringen är startad");
		assertThat(city.locator(".status-line")).containsText("Utkast");
		Browser.assertAccessible(city);
		String draftUrl = city.url();

		// Rename one area, retire one, add one.
		area(city, "Otrygga och brottsutsatta platser").getByLabel("Namn", new Locator.GetByLabelOptions().setExact(true))
			.fill("Otrygga platser och trygghetsskapande stadsmiljö");
		Locator retired = area(city, "Särskilt utsatta och sårbara brottsoffer");
		for (String field : new String[] { "Kod", "Namn", "Namn på engelska", "Beskrivning" }) {
			retired.getByLabel(field, new Locator.GetByLabelOptions().setExact(true)).fill("");
		}
		retired.getByLabel("Särskilt utsatta och sårbara brottsoffer").uncheck();
		Locator added = area(city, "Nytt område 6");
		added.getByLabel("Kod", new Locator.GetByLabelOptions().setExact(true)).fill("SAFE_SCHOOLS");
		added.getByLabel("Namn", new Locator.GetByLabelOptions().setExact(true)).fill("Trygga skolor");
		added.getByLabel("Namn på engelska", new Locator.GetByLabelOptions().setExact(true)).fill("Safe schools");
		click(city, AriaRole.BUTTON, "Spara utkastet");
		assertThat(city.locator(".notice").first()).containsText("Utkastet är sparat");
		assertThat(city.locator("#andringar + .table-scroll")).containsText("Får nytt namn");
		assertThat(city.locator("#andringar + .table-scroll")).containsText("Utgår");
		assertThat(city.locator("main")).containsText("Trygga skolor");
		Browser.assertAccessible(city);

		// On referral with the draft as its subject.
		click(city, AriaRole.LINK, "Skicka utkastet på remiss");
		assertThat(city.getByLabel("Ärende")).hasValue("Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm");
		city.getByLabel("Diarienummer").fill("KS 2027/500");
		city.getByLabel("Sista svarsdag").fill("2099-04-30");
		city.getByLabel("Södermalm").check();
		click(city, AriaRole.BUTTON, "Skicka remissen");
		assertThat(city.locator("main")).containsText("KS 2027/500");
		String roundUrl = city.url();

		Page district = browser.signedIn("samordnare.sodermalm");
		district.navigate(roundUrl);
		district.getByLabel("Svarets diarienummer").fill("SÖD 2027/12");
		district.getByLabel("Sammanfattning").fill("Förvaltningen vill att rutinerna för åtgärdsplanerna blir tydligare.");
		click(district, AriaRole.BUTTON, "Spara svaret");
		assertThat(district.locator(".notice").first()).containsText("Svaret är registrerat");

		// The answer beside the draft, its request decided.
		city.navigate(draftUrl);
		city.getByLabel("Nytt yrkande i svaret från Södermalm").fill("Tydliga rutiner och strukturer för åtgärdsplanerna");
		click(city, AriaRole.BUTTON, "Lägg till yrkandet");
		assertThat(city.locator("#remissvar ~ article")).containsText("Inte avgjort");
		click(city, AriaRole.BUTTON, "Skriv under för Stockholms stad");
		assertThat(city.getByRole(AriaRole.ALERT)).containsText("inte avgjorda");
		Browser.assertAccessible(city);
		city.getByLabel("Bifalls").check();
		city.getByLabel("Skäl", new Page.GetByLabelOptions().setExact(true)).fill("Åtgärdsplanerna får en gemensam mall.");
		click(city, AriaRole.BUTTON, "Spara beslutet");
		assertThat(city.locator("#remissvar ~ article")).containsText("Åtgärdsplanerna får en gemensam mall.");

		click(city, AriaRole.BUTTON, "Skriv under för Stockholms stad");
		assertThat(city.locator(".status-line")).containsText("Väntar på underskrift");

		Page police = browser.signedIn("beredning.polis");
		police.navigate(draftUrl);
		click(police, AriaRole.BUTTON, "Skriv under för Polisen");
		assertThat(police.locator(".status-line")).containsText("Undertecknad");
		Browser.assertAccessible(police);

		police.navigate("/agreements");
		assertThat(police.locator(".areas")).containsText("Trygga skolor");
		assertThat(police.locator(".areas")).not().containsText("Särskilt utsatta och sårbara brottsoffer");
		assertThat(police.locator("main")).containsText("Tidigare överenskommelser");
		Browser.assertAccessible(police);
	}

	private static Locator area(Page page, String legend) {
		return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
	}

	private static void click(Page page, AriaRole role, String name) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}
}
