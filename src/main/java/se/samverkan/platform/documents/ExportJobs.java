package se.samverkan.platform.documents;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.platform.rules.DomainProblem;

/**
 * Runs an export in the background, so a long one (a compilation of every district as PDF) holds
 * no request thread, and keeps its progress in the database, where every instance can show it.
 * The caller gets a job id at once; the page polls the progress and then offers the file. Finished
 * files are kept for a day. Only the user who asked sees the job and its file.
 */
@Service
public class ExportJobs {

	private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

	/** A file made by an export. */
	public record ExportFile(String fileName, String contentType, byte[] content) {
	}

	/** How far an export has come: {@code percent} 0-100 and a word on the step it is at. */
	@FunctionalInterface
	public interface Progress {

		void report(int percent, String step);
	}

	public record Job(UUID id, String title, String status, int percent, String step, String fileName,
			String message) {

		public boolean running() {
			return "RUNNING".equals(status);
		}

		public boolean done() {
			return "DONE".equals(status);
		}
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate own;

	private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "export");
		thread.setDaemon(true);
		return thread;
	});

	ExportJobs(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Starts {@code work} in the background for {@code username} and answers the job's id at once.
	 * The work runs with the caller's security context, reports its progress, and returns the file.
	 */
	public UUID start(String username, String title, Function<Progress, ExportFile> work) {
		UUID id = UUID.randomUUID();
		own.executeWithoutResult(status -> jdbc.sql("""
				INSERT INTO export_job (id, title, status, requested_by) VALUES (:id, :title, 'RUNNING', :by)""")
			.param("id", id)
			.param("title", title)
			.param("by", username)
			.update());
		executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, work)));
		return id;
	}

	public Optional<Job> job(UUID id, String username) {
		return jdbc.sql("""
				SELECT id, title, status, percent, step, file_name, message FROM export_job
				WHERE id = :id AND requested_by = :by""")
			.param("id", id)
			.param("by", username)
			.query(Job.class)
			.optional();
	}

	/** The finished file, for the user who asked for it. */
	public Optional<ExportFile> file(UUID id, String username) {
		return jdbc.sql("""
				SELECT file_name, content_type, content FROM export_job
				WHERE id = :id AND requested_by = :by AND status = 'DONE'""")
			.param("id", id)
			.param("by", username)
			.query((rs, n) -> new ExportFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	private void run(UUID id, Function<Progress, ExportFile> work) {
		try {
			ExportFile file = work.apply((percent, step) -> own.executeWithoutResult(status -> jdbc.sql("""
					UPDATE export_job SET percent = :percent, step = :step WHERE id = :id AND status = 'RUNNING'""")
				.param("percent", Math.max(0, Math.min(99, percent)))
				.param("step", step)
				.param("id", id)
				.update()));
			own.executeWithoutResult(status -> jdbc.sql("""
					UPDATE export_job SET status = 'DONE', percent = 100, file_name = :name, content_type = :type,
					       content = :content, finished_at = now()
					WHERE id = :id""")
				.param("name", file.fileName())
				.param("type", file.contentType())
				.param("content", file.content())
				.param("id", id)
				.update());
		}
		catch (DomainProblem problem) {
			fail(id, problem.messageKey());
		}
		catch (RuntimeException ex) {
			log.error("Export {} failed", id, ex);
			fail(id, null);
		}
	}

	private void fail(UUID id, String message) {
		own.executeWithoutResult(status -> jdbc.sql("""
				UPDATE export_job SET status = 'FAILED', message = :message, finished_at = now() WHERE id = :id""")
			.param("message", message)
			.param("id", id)
			.update());
	}

	/** Finished exports are kept for a day; a job whose instance stopped is marked failed after an hour. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	void clean() {
		jdbc.sql("DELETE FROM export_job WHERE created_at < now() - interval '1 day'").update();
		jdbc.sql("""
				UPDATE export_job SET status = 'FAILED', finished_at = now()
				WHERE status = 'RUNNING' AND created_at < now() - interval '1 hour'""").update();
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
