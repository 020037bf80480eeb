package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import se.samverkan.followup.FollowupFixtures;
import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.Browser;
import se.samverkan.support.BrowserTest;
import se.samverkan.support.Fixtures;
import se.samverkan.support.Reflow;
import se.samverkan.support.Screen;

/**
 * Every page at 320 CSS pixels (WCAG 2.1, 1.4.10 Reflow), as a phone shows it (320 x 800) and as a
 * 1280 x 800 desktop at 400 % zoom does (320 x 200), for one account of every demo role. Each account
 * walks every page of its own menu (read from the page, so a page another module adds to the
 * navigation is walked when it lands), and the walk goes on to one page of every kind the menu pages
 * link to and to a list of pages that matter created here (a plan, an activity, a problem, a picture,
 * an agreement, a referral, a user and the forms), with long Swedish compounds and case numbers.
 * A kind of page beyond the menus is walked once, by the first account that reaches it: it is the
 * same template for every role, and a walk of every page by every account takes most of an hour on
 * a loaded machine. The accounts that see the most buttons go first. No page may scroll sideways as
 * a whole, and axe-core finds nothing against WCAG 2.2 AA on any page walked.
 */
class ReflowBrowserTest extends BrowserTest {

	/**
	 * One account of each role, and the police's local coordinator too, whose scope reaches districts
	 * through the coverage of a local police area. The other demo accounts hold the same roles.
	 */
	private static final List<String> ACCOUNTS = List.of("samordnare.sodermalm", "beredning.stad", "admin",
			"kommunpolis.sodermalm", "styrgrupp.sodermalm", "rapportor.sodermalm", "kommunikator.stad", "lasare");

	/** Springdoc's bundled Swagger UI is linked from the menu but is not a page of this application. */
	private static final Set<String> NOT_OURS = Set.of("/swagger-ui.html");

	/** Links that download a file, change the language or sign out: not pages to walk. */
	private static final Pattern NOT_A_PAGE = Pattern.compile(
			".*(\\.(pdf|csv|xlsx|docx|atom|json)(\\?.*)?|/export(\\?.*)?|/file|/status|[?&](lang|format)=.*|/logout)$");

	/** An id in a path (a UUID, or an upper-case code) marks a page of one thing. */
	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Z][A-Z0-9_-]+");

	private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();

	private final List<String> pagesThatMatter = new ArrayList<>();

	/** The kinds of page beyond the menus walked so far, by whichever account reached them first. */
	private final Set<String> walkedKinds = new java.util.HashSet<>();

	private FollowupFixtures followup;

	private Fixtures fixtures;

	@BeforeAll
	void somethingOnEveryPage() {
		Api api = new Api(port);
		fixtures = new Fixtures(jdbc);
		followup = new FollowupFixtures(api, jdbc);
		cleanUp();
		PlanningFixtures planning = followup.planning();
		UUID sodermalm = fixtures.unit("SODERMALM");

		// Long words on purpose: a Swedish compound, a case number, ids, to show that they wrap.
		UUID plan = followup.plan("samordnare.sodermalm", "LOCAL", sodermalm, YEAR, "DONE", "ONGOING", "PLANNED");
		UUID activity = followup.activity("samordnare.sodermalm", plan, YEAR,
				"Trygghetsvandringsuppföljningsmötesprotokollsgranskning vid Medborgarplatsen", "ONGOING");
		UUID report = followup.report("samordnare.sodermalm", plan, YEAR + "-T1");
		UUID problem = FollowupFixtures.id(planning.created("samordnare.sodermalm", "/api/v1/problems",
				planning.problem(sodermalm, "Kvällsotrygghetsproblematiken kring tunnelbaneuppgångarna")));
		planning.created("samordnare.sodermalm", "/api/v1/problems/" + problem + "/causes",
				planning.cause("Dålig belysning i gångtunneln", null, "PLACE", "RISK"));
		UUID picture = FollowupFixtures.id(api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + sodermalm + "\",\"period\":\"" + YEAR + "-T1\",\"authorParty\":\"CITY\"}").body());
		UUID agreement = FollowupFixtures.id(api.postAs("samordnare.sodermalm", "/api/v1/agreements",
				fixtures.localAgreement(sodermalm, "Lokal samverkansöverenskommelse om brottsförebyggande arbete", 3)).body());
		UUID referral = FollowupFixtures.id(api.postAs("beredning.stad", "/api/v1/referrals",
				"{\"caseNumber\":\"KS 2026/1234567\",\"title\":\"Remiss om trygghetsskapandeåtgärdsprogrammet\",\"sentOn\":\""
						+ YEAR + "-03-01\",\"dueDate\":\"" + YEAR + "-12-31\",\"recipientUnitIds\":[\"" + sodermalm + "\",\""
						+ fixtures.unit("FARSTA") + "\"],\"documents\":[\"Bilaga 1. Förslag\"]}").body());
		UUID place = FollowupFixtures.id(api.postAs("samordnare.sodermalm", "/api/v1/places",
				"{\"name\":\"Medborgarplatsens tunnelbaneuppgång\",\"districtId\":\"" + sodermalm
						+ "\",\"position\":{\"lat\":59.3146,\"lon\":18.0714},\"tags\":[\"UNSAFE\"]}").body());
		api.postAs("rapportor.sodermalm", "/api/v1/observations", "{\"occurredAt\":\"" + YEAR
				+ "-11-20T21:30:00+01:00\",\"position\":{\"lat\":59.3147,\"lon\":18.0737},\"placeId\":\"" + place
				+ "\",\"categoryCode\":\"GRAFFITI\",\"severity\":2,\"description\":\"Nytt klotter vid trappan\"}");
		UUID overarching = jdbc.sql("SELECT id FROM agreement WHERE kind = 'OVERARCHING' AND valid_to IS NULL")
			.query(UUID.class)
			.single();
		UUID reporter = jdbc.sql("SELECT id FROM app_user WHERE username = 'rapportor.sodermalm'").query(UUID.class).single();

		pagesThatMatter.addAll(List.of("/plans/" + plan, "/plans/" + plan + "/timeline", "/activities/" + activity,
				"/activities/" + activity + "/edit", "/plans/" + plan + "/activities/new", "/reports/" + report,
				"/problems/" + problem, "/problems/new", "/situation-pictures/" + picture, "/situation-pictures/new",
				"/agreements/" + agreement, "/agreements/" + overarching, "/agreements/new", "/agreements/overview",
				"/referrals/" + referral, "/referrals/new", "/places/" + place, "/places/new",
				"/districts/" + sodermalm + "/overview", "/observations/new", "/observations/import", "/police-events",
				"/golden-thread?districtId=" + sodermalm + "&year=" + YEAR, "/organisation/units/" + sodermalm,
				"/admin/users/" + reporter, "/admin/users/new", "/admin/partners", "/account/password",
				"/notifications/preferences", "/observation-categories/GRAFFITI/edit"));
	}

	@AfterAll
	void cleanUp() {
		followup.removeAll();
		fixtures.removeLocalAgreements();
		fixtures.removeTestReferrals();
		fixtures.removeSituationData();
	}

	@TestFactory
	Stream<DynamicTest> everyPageReflowsAt320CssPixelsWithNoAccessibilityViolations() {
		return ACCOUNTS.stream().map(username -> DynamicTest.dynamicTest(username, () -> walk(username)));
	}

	private void walk(String username) {
		Map<String, String> failures = new LinkedHashMap<>();
		Set<String> walked = new LinkedHashSet<>();
		Page page = browser.signedIn(username, Screen.PHONE_320);
		try {
			List<String> navigation = links(page, "nav a[href]");
			assertThat(navigation).as("the menu of %s", username).contains("/");
			Set<String> deeper = new LinkedHashSet<>();
			for (String path : navigation) {
				if (visit(page, username, path, failures, true)) {
					walked.add(path);
					deeper.addAll(oneOfEachKind(links(page, "main a[href]")));
				}
			}
			deeper.addAll(pagesThatMatter);
			navigation.forEach(deeper::remove);
			for (String path : deeper) {
				if (!walkedKinds.contains(kindOf(path)) && visit(page, username, path, failures, false)) {
					walkedKinds.add(kindOf(path));
					walked.add(path);
				}
			}
		}
		finally {
			page.context().close();
		}
		assertThat(walked).as("pages walked as %s", username).hasSizeGreaterThan(3);
		assertThat(failures).as("pages of %s that scroll sideways at 320 CSS px or fail axe-core (%d walked):%n%s",
				username, walked.size(), String.join("\n", failures.values())).isEmpty();
	}

	/**
	 * Opens the page and notes what is wrong with it, at 320 x 800 and, resized in place, at the
	 * 320 x 200 CSS pixels of a 1280 x 800 screen at 400 %. A page of the menu must open; a page deeper
	 * that the role may not see (403, 404) is skipped; any page that fails with 5xx is a failure.
	 * Axe-core runs on every page visited.
	 */
	private boolean visit(Page page, String username, String path, Map<String, String> failures, boolean fromMenu) {
		page.setViewportSize(Screen.PHONE_320.width(), Screen.PHONE_320.height());
		Response response = page.navigate(path);
		int status = response == null ? 0 : response.status();
		if (status >= 400) {
			if (fromMenu || status >= 500) {
				fail(failures, username, path + " status", path + ": status " + status);
			}
			return false;
		}
		for (Screen screen : List.of(Screen.PHONE_320, Screen.DESKTOP_1280_AT_400_PERCENT)) {
			page.setViewportSize(screen.width(), screen.height());
			String overflow = Reflow.sidewaysScroll(page);
			if (!overflow.isEmpty()) {
				fail(failures, username, path + " " + screen, path + " at " + screen + ": " + overflow);
			}
		}
		String violations = Browser.accessibilityViolations(page);
		if (!violations.isEmpty()) {
			fail(failures, username, path + " axe", path + " (axe-core): " + violations.replace("\n", "\n    "));
		}
		return true;
	}

	/** Notes a failure, and prints it at once: the walk is long, and a stopped run still tells what it found. */
	private static void fail(Map<String, String> failures, String username, String key, String failure) {
		failures.put(key, failure);
		System.out.println("REFLOW " + username + " " + failure);
	}

	/** The application's own page links in the part of the page selected, as paths with their queries. */
	@SuppressWarnings("unchecked")
	private List<String> links(Page page, String selector) {
		List<String> hrefs = (List<String>) page.evalOnSelectorAll(selector,
				"(links) => links.filter(a => a.origin === location.origin).map(a => a.pathname + a.search)");
		return hrefs.stream()
			.filter(path -> !NOT_OURS.contains(path) && !NOT_A_PAGE.matcher(path).matches())
			.distinct()
			.toList();
	}

	/** One link of each kind of page ("/plans", "/plans/{id}", "/activities/{id}/edit"). */
	private static List<String> oneOfEachKind(List<String> paths) {
		Map<String, String> byKind = new LinkedHashMap<>();
		paths.forEach(path -> byKind.putIfAbsent(kindOf(path), path));
		return List.copyOf(byKind.values());
	}

	/** The kind of page a path opens: its path with ids replaced and without its query. */
	private static String kindOf(String path) {
		String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		return ID.matcher(withoutQuery).replaceAll("{id}");
	}
}
