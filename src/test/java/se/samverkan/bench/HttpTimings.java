package se.samverkan.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverkan.support.Api;

/** Timing of sequential HTTP requests for the benchmarks: a signed-in browser session, percentiles, one line of output. */
final class HttpTimings {

	static final int WARM_UP = 30;

	static final int RUNS = 200;

	private HttpTimings() {
	}

	/** A client with a signed-in session (the sign-in form, with its CSRF token), as a browser has. */
	static HttpClient signedIn(int port, String username) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(Api.CONNECT_TIMEOUT)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String base = "http://localhost:" + port;
		String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(Api.REQUEST_TIMEOUT).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
		String form = "username=" + username + "&password=" + Api.DEMO_PASSWORD
				+ (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.timeout(Api.REQUEST_TIMEOUT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Sign-in failed: " + response.statusCode());
		}
		return client;
	}

	/** {@link #RUNS} sequential GETs after {@link #WARM_UP}, each answered 200; nanoseconds, sorted. */
	static long[] measure(HttpClient client, String url, String token) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Api.REQUEST_TIMEOUT).GET();
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		HttpRequest request = builder.build();
		for (int i = 0; i < WARM_UP; i++) {
			check(client.send(request, HttpResponse.BodyHandlers.ofString()), url);
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			check(client.send(request, HttpResponse.BodyHandlers.ofString()), url);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	static void report(String what, long[] sorted) {
		System.out.printf("BENCH %s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d sequential requests after %d warm-up)%n",
				what, sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
				sorted[sorted.length - 1] / 1e6, sorted.length, WARM_UP);
	}

	private static void check(HttpResponse<String> response, String url) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " -> " + response.statusCode());
		}
	}
}
