package se.samverkan.situation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.identity.Actor;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.tabular.TabularFiles;

/**
 * Runs an import of observations (CSV or .xlsx) in the background, so a large file does not hold the page, and keeps its
 * progress in the database (every instance can show it). One import at a time per instance.
 */
@Service
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public record Job(UUID id, String status, String fileName, long total, long processed, long imported, long skipped,
			String errors, String message, String startedBy) {

		public int percent() {
			return total <= 0 ? (status.equals("RUNNING") ? 0 : 100) : (int) Math.min(100, processed * 100 / total);
		}

		public boolean running() {
			return status.equals("RUNNING");
		}

		/** The instance running it stopped before it finished; nothing of the file was stored. */
		public boolean interrupted() {
			return status.equals("INTERRUPTED");
		}

		public List<ImportResult.LineError> errorList() {
			return List.of(JSON.readValue(errors, ImportResult.LineError[].class));
		}
	}

	private final ObservationCsvImport importer;

	private final JdbcClient jdbc;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "observation-import");
		thread.setDaemon(true);
		return thread;
	});

	private final org.springframework.transaction.support.TransactionTemplate progressTransactions;

	private final InterruptedImports interrupted;

	ImportJobs(ObservationCsvImport importer, JdbcClient jdbc, InterruptedImports interrupted,
			org.springframework.transaction.PlatformTransactionManager transactions) {
		this.importer = importer;
		this.jdbc = jdbc;
		this.interrupted = interrupted;
		this.progressTransactions = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.progressTransactions.setPropagationBehavior(
				org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Refuses (403) one who may import no observations; ask before reading the upload. */
	public void requireMayImport(Actor actor) {
		importer.importScope(actor);
	}

	/** Starts importing the uploaded file (which this takes over and deletes when done). */
	public UUID start(Actor actor, Path file, String originalName) throws java.io.IOException {
		String fileName = se.samverkan.platform.text.SafeText.of(originalName, 200);
		UUID id = UUID.randomUUID();
		long total = TabularFiles.rowsBelowHeader(file);
		jdbc.sql("""
				INSERT INTO import_job (id, kind, status, file_name, total, started_by, instance_id)
				VALUES (:id, 'OBSERVATIONS_CSV', 'RUNNING', :name, :total, :by, :instance)""")
			.param("id", id)
			.param("instance", interrupted.instance())
			.param("name", fileName)
			.param("total", total)
			.param("by", actor.username())
			.update();
		executor.execute(new DelegatingSecurityContextRunnable(() -> run(actor, id, file, fileName)));
		return id;
	}

	public Optional<Job> job(UUID id, String username) {
		return jdbc.sql("""
				SELECT id, status, file_name, total, processed, imported, skipped, errors::text AS errors, message, started_by
				FROM import_job WHERE id = :id AND started_by = :by""")
			.param("id", id)
			.param("by", username)
			.query(Job.class)
			.optional();
	}

	private void run(Actor actor, UUID id, Path file, String fileName) {
		try {
			// Progress is written in transactions of its own, so the page sees it while the import runs.
			ImportResult result = importer.importFile(actor, file, fileName, line -> progressTransactions
				.executeWithoutResult(status -> jdbc.sql("UPDATE import_job SET processed = :line, heartbeat_at = now() WHERE id = :id")
					.param("line", Math.max(0, line - 1))
					.param("id", id)
					.update()));
			finish(id, result.errors().isEmpty() ? "DONE" : "FAILED", result, null);
		}
		catch (InvalidInput invalid) {
			finish(id, "FAILED", null, invalid.fieldProblems().stream().map(FieldProblem::message).findFirst().orElse(null));
		}
		catch (DomainProblem problem) {
			finish(id, "FAILED", null, problem.messageKey());
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", id, ex);
			finish(id, "FAILED", null, "Importen avbröts av ett oväntat fel.");
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (java.io.IOException ex) {
				log.warn("Could not delete {}", file);
			}
		}
	}

	private void finish(UUID id, String status, ImportResult result, String message) {
		jdbc.sql("""
				UPDATE import_job SET status = :status, processed = CASE WHEN :status = 'DONE' THEN total ELSE processed END,
				       imported = :imported, skipped = :skipped, errors = CAST(:errors AS jsonb), message = :message,
				       finished_at = now()
				WHERE id = :id""")
			.param("status", status)
			.param("imported", result == null ? 0 : result.imported())
			.param("skipped", result == null ? 0 : result.skipped())
			.param("errors", JSON.writeValueAsString(result == null ? List.of() : result.errors()))
			.param("message", message == null ? null : se.samverkan.platform.text.SafeText.of(message, 2000))
			.param("id", id)
			.update();
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
