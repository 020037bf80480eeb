package se.samverkan.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left behind by a run that was killed (kill -9 ends the JVM but not the postmaster it
 * started). Its {@code postmaster.pid} names the process; if that process still runs and is a
 * postgres, it is asked to shut down fast (SIGINT through the process API is not available, so the
 * polite SIGTERM comes first, then a kill). A lock file whose process is gone is simply removed.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private final Path pidFile;

	StalePostmaster(Path databaseDirectory) {
		this.pidFile = databaseDirectory.resolve("postmaster.pid");
	}

	void clear() throws IOException {
		Optional<Long> pid = recordedPid();
		if (pid.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(StalePostmaster::isPostgres);
		if (process.isPresent()) {
			log.warn("A PostgreSQL from an earlier run (pid {}) still holds the data directory; stopping it", pid.get());
			stop(process.get());
		}
		else {
			log.warn("Removing a stale postmaster.pid (pid {} no longer runs)", pid.get());
		}
		Files.deleteIfExists(pidFile);
	}

	private Optional<Long> recordedPid() throws IOException {
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.endsWith("postgres")).orElse(true);
	}

	private static void stop(ProcessHandle process) {
		process.destroy();
		try {
			process.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			log.warn("The old PostgreSQL did not stop in {}; killing it (it will recover from its WAL)", SHUTDOWN_WAIT);
			process.destroyForcibly();
			process.onExit().join();
		}
	}
}
