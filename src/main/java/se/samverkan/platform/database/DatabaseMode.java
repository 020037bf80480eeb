package se.samverkan.platform.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Tells other parts whether Samverkan runs on its embedded default database. */
@Component
public class DatabaseMode {

	private final boolean embedded;

	DatabaseMode(ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
		this.embedded = embeddedDatabase.getIfAvailable() != null;
	}

	public boolean isEmbedded() {
		return embedded;
	}
}
