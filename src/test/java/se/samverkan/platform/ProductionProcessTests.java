package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import se.samverkan.SamverkanApplication;
import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;
import se.samverkan.support.WebSession;

/**
 * The README's operations claims, on a second instance started as production starts it: its own
 * JVM with the {@code prod} profile and nothing of the tests on its class path, on the same
 * PostgreSQL as the test application. Its log is ECS JSON; its cookies are Secure, HttpOnly and
 * SameSite; a session or token begun on one instance continues on the other (sessions live in
 * PostgreSQL); and on SIGTERM it finishes a request in flight before it stops (graceful shutdown).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionProcessTests extends ApiTest {

	static final Duration START_PATIENCE = Duration.ofMinutes(4);

	@Autowired
	DataSource dataSource;

	private Process production;

	private int productionPort;

	private Path output;

	@BeforeAll
	void startAProductionInstanceOnTheSameDatabase() throws Exception {
		try (ServerSocket free = new ServerSocket(0)) {
			productionPort = free.getLocalPort();
		}
		output = Files.createTempFile("samverkan-prod", ".log");
		String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classPath, SamverkanApplication.class.getName())
			.redirectOutput(output.toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD);
		Map<String, String> environment = builder.environment();
		environment.put("SPRING_PROFILES_ACTIVE", "prod");
		environment.put("SPRING_DATASOURCE_URL", ((HikariDataSource) dataSource).getJdbcUrl());
		environment.put("SPRING_DATASOURCE_USERNAME", ((HikariDataSource) dataSource).getUsername());
		environment.put("SERVER_PORT", String.valueOf(productionPort));
		// The management endpoints have a port of their own in prod (8081 unless set); any free one here.
		environment.put("MANAGEMENT_SERVER_PORT", "0");
		production = builder.start();
		awaitReady();
	}

	@AfterAll
	void stop() throws Exception {
		if (production != null && production.isAlive()) {
			production.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		jdbc.sql("DELETE FROM observation WHERE external_id LIKE 'graceful-%'").update();
	}

	@Test
	@Order(1)
	void writesEveryLineOfItsLogAsEcsJson() throws IOException {
		List<String> lines = Files.readAllLines(output).stream().filter(line -> !line.isBlank()).toList();
		assertThat(lines).as("the production instance's output").isNotEmpty();
		List<String> notJson = new ArrayList<>();
		for (String line : lines) {
			try {
				JsonNode entry = PlanningFixtures.JSON.readTree(line);
				if (!entry.has("@timestamp") || !entry.has("message") || entry.at("/log/level").isMissingNode()
						|| entry.at("/ecs/version").isMissingNode()) {
					notJson.add(line);
				}
			}
			catch (RuntimeException ex) {
				notJson.add(line);
			}
		}
		assertThat(notJson).as("lines that are not ECS JSON").isEmpty();
		assertThat(lines).anySatisfy(line -> assertThat(line).contains("Started SamverkanApplication"));
	}

	@Test
	@Order(2)
	void setsItsCookiesSecureHttpOnlyAndSameSite() {
		WebSession browser = new WebSession(productionPort);
		List<String> cookies = new ArrayList<>(browser.get("/login?lang=en").headers().allValues("Set-Cookie"));
		// A look at the form keeps no session (issue 14): the session cookie comes with the sign-in.
		cookies.addAll(browser.postForm("/login", Map.of("username", "lasare", "password", Api.DEMO_PASSWORD))
			.headers()
			.allValues("Set-Cookie"));
		assertThat(cookies).as("the language and CSRF cookies of the form").anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN="))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("samverkan-lang="));
		for (String cookie : cookies) {
			// Lax, or Strict where no link from elsewhere needs it (the CSRF cookie)
			assertThat(cookie).as(cookie).contains("; Secure").containsPattern("(?i); SameSite=(Lax|Strict)");
		}
		assertThat(cookies).filteredOn(cookie -> cookie.startsWith("SESSION=")).isNotEmpty()
			.allSatisfy(session -> assertThat(session).contains("; HttpOnly"));
	}

	@Test
	@Order(3)
	void continuesASessionBegunOnTheOtherInstanceAndEndsItThere() {
		WebSession onTests = new WebSession(port).signIn("samordnare.sodermalm");
		HttpCookie session = onTests.cookie("SESSION").orElseThrow();
		WebSession onProduction = new WebSession(productionPort);
		onProduction.adopt(session);

		HttpResponse<String> start = onProduction.get("/");
		assertThat(start.statusCode()).as("signed in on the other instance").isEqualTo(200);
		assertThat(start.body()).contains("Trygghetssamordnare Södermalm");
		assertThat(onProduction.get("/situation-pictures").statusCode()).isEqualTo(200);

		HttpResponse<String> signedOut = onProduction.postForm("/logout", Map.of());
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(onTests.get("/").statusCode()).as("signing out on one instance ends the session on both").isEqualTo(302);
	}

	@Test
	@Order(4)
	void acceptsATokenIssuedByTheOtherInstance() {
		String token = api.tokenFor("lasare");
		var me = api.unrecorded().send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + productionPort + "/api/v1/me"))
			.timeout(Api.REQUEST_TIMEOUT)
			.header("Authorization", "Bearer " + token)
			.GET()
			.build());
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body().get("username").asString()).isEqualTo("lasare");
	}

	@Test
	@Order(5)
	void finishesARequestInFlightWhenTerminated() throws Exception {
		byte[] firstHalf = ("occurredAt,lat,lon,categoryCode,severity,externalId\n"
				+ "2026-11-01T10:00:00+01:00,59.3146,18.0714,LITTERING,1,graceful-1\n").getBytes(StandardCharsets.UTF_8);
		byte[] rest = "2026-11-01T11:00:00+01:00,59.3150,18.0720,GRAFFITI,2,graceful-2\n".getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", productionPort), (int) Api.CONNECT_TIMEOUT.toMillis());
			socket.setSoTimeout((int) Api.REQUEST_TIMEOUT.toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/observations/import HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
					+ "Authorization: Bearer " + api.tokenFor("samordnare.sodermalm") + "\r\nContent-Type: text/csv\r\n"
					+ "Content-Length: " + (firstHalf.length + rest.length) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(firstHalf);
			out.flush();
			Thread.sleep(2_000); // the server is now inside the import, reading a body that has not ended

			production.destroy(); // SIGTERM, as a container platform stops an instance
			awaitInLog("Commencing graceful shutdown");
			out.write(rest);
			out.flush();

			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response).as("the answer to the request in flight").startsWith("HTTP/1.1 200").contains("\"imported\":2");
		}
		assertThat(production.waitFor(60, TimeUnit.SECONDS)).as("the instance stops after the request").isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM observation WHERE external_id LIKE 'graceful-%'").query(Long.class).single())
			.isEqualTo(2);
		awaitInLog("Graceful shutdown complete");
	}

	private void awaitReady() throws Exception {
		WebSession probe = new WebSession(productionPort);
		long deadline = System.nanoTime() + START_PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			if (!production.isAlive()) {
				throw new IllegalStateException("The production instance ended at start:\n" + tail());
			}
			try {
				if (probe.get("/readyz").statusCode() == 200) {
					return;
				}
			}
			catch (IllegalStateException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The production instance was not ready in " + START_PATIENCE + ":\n" + tail());
	}

	private void awaitInLog(String text) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.readString(output).contains(text)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The production instance's log never said \"" + text + "\":\n" + tail());
	}

	private String tail() throws IOException {
		List<String> lines = Files.readAllLines(output);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}
}
