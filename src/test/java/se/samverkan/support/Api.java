package se.samverkan.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running application over real HTTP, as an integration would. Every call has a
 * connect and a response timeout, so a hanging server fails the test instead of the build; every
 * exchange is written to the {@link ExchangeLog} for the guard that checks each operation has an
 * allowed and a denied test (the malformed-input sweeps use {@link #unrecorded()}).
 */
public final class Api {

	public static final String DEMO_PASSWORD = "demo";

	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * A bound against a hung server, not a measure of speed: generous, because on a shared machine at a
	 * load of 50 on 2 cores the first {@code /v3/api-docs} of a context took more than a minute.
	 */
	public static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Tokens by server and username: two applications in one run (two ports) never share one. */
	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(CONNECT_TIMEOUT)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private final boolean recorded;

	public Api(int port) {
		this("http://localhost:" + port, true);
	}

	private Api(String base, boolean recorded) {
		this.base = base;
		this.recorded = recorded;
	}

	/**
	 * The same server, but what this client sends is not counted as an allowed or denied test:
	 * for sweeps whose answers say nothing about who may do what.
	 */
	public Api unrecorded() {
		return new Api(base, false);
	}

	public record Response(int status, JsonNode body, HttpResponse<String> raw) {

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}
	}

	/** A bearer token for a demo account on this server, fetched once per run. */
	public String tokenFor(String username) {
		return TOKENS.computeIfAbsent(base + " " + username, key -> {
			Response response = post("/api/v1/auth/token",
					"{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}", null);
			if (response.status() != 200) {
				throw new IllegalStateException("No token for " + username + " on " + base + ": " + response.status());
			}
			return response.body().get("token").asString();
		});
	}

	/** Forgets the cached token of an account that a test removed. */
	public static void forgetToken(String username) {
		TOKENS.keySet().removeIf(key -> key.endsWith(" " + username)); // cached per server: "<base> <username>"
	}

	public Response get(String path, String token) {
		return send(request(path, token).GET().build());
	}

	public Response getAs(String username, String path) {
		return get(path, tokenFor(username));
	}

	public Response post(String path, String json, String token) {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public Response postAs(String username, String path, String json) {
		return post(path, json, tokenFor(username));
	}

	public Response put(String path, String json, String token) {
		return send(request(path, token).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public Response putAs(String username, String path, String json) {
		return put(path, json, tokenFor(username));
	}

	public Response send(HttpRequest request) {
		HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
		String text = response.body();
		JsonNode body = text == null || text.isBlank() || !looksLikeJson(response) ? null : JSON.readTree(text);
		return new Response(response.statusCode(), body, response);
	}

	/** Sends and keeps the body as the handler reads it (bytes for a PDF, say). */
	public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			HttpResponse<T> response = HTTP.send(withTimeout(request), handler);
			if (recorded) {
				ExchangeLog.record(request.method(), request.uri().getRawPath(), response.statusCode());
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A request to this server with the standard timeout (callers may set a longer one). */
	public HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT);
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	public String base() {
		return base;
	}

	private static HttpRequest withTimeout(HttpRequest request) {
		return request.timeout().isPresent() ? request
				: HttpRequest.newBuilder(request, (name, value) -> true).timeout(REQUEST_TIMEOUT).build();
	}

	private static boolean looksLikeJson(HttpResponse<?> response) {
		return response.headers().firstValue("Content-Type").map(type -> type.contains("json")).orElse(false);
	}
}
