package se.samverkan.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default on its own: durable, local-only, persistent, and recovering from a kill of
 * the JVM (its PostgreSQL left running) and of PostgreSQL itself (started again while running).
 */
class EmbeddedDatabaseTest {

	@TempDir
	Path dataDir;

	@Test
	void runsDurablyAndOnlyOnLoopback() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(dataDir, 0, false));
				Connection connection = connect(database)) {
			assertThat(setting(connection, "fsync")).isEqualTo("on");
			assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
			assertThat(setting(connection, "listen_addresses")).isEqualTo("127.0.0.1");
			assertThat(setting(connection, "server_version")).startsWith("17.");
		}
	}

	@Test
	void keepsItsDataAcrossRestarts() throws Exception {
		var properties = new EmbeddedDatabaseProperties(dataDir, 0, false);
		try (EmbeddedDatabase database = EmbeddedDatabase.start(properties); Connection connection = connect(database);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE kept (value text)");
			statement.execute("INSERT INTO kept VALUES ('still here')");
		}
		try (EmbeddedDatabase database = EmbeddedDatabase.start(properties); Connection connection = connect(database)) {
			assertThat(single(connection, "SELECT value FROM kept")).isEqualTo("still here");
		}
	}

	@Test
	void recoversWhenAnEarlierRunLeftItsPostgresRunning() throws Exception {
		var properties = new EmbeddedDatabaseProperties(dataDir, 0, false);
		// The first run dies like kill -9: its PostgreSQL is never stopped and its lock file stays.
		Process crashed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), AbandonedRun.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(crashed.getInputStream().readAllBytes());
		assertThat(crashed.waitFor()).as(output).isZero();
		assertThat(output).contains("ABANDONED");
		Path pidFile = properties.databaseDirectory().resolve("postmaster.pid");
		long orphan = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

		try (EmbeddedDatabase database = EmbeddedDatabase.start(properties); Connection connection = connect(database)) {
			assertThat(single(connection, "SELECT value FROM survived")).isEqualTo("committed before the crash");
		}
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
	}

	@Test
	void startsItsPostgresAgainWhenItIsKilledAndThePoolReconnects() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(dataDir, 0, false));
				HikariDataSource pool = pool(database)) {
			try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE kept (value text)");
				statement.execute("INSERT INTO kept VALUES ('committed before the kill')");
			}
			long killed = database.postmasterPid().orElseThrow();
			assertThat(ProcessHandle.of(killed).orElseThrow().destroyForcibly()).isTrue(); // SIGKILL, as the OOM killer would

			// A backend of the killed postmaster can answer for a moment (SIGKILL does not reach it): read
			// only once another postmaster runs, so the value comes from the restarted server.
			String value = null;
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			while (value == null && System.nanoTime() < deadline) {
				if (database.postmasterPid().filter(pid -> pid != killed).isEmpty()) {
					Thread.sleep(500);
					continue;
				}
				try (Connection connection = pool.getConnection()) {
					value = single(connection, "SELECT value FROM kept");
				}
				catch (SQLException stillDown) {
					Thread.sleep(500);
				}
			}
			assertThat(database.postmasterPid()).as("a new postmaster").isPresent().get().isNotEqualTo(killed);
			assertThat(value).as("the pool reaches a restarted PostgreSQL with what was committed").isEqualTo("committed before the kill");
			try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("INSERT INTO kept VALUES ('written after')");
				assertThat(single(connection, "SELECT count(*) FROM kept")).isEqualTo("2");
				assertThat(setting(connection, "fsync")).isEqualTo("on");
			}
		}
	}

	@Test
	void stopsWithoutStartingAgainWhenItIsClosed() throws Exception {
		EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(dataDir, 0, false));
		long pid = database.postmasterPid().orElseThrow();
		database.close();
		Thread.sleep(6_000); // longer than the watcher's polling interval
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		assertThat(Files.exists(new EmbeddedDatabaseProperties(dataDir, 0, false).databaseDirectory().resolve("postmaster.pid")))
			.as("nothing started PostgreSQL again after a deliberate close").isFalse();
	}

	@Test
	void removesALockFileWhoseProcessIsGone() throws Exception {
		var properties = new EmbeddedDatabaseProperties(dataDir, 0, false);
		EmbeddedDatabase.start(properties).close();
		Path pidFile = properties.databaseDirectory().resolve("postmaster.pid");
		Files.writeString(pidFile, "999999\n" + properties.databaseDirectory() + "\n");

		try (EmbeddedDatabase database = EmbeddedDatabase.start(properties); Connection connection = connect(database)) {
			assertThat(single(connection, "SELECT 'up'")).isEqualTo("up");
		}
	}

	/** A pool as the application configures it (EmbeddedDatabaseConfiguration), with short waits. */
	private static HikariDataSource pool(EmbeddedDatabase database) {
		var pool = new HikariDataSource();
		pool.setJdbcUrl(database.jdbcUrl());
		pool.setUsername(database.username());
		pool.setMaximumPoolSize(4);
		pool.setConnectionTimeout(5_000);
		return pool;
	}

	private static Connection connect(EmbeddedDatabase database) throws SQLException {
		return DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
	}

	private static String setting(Connection connection, String name) throws SQLException {
		return single(connection, "SHOW " + name);
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}
}
