package se.samverkan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, for tests that use the pages as a person would. Where
 * Chromium is missing the test is skipped with the reason, except in CI (CI=true), where it fails:
 * CI installs Chromium, so a missing browser there is a broken build.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/**
	 * Every wait has an end: actions and assertions, page loads, and the browser's own start. Bounds against
	 * a hang, generous: at a load of 48 on 2 cores a report's PDF download took longer than 20 s.
	 */
	static final double ACTION_TIMEOUT_MS = 90_000;

	static final double NAVIGATION_TIMEOUT_MS = 120_000;

	static final double ASSERTION_TIMEOUT_MS = 30_000;

	static final double LAUNCH_TIMEOUT_MS = 60_000;

		/** WCAG 2.2 AA: the 2.0 and 2.1 rules and those new in 2.2 (target size, among others). */
	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	private final String base;

	private Browser(String base) {
		this.base = base;
		this.playwright = Playwright.create();
		this.browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setTimeout(LAUNCH_TIMEOUT_MS)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	public static Browser start(int port) {
		if (!Files.isExecutable(CHROMIUM)) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true but " + CHROMIUM + " is missing: .ci/run must install chromium");
			}
			Assumptions.abort("Chromium is not installed at " + CHROMIUM + " (apt-get install chromium); browser test skipped");
		}
		PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
		return new Browser("http://localhost:" + port);
	}

	/** A fresh browser session (own cookies), in Swedish. */
	public Page newPage() {
		return newPage(new NewContextOptions());
	}

	/** A fresh browser session in Swedish with the given options (JavaScript off, say). */
	public Page newPage(NewContextOptions options) {
		BrowserContext context = browser.newContext(options.setLocale("sv-SE").setBaseURL(base));
		context.setDefaultTimeout(ACTION_TIMEOUT_MS);
		context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
		return context.newPage();
	}

	/** A fresh browser session on the screen, signed in. */
	public Page signedIn(String username, Screen screen) {
		Page page = newPage(screen.options());
		signIn(page, username, Api.DEMO_PASSWORD);
		return page;
	}

	public Page signedIn(String username) {
		Page page = newPage();
		signIn(page, username, Api.DEMO_PASSWORD);
		return page;
	}

	public static void signIn(Page page, String username, String password) {
		page.navigate("/login");
		page.getByLabel("Användarnamn").fill(username);
		page.getByLabel("Lösenord").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Logga in")).click();
	}

	/** Fails with a readable list when axe-core finds any WCAG 2.2 A or AA violation on the page. */
	public static void assertAccessible(Page page) {
		String violations = accessibilityViolations(page);
		assertThat(violations).as("axe-core violations on %s:%n%s", page.url(), violations).isEmpty();
	}

	/** What axe-core finds against WCAG 2.2 A and AA on the page, one rule a line; empty when nothing. */
	public static String accessibilityViolations(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
		return results.getViolations()
			.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " -> "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
