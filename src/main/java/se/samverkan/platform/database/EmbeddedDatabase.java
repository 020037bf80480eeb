package se.samverkan.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL 17 that Samverkan starts for itself when no external database is configured.
 * <p>
 * Durable on purpose: the library starts PostgreSQL with {@code -F} (no fsync) and
 * {@code synchronous_commit=off}, which is fine for throw-away test databases and wrong for a
 * system whose records must survive a power cut; both are turned back on here. It listens on
 * 127.0.0.1 only, keeps its data across restarts and stops with the application.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres postgres;

	private final EmbeddedDatabaseProperties properties;

	private EmbeddedDatabase(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		this.postgres = postgres;
		this.properties = properties;
	}

	public static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
		var directory = properties.databaseDirectory();
		try {
			Files.createDirectories(directory);
			new StalePostmaster(directory).clear();
			var builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "100")
				// Room for large imports without a checkpoint in the middle of them
				.setServerConfig("max_wal_size", "2GB")
				// Plan each query for its actual dates and ids: reports over skewed data need custom plans
				.setServerConfig("plan_cache_mode", "force_custom_plan");
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL 17 on 127.0.0.1:{}, data in {}", postgres.getPort(), directory);
			return new EmbeddedDatabase(postgres, properties);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory
					+ " (set SPRING_DATASOURCE_URL to use an external one)", ex);
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
	}

	public String username() {
		return "postgres";
	}

	@Override
	public void close() throws IOException {
		postgres.close();
		log.info("Embedded PostgreSQL stopped");
		if (properties.ephemeral()) {
			FileSystemUtils.deleteRecursively(properties.dataDir());
		}
	}
}
