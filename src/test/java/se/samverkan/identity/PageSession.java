package se.samverkan.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.samverkan.support.Api;

/**
 * A browser's page session without the browser: cookies kept, redirects not followed, forms posted
 * with the CSRF token the page carried. For tests of what a signed-in page session may reach.
 */
public final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Api.CONNECT_TIMEOUT)
		.build();

	private final String base;

	public PageSession(int port) {
		this.base = "http://localhost:" + port;
	}

	public record Page(int status, String location, String body) {
	}

	public static PageSession signedIn(int port, String username, String password) {
		PageSession session = new PageSession(port);
		Page signIn = session.submit("/login", "/login", Map.of("username", username, "password", password));
		if (signIn.status() != 302 || signIn.location() == null || signIn.location().contains("error")) {
			throw new IllegalStateException("Sign-in of " + username + " failed: " + signIn);
		}
		return session;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** Reads {@code formPage} for its CSRF token, then posts the fields to {@code action}. */
	public Page submit(String formPage, String action, Map<String, String> fields) {
		Matcher token = CSRF.matcher(get(formPage).body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on " + formPage);
		}
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token.group(1));
		String form = all.entrySet()
			.stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.timeout(Api.REQUEST_TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
