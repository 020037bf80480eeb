package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Browser;
import se.samverkan.support.Fixtures;
import se.samverkan.support.BrowserTest;

class AgreementBrowserTest extends BrowserTest {

	@BeforeEach
	void clean() {
		new Fixtures(jdbc).removeLocalAgreements();
	}

	@Test
	void theCityAndThePoliceSignSodermalmsLocalAgreement() {
		Page coordinator = browser.signedIn("samordnare.sodermalm");
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Överenskommelser")).click();
		assertThat(coordinator.locator("main")).containsText("Stockholmarnas trygghet ska öka");
		Browser.assertAccessible(coordinator);

		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny lokal överenskommelse")).click();
		Browser.assertAccessible(coordinator);
		coordinator.getByLabel("Namn på överenskommelsen").fill("Lokal samverkansöverenskommelse Södermalm 2026");
		coordinator.getByLabel("Gäller från").fill("2026-01-01");
		fillArea(coordinator, "Unga i riskzon för destruktivt beteende", "Unga kring Medborgarplatsen", null);
		fillArea(coordinator, "Otrygga och brottsutsatta platser", "Slussen och Skanstull kvällstid", null);
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();

		// Three areas left: the agreement is saved as a draft but cannot be signed yet.
		assertThat(coordinator.locator(".notice--warning")).containsText("Systemhotande brottslighet");
		Browser.assertAccessible(coordinator);
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skriv under för Stockholms stad")).click();
		assertThat(coordinator.getByRole(AriaRole.ALERT)).containsText("kan inte skrivas under");

		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra")).click();
		fillArea(coordinator, "Systemhotande brottslighet", null, "Hanteras i den stadsövergripande handlingsplanen");
		fillArea(coordinator, "Särskilt utsatta och sårbara brottsoffer", "Våld i nära relationer", null);
		fillArea(coordinator, "Kriminella miljöer och livsstilar", null, "Låg förekomst enligt lägesbilden");
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skriv under för Stockholms stad")).click();
		assertThat(coordinator.locator(".status-line")).containsText("Väntar på underskrift");
		String url = coordinator.url();

		Page officer = browser.signedIn("kommunpolis.sodermalm");
		officer.navigate(url);
		officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skriv under för Polisen")).click();
		assertThat(officer.locator(".status-line")).containsText("Undertecknad");
		assertThat(officer.locator("main")).containsText("Kommunpolis Södermalm");
		Browser.assertAccessible(officer);

		officer.navigate("/agreements/overview");
		assertThat(officer.locator("tbody tr").first()).containsText("Södermalm");
		assertThat(officer.locator("tbody tr").first()).containsText("Unga kring Medborgarplatsen");
		Browser.assertAccessible(officer);
	}

	@Test
	void showsEveryProblemWithAFormAtOnce() {
		Page page = browser.signedIn("samordnare.sodermalm");
		page.navigate("/agreements/new");
		page.getByLabel("Namn på överenskommelsen").fill("Test");
		page.getByLabel("Gäller från").fill("2026-06-01");
		page.getByLabel("Gäller till (valfritt)").fill("2026-01-01");
		fillArea(page, "Unga i riskzon för destruktivt beteende", "Pojke 811218-9876 vid torget", null);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator(".error-summary")).containsText("Slutdatum kan inte ligga före startdatum");
		assertThat(page.locator(".error-summary")).containsText("personnummer");
		assertThat(page.getByLabel("Namn på överenskommelsen")).hasValue("Test");
		Browser.assertAccessible(page);
	}

	@Test
	void theReferralRoundShowsSodermalmsResponseAndCompilesIt() {
		Page page = browser.signedIn("beredning.stad");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remisser")).click();
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("KS 2023/740")).click();
		assertThat(page.locator("caption")).containsText("1 av 15");
		assertThat(page.locator("main")).containsText("SÖD 2023/713");
		assertThat(page.locator("main")).containsText("Ej registrerat");
		assertThat(page.locator("main")).containsText("Pensionärsrådet");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sammanställning av svaren")).click();
		assertThat(page.locator("main")).containsText("Josefin Lokvist");
		Browser.assertAccessible(page);

		page.navigate("/referrals/new");
		Browser.assertAccessible(page);
	}

	private static void fillArea(Page page, String area, String focus, String reason) {
		var fieldset = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(area));
		if (focus != null) {
			fieldset.getByLabel("Lokalt fokusområde").fill(focus);
		}
		if (reason != null) {
			fieldset.getByLabel("Skäl till att fokusområde saknas").fill(reason);
		}
	}
}
