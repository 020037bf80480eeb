package se.samverkan.identity;

import java.io.IOException;
import java.nio.file.Files;

import se.samverkan.platform.database.EmbeddedDatabase;
import se.samverkan.platform.database.EmbeddedDatabaseProperties;

/**
 * A PostgreSQL of its own for a test that starts the application as an installation would, against
 * an external database (SPRING_DATASOURCE_URL). Stopped when the JVM ends, after the test's context
 * (dirtied) has closed its pool.
 */
public final class SeparateDatabase {

	private SeparateDatabase() {
	}

	public static EmbeddedDatabase start(String name) {
		try {
			EmbeddedDatabase database = EmbeddedDatabase
				.start(new EmbeddedDatabaseProperties(Files.createTempDirectory(name), 0, true));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					database.close();
				}
				catch (IOException ex) {
					// the JVM is ending
				}
			}));
			return database;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
