package se.samverkan.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session without a browser: form sign-in, the session cookie, and form posts with
 * the CSRF token of the page they came from, over real HTTP with timeouts. For tests of pages that
 * need no JavaScript to answer (status codes, redirects, cookies), where Chromium would be slow.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private String csrf;

	public WebSession(int port) {
		this("http://localhost:" + port);
	}

	public WebSession(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.connectTimeout(Api.CONNECT_TIMEOUT)
			.cookieHandler(behindTls(cookies))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Signs in with the demo password; fails unless the sign-in redirects away from the form. */
	public WebSession signIn(String username) {
		get("/login");
		HttpResponse<String> response = postForm("/login", Map.of("username", username, "password", Api.DEMO_PASSWORD));
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in as " + username + " failed: " + response.statusCode() + " " + location);
		}
		return this;
	}

	/**
	 * The cookies as a browser behind the TLS-terminating proxy of production sends them: its Secure
	 * cookies too (java.net.CookieManager keeps them from a plain http URI, which is all a test has).
	 */
	private static CookieHandler behindTls(CookieManager cookies) {
		return new CookieHandler() {

			@Override
			public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
				return cookies.get(URI.create(uri.toString().replaceFirst("^http:", "https:")), headers);
			}

			@Override
			public void put(URI uri, Map<String, List<String>> headers) throws IOException {
				cookies.put(uri, headers);
			}
		};
	}

	/** A GET; the page's CSRF token, if it has a form, is kept for the next post. */
	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(request(path).GET().build());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1).replace("&#45;", "-");
		}
		return response;
	}

	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf != null) {
			all.put("_csrf", csrf);
		}
		String form = all.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/** A multipart upload of one file, as the import form sends it. */
	public HttpResponse<String> upload(String path, String field, String filename, String contentType, byte[] content) {
		String boundary = "----samverkan" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			if (csrf != null) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
					+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.write(content);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** The value of a cookie this session holds (the session cookie is {@code SESSION}). */
	public Optional<HttpCookie> cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name)).findFirst();
	}

	/** Carries a cookie over from another session, as a load balancer sends the same browser elsewhere. */
	public void adopt(HttpCookie cookie) {
		HttpCookie copy = (HttpCookie) cookie.clone();
		copy.setDomain(null);
		cookies.getCookieStore().add(URI.create(base), copy);
	}

	public String base() {
		return base;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Api.REQUEST_TIMEOUT);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
