package se.samverkan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkan.identity.PageSession;
import se.samverkan.support.Api;
import se.samverkan.support.IntegrationTest;

/**
 * Issue 11, navigation by role: every demo user signs in and follows every link on every page
 * reachable from the start page; no link may answer 403, 404 or a server error. One page of each
 * kind is opened (ids and numbers in the path, and the names of the query parameters, make the
 * kind), so the walk covers every page the user can reach without opening every record.
 */
@IntegrationTest
class EveryLinkOpensTests {

	private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)(?:#[^\"]*)?\"");

	private static final Pattern ID = Pattern.compile(
			"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<=/)\\d+(?=/|$)");

	/** Not pages: static files, the API's own description, signing out, switching the language. */
	private static final List<String> NOT_PAGES = List.of("/css/", "/js/", "/img/", "/webjars/", "/fonts/",
			"/favicon", "/logout", "/v3/", "/swagger-ui", "/actuator", "/api/");

	private static final int MOST_PAGES_PER_USER = 300;

	@LocalServerPort
	int port;

	@Test
	void everyLinkEveryDemoUserSeesOpensForThatUser() {
		List<String> broken = new ArrayList<>();
		for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
			broken.addAll(walk(account.username()));
		}
		assertThat(broken).as("links that do not open for the user who sees them").isEmpty();
	}

	private List<String> walk(String username) {
		PageSession session = PageSession.signedIn(port, username, Api.DEMO_PASSWORD);
		List<String> broken = new ArrayList<>();
		Set<String> kinds = new HashSet<>();
		Deque<String[]> queue = new ArrayDeque<>();
		queue.add(new String[] { "/", "(start)" });
		kinds.add(kind("/"));
		int opened = 0;
		while (!queue.isEmpty() && opened < MOST_PAGES_PER_USER) {
			String[] next = queue.poll();
			PageSession.Page page = session.get(next[0]);
			opened++;
			int status = page.status();
			if (status == 403 || status == 404 || status >= 500) {
				broken.add(username + ": " + next[0] + " -> " + status + " (link on " + next[1] + ")");
				continue;
			}
			if (status >= 300 && status < 400 && page.location() != null) {
				String target = page.location().replaceFirst("^https?://[^/]+", "");
				if (target.startsWith("/login")) {
					broken.add(username + ": " + next[0] + " -> sign-in page (link on " + next[1] + ")");
				}
				else if (kinds.add(kind(target))) {
					queue.add(new String[] { target, next[0] });
				}
				continue;
			}
			if (page.body() == null || !page.body().contains("<html")) {
				continue;
			}
			for (String link : links(page.body())) {
				if (kinds.add(kind(link))) {
					queue.add(new String[] { link, next[0] });
				}
			}
		}
		assertThat(opened).as(username + " opened pages").isGreaterThan(1);
		return broken;
	}

	private static Set<String> links(String html) {
		Set<String> links = new TreeSet<>();
		Matcher matcher = LINK.matcher(html);
		while (matcher.find()) {
			String link = matcher.group(1).replace("&amp;", "&");
			if (link.startsWith("//") || link.contains("lang=") || NOT_PAGES.stream().anyMatch(link::startsWith)) {
				continue;
			}
			links.add(link);
		}
		return links;
	}

	/** The kind of page: the path with ids and numbers made alike, and the names of its parameters. */
	static String kind(String link) {
		int query = link.indexOf('?');
		String path = ID.matcher(query < 0 ? link : link.substring(0, query)).replaceAll("{id}");
		Set<String> names = new TreeSet<>();
		if (query >= 0) {
			for (String pair : link.substring(query + 1).split("&")) {
				names.add(pair.split("=", 2)[0]);
			}
		}
		return path + (names.isEmpty() ? "" : "?" + String.join("&", names));
	}
}
