package se.samverkan.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The running application, an HTTP client for it, and the fixtures, for API tests. */
@IntegrationTest
public abstract class ApiTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	protected Api api;

	protected Fixtures fixtures;

	/** The application's clock: real time unless a test fixes it; back to real time after each test. */
	@Autowired
	protected TestClock clock;

	@BeforeEach
	void connect() {
		api = new Api(port);
		fixtures = new Fixtures(jdbc);
	}

	@AfterEach
	void realTimeAgain() {
		clock.reset();
	}
}
