package se.samverkan.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
 * <p>
 * Supervised: should PostgreSQL itself die while the application runs (killed by the operating
 * system for memory, or by hand), it is started again on the same port and data directory; it
 * recovers what was committed from its write-ahead log, and the connection pool reconnects. The
 * requests in flight at that moment fail; nothing committed is lost.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	/** How long a restart keeps trying: the killed server's processes must end before a new one may start. */
	private static final Duration RESTART_PATIENCE = Duration.ofSeconds(60);

	private final EmbeddedDatabaseProperties properties;

	private final int port;

	private volatile EmbeddedPostgres postgres;

	private volatile boolean closing;

	private EmbeddedDatabase(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		this.postgres = postgres;
		this.properties = properties;
		this.port = postgres.getPort();
	}

	public static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
		EmbeddedDatabase database = new EmbeddedDatabase(launch(properties, properties.port()), properties);
		database.watch();
		return database;
	}

	private static EmbeddedPostgres launch(EmbeddedDatabaseProperties properties, int port) {
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
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL 17 on 127.0.0.1:{}, data in {}", postgres.getPort(), directory);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory
					+ " (set SPRING_DATASOURCE_URL to use an external one)", ex);
		}
	}

	/** Restarts PostgreSQL when its postmaster ends while nobody is closing it. */
	private void watch() {
		Optional<ProcessHandle> postmaster = postmasterPid().flatMap(ProcessHandle::of);
		if (postmaster.isEmpty()) {
			log.warn("Cannot watch the embedded PostgreSQL: no postmaster.pid in {}", properties.databaseDirectory());
			return;
		}
		postmaster.get().onExit().thenRun(this::postmasterEnded);
	}

	private synchronized void postmasterEnded() {
		if (closing) {
			return;
		}
		log.warn("The embedded PostgreSQL on port {} ended unexpectedly; starting it again (it recovers from its WAL)", port);
		closeQuietly(postgres);
		long deadline = System.nanoTime() + RESTART_PATIENCE.toNanos();
		while (!closing) {
			try {
				postgres = launch(properties, port);
				watch();
				log.warn("The embedded PostgreSQL is running again on port {}", port);
				return;
			}
			catch (RuntimeException ex) {
				if (System.nanoTime() > deadline) {
					log.error("Could not start the embedded PostgreSQL again; the application cannot reach its data", ex);
					return;
				}
				log.info("The embedded PostgreSQL cannot start yet ({}); trying again", ex.getMessage());
				sleep(Duration.ofSeconds(1));
			}
		}
	}

	/** The running postmaster's process id, from its lock file. */
	Optional<Long> postmasterPid() {
		try {
			List<String> lines = Files.readAllLines(properties.databaseDirectory().resolve("postmaster.pid"));
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
	}

	public String username() {
		return "postgres";
	}

	@Override
	public void close() throws IOException {
		closing = true;
		synchronized (this) {
			postgres.close();
		}
		log.info("Embedded PostgreSQL stopped");
		if (properties.ephemeral()) {
			FileSystemUtils.deleteRecursively(properties.dataDir());
		}
	}

	private static void closeQuietly(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Closing the ended PostgreSQL", ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
