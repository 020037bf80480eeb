package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.Api;
import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;
import se.samverkan.support.Fixtures;

/**
 * The groups (a steering group flagged on the start page, a member added and a membership ended),
 * the city's steering documents, the plan's profile with a responsible body from the partner
 * register, the city's golden thread, and a joint picture decided by both parties on its page:
 * each page without axe violations.
 */
class GovernanceBrowserTest extends BrowserTest {

	private final int year = LocalDate.now().getYear();

	@BeforeEach
	@AfterEach
	void clean() {
		new Fixtures(jdbc).removeGroupChanges();
		new Fixtures(jdbc).removeSituationData();
		jdbc.sql("DELETE FROM action_plan").update();
	}

	/**
	 * A joint situation picture is established on its page by the city's member of the local
	 * steering group, then waits for the police; the police's member confirms it on the same page.
	 */
	@Test
	void aJointPictureIsEstablishedByTheCityAndConfirmedByThePoliceOnItsPage() {
		Api api = new Api(port);
		Fixtures fixtures = new Fixtures(jdbc);
		UUID group = fixtures.group("STYRGRUPP-SODERMALM");
		org.assertj.core.api.Assertions.assertThat(api.postAs("beredning.polis", "/api/v1/groups/" + group + "/members",
				"{\"username\":\"kommunpolis.sodermalm\",\"role\":\"Lokalpolisområdeschef\",\"from\":\"2026-01-01\"}")
			.status()).isEqualTo(201);
		String picture = jointPictureReadyToDecide(api, fixtures.unit("SODERMALM"));

		Page city = browser.signedIn("styrgrupp.sodermalm");
		city.navigate("/situation-pictures/" + picture);
		Browser.assertAccessible(city);
		city.locator("#establish-decisionText").fill("Styrgruppen fastställer lägesbilden för stadens del.");
		click(city, AriaRole.BUTTON, "Registrera beslut att fastställa");
		assertThat(city.locator(".decision")).containsText(
				"Fastställd av Stockholms stad; väntar på bekräftelse från en ledamot från Polisen.");
		assertThat(city.locator(".decision")).containsText("Styrgruppen fastställer lägesbilden för stadens del.");
		assertThat(city.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekräfta för Stockholms stad")))
			.hasCount(0);
		Browser.assertAccessible(city);

		Page police = browser.signedIn("kommunpolis.sodermalm");
		police.navigate("/situation-pictures/" + picture);
		assertThat(police.locator(".decision")).containsText("väntar på bekräftelse från en ledamot från Polisen");
		Browser.assertAccessible(police);
		police.locator("#establish-decisionText").fill("Polisen bekräftar lägesbilden.");
		click(police, AriaRole.BUTTON, "Bekräfta för Polisen");
		assertThat(police.locator(".decision .decisions li")).hasCount(2);
		assertThat(police.locator(".decision")).containsText("Bekräftat");
		assertThat(police.locator(".decision")).containsText("Polisen bekräftar lägesbilden.");
		assertThat(police.locator(".decision")).not().containsText("väntar på bekräftelse");
		Browser.assertAccessible(police);
		org.assertj.core.api.Assertions.assertThat(api.getAs("lasare", "/api/v1/situation-pictures/" + picture)
			.body().get("status").asString()).isEqualTo("ESTABLISHED");
	}

	/** A joint picture of Södermalm with two areas assessed and three given a reason. */
	private static String jointPictureReadyToDecide(Api api, UUID district) {
		String id = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + district + "\",\"period\":\"2026\",\"authorParty\":\"JOINT\"}").body().get("id").asString();
		var read = api.getAs("samordnare.sodermalm", "/api/v1/situation-pictures/" + id).body();
		int version = read.get("version").asInt();
		int index = 0;
		for (var section : read.get("sections")) {
			String text = index++ < 2 ? "\"assessment\":\"Bedömning av området\"" : "\"notAddressedReason\":\"Inga iakttagelser\"";
			var put = api.send(api.request("/api/v1/situation-pictures/" + id + "/sections/"
					+ section.get("priorityAreaId").asString(), api.tokenFor("samordnare.sodermalm"))
				.header("Content-Type", "application/json")
				.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{" + text + ",\"trend\":\"FLAT\",\"version\":" + version++ + "}"))
				.build());
			org.assertj.core.api.Assertions.assertThat(put.status()).as(String.valueOf(put.body())).isEqualTo(200);
		}
		return id;
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
