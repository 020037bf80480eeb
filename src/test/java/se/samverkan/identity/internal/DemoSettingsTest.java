package se.samverkan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import se.samverkan.platform.database.DatabaseMode;

class DemoSettingsTest {

	@Test
	void refusesToStartTheProductionProfileWithDemoData() {
		var production = new MockEnvironment();
		production.setActiveProfiles("prod");
		assertThatThrownBy(() -> new DemoSettings(true, "demo", embedded(true), production))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("SAMVERKAN_DEMO_DATA");
	}

	@Test
	void loadsDemoDataOnlyOnTheEmbeddedDatabase() {
		assertThat(new DemoSettings(true, "demo", embedded(true), new MockEnvironment()).active()).isTrue();
		assertThat(new DemoSettings(true, "demo", embedded(false), new MockEnvironment()).active()).isFalse();
		assertThat(new DemoSettings(false, "demo", embedded(true), new MockEnvironment()).active()).isFalse();
	}

	private static DatabaseMode embedded(boolean embedded) {
		DatabaseMode mode = mock(DatabaseMode.class);
		when(mode.isEmbedded()).thenReturn(embedded);
		return mode;
	}
}
