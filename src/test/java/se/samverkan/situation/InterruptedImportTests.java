package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samverkan.identity.PageSession;
import se.samverkan.support.IntegrationTest;

/**
 * Issue 11: an import whose instance stopped does not stay RUNNING for ever; the page says what
 * happened and offers to run it again. A job whose instance is alive is left alone.
 */
@IntegrationTest
class InterruptedImportTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InterruptedImports interrupted;

	@Test
	void marksAJobOfAStoppedInstanceInterruptedAndLeavesALiveOneRunning() {
		UUID gone = job(UUID.randomUUID(), "2 minutes");
		UUID alive = job(UUID.randomUUID(), "5 seconds");

		assertThat(interrupted.markInterrupted()).isGreaterThanOrEqualTo(1);

		assertThat(status(gone)).isEqualTo("INTERRUPTED");
		assertThat(status(alive)).isEqualTo("RUNNING");
		assertThat(jdbc.sql("SELECT finished_at IS NOT NULL FROM import_job WHERE id = :id")
			.param("id", gone)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void keepsThisInstancesOwnJobsRunningWhileItBeats() {
		UUID own = job(interrupted.instance(), "2 minutes");
		interrupted.markInterrupted();
		assertThat(status(own)).isEqualTo("RUNNING");
		interrupted.beat();
		assertThat(jdbc.sql("SELECT heartbeat_at > now() - interval '10 seconds' FROM import_job WHERE id = :id")
			.param("id", own)
			.query(Boolean.class)
			.single()).isTrue();
		jdbc.sql("UPDATE import_job SET status = 'FAILED' WHERE id = :id").param("id", own).update();
	}

	@Test
	void tellsTheUserOnTheJobsPageAndOffersToImportAgain() {
		UUID gone = job(UUID.randomUUID(), "10 minutes");
		interrupted.markInterrupted();

		var page = PageSession.signedIn(port, "samordnare.sodermalm", "demo").get("/imports/" + gone);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Importen avbröts när servern den kördes på stannade")
			.contains("href=\"/observations/import\"")
			.doesNotContain("hx-trigger");
	}

	private UUID job(UUID instance, String heartbeatAge) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO import_job (id, kind, status, file_name, total, processed, started_by, instance_id, heartbeat_at)
				VALUES (:id, 'OBSERVATIONS_CSV', 'RUNNING', 'iakttagelser.csv', 1000, 400, 'samordnare.sodermalm',
				        :instance, now() - CAST(:age AS interval))""")
			.param("id", id)
			.param("instance", instance)
			.param("age", heartbeatAge)
			.update();
		return id;
	}

	private String status(UUID id) {
		return jdbc.sql("SELECT status FROM import_job WHERE id = :id").param("id", id).query(String.class).single();
	}
}
