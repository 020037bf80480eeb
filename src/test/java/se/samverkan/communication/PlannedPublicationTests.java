package se.samverkan.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.samverkan.identity.Accounts;
import se.samverkan.identity.Actor;
import se.samverkan.support.ApiTest;

/** Publication on the planned date, once across instances, and the events the notification module will hear. */
@RecordApplicationEvents
class PlannedPublicationTests extends ApiTest {

	@Autowired
	PlannedPublication job;

	@Autowired
	CommunicationManagement management;

	@Autowired
	LockProvider locks;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationEvents events;

	private CommunicationFixtures items;

	@BeforeEach
	void setUp() {
		items = new CommunicationFixtures(api, jdbc);
		items.removeAll();
	}

	@AfterEach
	void tearDown() {
		items.removeAll();
	}

	@Test
	void publishesApprovedItemsOnTheirPlannedDateAndNotBefore() {
		LocalDate today = LocalDate.now(CommunicationManagement.STOCKHOLM);
		String dueToday = approvedOn(today);
		String dueTomorrow = approvedOn(today.plusDays(1));
		Map<String, Object> draft = items.item("Utkast", "Text");
		draft.put("plannedPublicationDate", today.toString());
		String notApproved = items.drafted("kommunikator.stad", draft).get("id").asString();

		management.publishDue(today);
		assertThat(status(dueToday)).isEqualTo("PUBLISHED");
		assertThat(status(dueTomorrow)).isEqualTo("APPROVED");
		assertThat(status(notApproved)).isEqualTo("DRAFT");
		assertThat(api.get("/feed.atom", null).raw().body()).contains(dueToday).doesNotContain(dueTomorrow);

		assertThat(management.publishDue(today.plusDays(1))).isEqualTo(1);
		assertThat(status(dueTomorrow)).isEqualTo("PUBLISHED");
		assertThat(jdbc.sql("SELECT username FROM audit_entry WHERE entity_id = ? AND action = 'PUBLISH'")
			.param(UUID.fromString(dueTomorrow))
			.query(String.class)
			.single()).isEqualTo("system");
	}

	@Test
	void theJobRunsOnOneInstanceAtATime() throws InterruptedException {
		String id = approvedOn(LocalDate.now(CommunicationManagement.STOCKHOLM).plusDays(1));
		SimpleLock held = takeTheLock();
		try {
			jdbc.sql("UPDATE communication SET planned_publication = current_date - 1 WHERE id = ?")
				.param(UUID.fromString(id))
				.update();
			job.publishDue();
			assertThat(status(id)).as("another instance holds the lock: this one skips the run").isEqualTo("APPROVED");
		}
		finally {
			held.unlock();
		}
		job.publishDue();
		assertThat(status(id)).isEqualTo("PUBLISHED");
		assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = ?").param(PlannedPublication.LOCK)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void announcesEachDraftToThePartiesWhoseApprovalItAwaits() {
		Actor city = actor("kommunikator.stad");
		Actor police = actor("kommunikator.polis");
		Communication item = management.draft(city, new CommunicationInput("Rubrik", "Text", "EXTERNAL", "CITY_WIDE", null,
				null, null, null));
		assertThat(events.stream(CommunicationAwaitingApproval.class))
			.extracting(CommunicationAwaitingApproval::party)
			.containsExactly("CITY", "POLICE");
		assertThat(events.stream(CommunicationAwaitingApproval.class))
			.allSatisfy(event -> assertThat(event.writers()).containsExactly("kommunikator.stad"));

		events.clear();
		management.approve(police, item.id(), null);
		assertThat(events.stream(CommunicationAwaitingApproval.class)).singleElement()
			.satisfies(event -> assertThat(event.party()).isEqualTo("CITY"));

		events.clear();
		management.approve(actor("beredning.stad"), item.id(), null);
		assertThat(events.stream(CommunicationAwaitingApproval.class)).isEmpty();
		management.publish(city, item.id());
		assertThat(events.stream(CommunicationPublished.class)).singleElement()
			.satisfies(event -> assertThat(event.communicationId()).isEqualTo(item.id()));
		management.withdraw(city, item.id(), "Fel datum");
		assertThat(events.stream(CommunicationWithdrawn.class)).singleElement()
			.satisfies(event -> assertThat(event.reason()).isEqualTo("Fel datum"));
	}

	private String approvedOn(LocalDate planned) {
		Map<String, Object> item = items.item("Planerad " + planned, "Text");
		item.put("plannedPublicationDate", planned.toString());
		return items.approved(item).get("id").asString();
	}

	private String status(String id) {
		return jdbc.sql("SELECT status FROM communication WHERE id = ?").param(UUID.fromString(id)).query(String.class).single();
	}

	/** As another instance would: waits while this instance's own schedule holds it. */
	private SimpleLock takeTheLock() throws InterruptedException {
		for (int attempt = 0; attempt < 100; attempt++) {
			Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), PlannedPublication.LOCK,
					Duration.ofMinutes(1), Duration.ZERO));
			if (lock.isPresent()) {
				return lock.get();
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("The lock stayed taken for 20 s");
	}

	private Actor actor(String username) {
		return accounts.actorOf(accounts.byUsername(username).orElseThrow());
	}
}
