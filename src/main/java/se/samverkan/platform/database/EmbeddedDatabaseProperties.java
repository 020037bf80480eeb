package se.samverkan.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded PostgreSQL keeps its data. Bound from {@code SAMVERKAN_DATA_DIR}
 * ({@code samverkan.data-dir}) and {@code samverkan.embedded-database.*}.
 *
 * @param dataDir the folder the application keeps its data in; the database lives in {@code pg17} below it
 * @param port the port PostgreSQL listens on (on 127.0.0.1 only); 0 picks a free one
 * @param ephemeral delete the data when the application stops (tests only)
 */
@ConfigurationProperties("samverkan.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDir, int port, boolean ephemeral) {

	public EmbeddedDatabaseProperties {
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
	}

	Path databaseDirectory() {
		return dataDir.toAbsolutePath().normalize().resolve("pg17");
	}
}
