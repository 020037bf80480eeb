package se.samverkan.identity.internal;

import java.util.Arrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import se.samverkan.platform.database.DatabaseMode;

/**
 * Demo data is for the embedded default only. The production profile refuses to start with demo
 * data switched on, so demo passwords can never reach a real installation.
 */
@Component("demoMode")
class DemoSettings implements se.samverkan.identity.DemoMode {

	private final boolean active;

	private final String password;

	DemoSettings(@Value("${samverkan.demo-data:true}") boolean requested,
			@Value("${samverkan.demo-password:demo}") String password, DatabaseMode database, Environment environment) {
		boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
		if (production && requested) {
			throw new IllegalStateException(
					"Demo data is switched on in the production profile: set SAMVERKAN_DEMO_DATA=false");
		}
		this.active = requested && database.isEmbedded();
		this.password = password;
	}

	@Override
	public boolean active() {
		return active;
	}

	String password() {
		return password;
	}
}
