package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;

/**
 * The city's communicator drafts, the police's approves; the city's further edit voids the
 * approval and the police sees what changed; both parties approve again, it is published and is
 * on the public pages and in the feed. Every page is checked with axe-core, the public ones too.
 */
class CommunicationBrowserTest extends BrowserTest {

	private static final String TITLE = "Trygghetsvandring på Södermalm";

	@BeforeEach
	@AfterEach
	void clean() {
		new se.samverkan.communication.CommunicationFixtures(null, jdbc).removeAll();
	}

	@Test
	void twoPartiesApproveAJointItemAndItReachesThePublicPagesAndTheFeed() {
		Page city = browser.signedIn("kommunikator.stad");
		click(city, AriaRole.LINK, "Kommunikation");
		Browser.assertAccessible(city);
		click(city, AriaRole.LINK, "Nytt meddelande");
		Browser.assertAccessible(city);
		click(city, AriaRole.BUTTON, "Spara");
		assertThat(city.locator(".error-summary")).containsText("Fältet ”Rubrik” måste fyllas i.");
		Browser.assertAccessible(city);
		city.getByLabel("Rubrik").fill(TITLE);
		city.getByLabel("Text", new Page.GetByLabelOptions().setExact(true))
			.fill("Välkommen på trygghetsvandring på torsdag kväll.\n\n- Samling vid Medborgarplatsen\n- Fika efteråt");
		city.getByLabel("Extern: för allmänheten, på den publika webbplatsen och i flödet").check();
		city.getByLabel("Hela staden").check();
		click(city, AriaRole.BUTTON, "Spara");
		assertThat(city.locator("h1")).hasText(TITLE);
		assertThat(city.locator(".status-line")).containsText("Utkast");
		assertThat(city.locator(".formatted li").first()).hasText("Samling vid Medborgarplatsen");
		assertThat(city.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkänn för Stockholms stad")))
			.hasCount(0);
		Browser.assertAccessible(city);
		String itemUrl = city.url();

		Page police = browser.signedIn("kommunikator.polis");
		assertThat(police.locator(".attention")).containsText(TITLE);
		police.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Väntar på godkännande från din part: \"" + TITLE + "\".")).click();
		Browser.assertAccessible(police);
		click(police, AriaRole.BUTTON, "Godkänn för Polisen");
		assertThat(police.getByRole(AriaRole.STATUS)).containsText("godkänt för din part");
		assertThat(police.locator(".card").first()).containsText("godkänt av Kommunikatör (polisen)");

		city.navigate(itemUrl);
		click(city, AriaRole.LINK, "Ändra meddelandet");
		assertThat(city.locator(".notice--warning")).containsText("upphävs");
		Browser.assertAccessible(city);
		city.getByLabel("Text", new Page.GetByLabelOptions().setExact(true))
			.fill("Välkommen på trygghetsvandring på fredag kväll.\n\n- Samling vid Medborgarplatsen\n- Fika efteråt");
		click(city, AriaRole.BUTTON, "Spara");
		assertThat(city.getByRole(AriaRole.STATUS)).containsText("upphävda");
		assertThat(city.locator(".card").first()).containsText("upphävt av en senare ändring");

		police.navigate(itemUrl);
		assertThat(police.locator(".changes h2")).hasText("Ändringar sedan du godkände version 1");
		assertThat(police.locator(".changes del").first()).hasText("borttaget:torsdag");
		assertThat(police.locator(".changes ins").first()).hasText("tillagt:fredag");
		Browser.assertAccessible(police);
		click(police, AriaRole.BUTTON, "Godkänn för Polisen");

		Page colleague = browser.signedIn("beredning.stad");
		colleague.navigate(itemUrl);
		click(colleague, AriaRole.BUTTON, "Godkänn för Stockholms stad");
		assertThat(colleague.locator(".status-line")).containsText("Godkänt av båda parter");

		city.navigate(itemUrl);
		click(city, AriaRole.BUTTON, "Publicera nu");
		assertThat(city.locator(".status-line")).containsText("Publicerat");
		Browser.assertAccessible(city);
		click(city, AriaRole.LINK, "Visa på den publika webbplatsen");
		assertThat(city.locator("h1")).hasText(TITLE);

		Page resident = browser.newPage();
		resident.navigate("/public");
		assertThat(resident.locator(".news")).containsText(TITLE);
		Browser.assertAccessible(resident);
		click(resident, AriaRole.LINK, TITLE);
		assertThat(resident.locator("article")).containsText("fredag kväll");
		assertThat(resident.locator("article")).not().containsText("torsdag");
		Browser.assertAccessible(resident);
		click(resident, AriaRole.LINK, "Nyheter");
		assertThat(resident.locator(".news")).containsText(TITLE);
		Browser.assertAccessible(resident);
		resident.navigate("/public");
		click(resident, AriaRole.LINK, "Södermalm");
		assertThat(resident.locator(".news")).containsText(TITLE);
		Browser.assertAccessible(resident);
		resident.navigate("/public?lang=en");
		assertThat(resident.locator("h1")).hasText("Working together for a safer Stockholm");
		Browser.assertAccessible(resident);
		resident.navigate("/public?lang=sv");

		String feed = resident.request().get("/feed.atom").text();
		assertThat(feed).contains(TITLE).contains("fredag kväll");
	}

	private static void click(Page page, AriaRole role, String name) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}
}
