package se.samverkan.situation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.situation.PoliceEventImport;
import se.samverkan.support.Fixtures;
import se.samverkan.support.IntegrationTest;

/** The scheduled fetch against a stand-in for the police's API on this machine (no internet in tests). */
@IntegrationTest
class PoliceEventFetchTests {

	@Autowired
	TaskScheduler scheduler;

	@Autowired
	PoliceEventImport importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private HttpServer server;

	@AfterEach
	void stop() {
		if (server != null) {
			server.stop(0);
		}
		new Fixtures(jdbc).removeSituationData();
	}

	@Test
	void isOffUnlessAUrlIsConfigured() {
		var fetch = new PoliceEventFetch("", Duration.ofMinutes(5), scheduler, importer, jdbc, transactions);
		fetch.start();
		assertThat(fetch.enabled()).isFalse();
		assertThat(fetch.isRunning()).isFalse();
	}

	@Test
	void neverFetchesMoreOftenThanEveryTenSeconds() {
		var fetch = new PoliceEventFetch("http://127.0.0.1:9/api/events", Duration.ofSeconds(1), scheduler, importer, jdbc,
				transactions);
		assertThat(fetch.interval()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void fetchesAndImportsIdempotently() throws Exception {
		byte[] sample = Files.readAllBytes(Path.of("src/test/resources/police-events/events-2026-08-22.json"));
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/events", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, sample.length);
			exchange.getResponseBody().write(sample);
			exchange.close();
		});
		server.start();
		var fetch = new PoliceEventFetch("http://127.0.0.1:" + server.getAddress().getPort() + "/api/events",
				Duration.ofMinutes(5), scheduler, importer, jdbc, transactions);
		assertThat(fetch.fetchOnce()).isEqualTo(500);
		assertThat(fetch.fetchOnce()).isZero();
	}
}
