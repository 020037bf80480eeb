package se.samverkan.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The running application and one Chromium for all tests of a class. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	protected Browser browser;

	/** The application's clock: real time unless a test fixes it; back to real time after each test. */
	@Autowired
	protected TestClock clock;

	@BeforeAll
	void startBrowser() {
		browser = Browser.start(port);
	}

	@AfterEach
	void realTimeAgain() {
		clock.reset();
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}
}
