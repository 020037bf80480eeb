package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
 * "Every page is checked with axe-core" (README), for the pages the other browser tests did not
 * reach: the local agreement's edit form (also with its errors shown) and an established situation
 * picture, read by its author and by a reader. The data is made over the API and removed afterwards.
 */
class EditFormsAndEstablishedPagesBrowserTest extends BrowserTest {

	private Api api;

	private Fixtures fixtures;

	private String picture;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		fixtures = new Fixtures(jdbc);
		removeSodermalmsAgreements();
	}

	@AfterEach
	void tearDown() {
		removeSodermalmsAgreements();
		if (picture != null) {
			jdbc.sql("DELETE FROM situation_picture WHERE id = CAST(? AS uuid)").params(picture).update();
		}
	}

	@Test
	void theAgreementsEditFormHasNoAccessibilityViolationsEmptyOrWithErrors() {
		var created = api.postAs("samordnare.sodermalm", "/api/v1/agreements",
				fixtures.localAgreement(fixtures.unit("SODERMALM"), "Södermalm 2026", 2));
		String id = created.body().get("id").asString();
		Page page = browser.signedIn("samordnare.sodermalm");
		page.navigate("/agreements/" + id + "/edit");
		assertThat(page.getByLabel("Namn på överenskommelsen")).hasValue("Södermalm 2026");
		Browser.assertAccessible(page);

		page.getByLabel("Gäller till (valfritt)").fill("2025-01-01");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator(".error-summary")).containsText("Slutdatum kan inte ligga före startdatum");
		Browser.assertAccessible(page);
	}

	@Test
	void anEstablishedPictureHasNoAccessibilityViolationsForItsAuthorOrAReader() {
		var created = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2024-T3\",\"authorParty\":\"CITY\"}").body();
		picture = created.get("id").asString();
		String area = created.get("sections").get(1).get("priorityAreaId").asString();
		api.send(api.request("/api/v1/situation-pictures/" + picture + "/sections/" + area, api.tokenFor("samordnare.sodermalm"))
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
					"{\"assessment\":\"Fler unga samlas vid Medborgarplatsen kvällstid.\",\"trend\":\"UP\",\"version\":0}"))
			.build());
		se.samverkan.situation.PictureFixtures.leaveTheRestWithAReason(api, "samordnare.sodermalm", picture);
		var established = api.postAs("styrgrupp.sodermalm", "/api/v1/situation-pictures/" + picture + "/establish", "");
		org.assertj.core.api.Assertions.assertThat(established.status()).isEqualTo(200);

		for (String username : new String[] { "samordnare.sodermalm", "lasare" }) {
			Page page = browser.signedIn(username);
			page.navigate("/situation-pictures/" + picture);
			assertThat(page.locator("main")).containsText("Fastställd");
			assertThat(page.locator("main")).containsText("Fler unga samlas vid Medborgarplatsen kvällstid.");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fastställ lägesbilden"))).hasCount(0);
			Browser.assertAccessible(page);
			page.context().close();
		}
	}

	private void removeSodermalmsAgreements() {
		UUID sodermalm = jdbc.sql("SELECT id FROM org_unit WHERE code = 'SODERMALM'").query(UUID.class).single();
		jdbc.sql("UPDATE agreement SET supersedes_id = NULL WHERE kind = 'LOCAL' AND district_id = ?").params(sodermalm).update();
		jdbc.sql("DELETE FROM agreement WHERE kind = 'LOCAL' AND district_id = ?").params(sodermalm).update();
	}
}
