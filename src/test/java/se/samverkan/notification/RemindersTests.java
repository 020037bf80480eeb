package se.samverkan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.followup.FollowupFixtures;
import se.samverkan.support.ApiTest;

/** The daily reminders, each sent once however often the job runs, and the job's lock across instances. */
class RemindersTests extends ApiTest {

	@Autowired
	Reminders reminders;

	@Autowired
	LockProvider lockProvider;

	private FollowupFixtures given;

	@BeforeEach
	void setUp() {
		given = new FollowupFixtures(api, jdbc);
		given.removeAll();
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
	}

	private List<String> types(String username) {
		return jdbc.sql("SELECT type FROM notification WHERE username = ? ORDER BY type").params(username)
			.query(String.class).list();
	}

	@Test
	void remindsOfAReportDueAndOfLateActivitiesOnce() {
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", fixtures.unit("SODERMALM"), 2026, "ONGOING", "DONE");
		int first = reminders.send(LocalDate.of(2026, 5, 20));
		assertThat(types("samordnare.sodermalm")).containsExactly("REPORT_DUE");
		assertThat(types("kommunpolis.sodermalm")).containsExactly("REPORT_DUE");
		assertThat(types("samordnare.farsta")).isEmpty();
		assertThat(first).isGreaterThanOrEqualTo(2);
		assertThat(reminders.send(LocalDate.of(2026, 5, 21))).isZero();
		assertThat(types("samordnare.sodermalm")).hasSize(1);

		// 2026-12-05: the ONGOING activity ended 2026-11-30; the DONE one is not late.
		reminders.send(LocalDate.of(2026, 12, 5));
		assertThat(types("samordnare.sodermalm")).containsExactly("ACTIVITY_LATE", "REPORT_DUE");
		String submitted = given.report("samordnare.sodermalm", plan, "2026-T1").toString();
		assertThat(submitted).isNotBlank();
		assertThat(reminders.send(LocalDate.of(2026, 12, 6))).isZero();
	}

	@Test
	void remindsOfAReferralAnswerDueWithinSevenDaysToTheUnitsThatHaveNotAnswered() {
		reminders.send(LocalDate.of(2023, 10, 22));
		assertThat(types("samordnare.farsta")).containsExactly("REFERRAL_DUE");
		assertThat(types("samordnare.sodermalm")).isEmpty();
		reminders.send(LocalDate.of(2023, 10, 23));
		assertThat(types("samordnare.farsta")).hasSize(1);
		given.removeAll();
		reminders.send(LocalDate.of(2023, 10, 10));
		assertThat(types("samordnare.farsta")).isEmpty();
	}

	@Test
	void remindsTheCentralCoordinatorsOfTheAgreementsRevisionWithinSixMonths() {
		reminders.send(LocalDate.of(2027, 5, 1));
		assertThat(types("beredning.stad")).isEmpty();
		reminders.send(LocalDate.of(2027, 7, 1));
		assertThat(types("beredning.stad")).containsExactly("AGREEMENT_REVISION_DUE");
		assertThat(types("beredning.polis")).containsExactly("AGREEMENT_REVISION_DUE");
		assertThat(types("samordnare.sodermalm")).isEmpty();
		reminders.send(LocalDate.of(2027, 7, 2));
		assertThat(types("beredning.stad")).hasSize(1);
	}

	@Test
	void theDailyJobTakesADatabaseLockSoThatOneInstanceRunsIt() {
		assertThat(lockProvider).isInstanceOf(JdbcTemplateLockProvider.class);
		reminders.sendDaily();
		var lock = jdbc.sql("SELECT locked_at, lock_until FROM shedlock WHERE name = 'reminders'").query().singleRow();
		var lockedAt = ((java.sql.Timestamp) lock.get("locked_at")).toInstant();
		var until = ((java.sql.Timestamp) lock.get("lock_until")).toInstant();
		// Held at least a minute, so an instance whose clock runs a little behind does not run it again.
		assertThat(java.time.Duration.between(lockedAt, until)).isGreaterThanOrEqualTo(java.time.Duration.ofMinutes(1));
	}
}
