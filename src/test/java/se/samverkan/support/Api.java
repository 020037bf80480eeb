package se.samverkan.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running application over real HTTP, as an integration would. */
public final class Api {

	public static final String DEMO_PASSWORD = "demo";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	public record Response(int status, JsonNode body, HttpResponse<String> raw) {

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}
	}

	/** A bearer token for a demo account, fetched once per run. */
	public String tokenFor(String username) {
		return TOKENS.computeIfAbsent(username, name -> {
			Response response = post("/api/v1/auth/token",
					"{\"username\":\"" + name + "\",\"password\":\"" + DEMO_PASSWORD + "\"}", null);
			if (response.status() != 200) {
				throw new IllegalStateException("No token for " + name + ": " + response.status());
			}
			return response.body().get("token").asString();
		});
	}

	/** Forgets the cached token of an account that a test removed. */
	public static void forgetToken(String username) {
		TOKENS.remove(username);
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

	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			JsonNode body = text == null || text.isBlank() || !looksLikeJson(response) ? null : JSON.readTree(text);
			return new Response(response.statusCode(), body, response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Sends and keeps the body as the handler reads it (bytes for a PDF, say). */
	public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return http.send(request, handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	public String base() {
		return base;
	}

	private static boolean looksLikeJson(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").map(type -> type.contains("json")).orElse(false);
	}
}
