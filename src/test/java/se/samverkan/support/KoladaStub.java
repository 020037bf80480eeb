package se.samverkan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Kolada's API as the test application sees it: a local server (no test reaches the internet)
 * that the application's scheduled and on-demand fetch is pointed at. It answers an empty page
 * until a test gives it what to answer, and remembers what it was asked.
 */
public final class KoladaStub implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String EMPTY = "{\"count\": 0, \"values\": []}";

	private static final List<String> ASKED = new CopyOnWriteArrayList<>();

	private static volatile String answer = EMPTY;

	private static volatile int status = 200;

	private static HttpServer server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("kolada-stub",
				Map.of("samverkan.kolada.base-url", base())));
	}

	/** The base URL the application fetches from, starting the server on first use. */
	public static synchronized String base() {
		if (server == null) {
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			server.createContext("/v3/", exchange -> {
				ASKED.add(exchange.getRequestURI().toString());
				byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(status, bytes.length);
				exchange.getResponseBody().write(bytes);
				exchange.close();
			});
			server.setExecutor(null);
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
		}
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/v3/";
	}

	/** Answers every request with this page until {@link #reset()}. */
	public static void answer(String page) {
		answer(200, page);
	}

	/** Answers every request with this status and body until {@link #reset()}. */
	public static void answer(int code, String body) {
		status = code;
		answer = body;
	}

	/** An empty page again, and nothing asked. */
	public static void reset() {
		answer(200, EMPTY);
		ASKED.clear();
	}

	/** The paths and queries asked since the last reset. */
	public static List<String> asked() {
		return List.copyOf(ASKED);
	}
}
