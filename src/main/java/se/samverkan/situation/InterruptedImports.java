package se.samverkan.situation;

import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Import jobs outlive no instance: the instance running a job keeps its heartbeat fresh, and a
 * RUNNING job whose heartbeat is older than {@link #STALE} belongs to an instance that stopped.
 * Such jobs are marked INTERRUPTED when an instance starts and every half minute after, by any
 * instance (the update is the same whoever runs it). Nothing of an interrupted import was stored:
 * the import runs in one transaction, which ended with the instance.
 */
@Component
class InterruptedImports {

	private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

	/** Three missed heartbeats. */
	static final Duration STALE = Duration.ofSeconds(45);

	/** This instance, as written on the jobs it runs. */
	private final UUID instance = UUID.randomUUID();

	private final JdbcClient jdbc;

	InterruptedImports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID instance() {
		return instance;
	}

	@Scheduled(fixedDelayString = "PT15S", initialDelayString = "PT15S")
	void beat() {
		jdbc.sql("UPDATE import_job SET heartbeat_at = now() WHERE status = 'RUNNING' AND instance_id = :instance")
			.param("instance", instance)
			.update();
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		markInterrupted();
	}

	@Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
	int markInterrupted() {
		int marked = jdbc.sql("""
				UPDATE import_job SET status = 'INTERRUPTED', finished_at = now()
				WHERE status = 'RUNNING' AND (instance_id IS DISTINCT FROM :instance)
				  AND heartbeat_at < now() - make_interval(secs => :stale)""")
			.param("instance", instance)
			.param("stale", STALE.toSeconds())
			.update();
		if (marked > 0) {
			log.warn("{} import job(s) were interrupted by an instance that stopped; marked INTERRUPTED", marked);
		}
		return marked;
	}
}
