package se.samverkan.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planning.PlanningFixtures.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import se.samverkan.platform.attention.AttentionItem;
import se.samverkan.platform.attention.AttentionSource;
import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.ApiTest;

/**
 * What "today" is comes from one clock, in Stockholm: a referral falls due, a plan year turns and
 * an activity becomes late at Stockholm's midnight, not at UTC's (an hour or two later), and not
 * on the day the tests happen to run. Each test fixes the clock and removes its own data.
 */
class TodayInStockholmTests extends ApiTest {

	@Autowired
	List<AttentionSource> attention;

	private final List<String> rounds = new ArrayList<>();

	private PlanningFixtures given;

	private UUID plan;

	@BeforeEach
	void setUp() {
		given = new PlanningFixtures(api, jdbc);
	}

	@AfterEach
	void removeWhatThisClassMade() {
		rounds.forEach(id -> {
			jdbc.sql("DELETE FROM referral_response WHERE round_id = CAST(? AS uuid)").params(id).update();
			jdbc.sql("DELETE FROM referral_round WHERE id = CAST(? AS uuid)").params(id).update();
		});
		if (plan != null) {
			jdbc.sql("DELETE FROM action_plan WHERE id = ?").params(plan).update();
		}
	}

	@Test
	void aReferralIsPendingThroughItsDueDateAndOverdueFromStockholmsMidnight() {
		String id = round("KS 2026/900", "2026-03-01", "2026-04-15");
		clock.fixAt("2026-04-15T23:59");
		assertThat(statuses(id)).containsOnly("PENDING");
		clock.fixAt("2026-04-16T00:00:30");
		assertThat(statuses(id)).as("00:00 in Stockholm is still 22:00 the day before in UTC").containsOnly("OVERDUE");
	}

	@Test
	void theStartPageAsksForAnAnswerOnlyUntilTheDueDate() {
		round("KS 2026/901", "2026-03-01", "2026-04-15");
		Set<UUID> sodermalm = Set.of(fixtures.unit("SODERMALM"));
		clock.fixAt("2026-04-15T12:00");
		assertThat(keys("samordnare.sodermalm", sodermalm)).contains("attention.referral.pending");
		clock.fixAt("2026-04-16T00:30");
		assertThat(keys("samordnare.sodermalm", sodermalm)).doesNotContain("attention.referral.pending");
	}

	@Test
	void theGoldenThreadsDefaultYearTurnsAtStockholmsMidnight() {
		String thread = "/api/v1/districts/" + fixtures.unit("SODERMALM") + "/golden-thread";
		clock.fixAt("2026-12-31T23:59:30");
		assertThat(api.getAs("samordnare.sodermalm", thread).body().get("year").asInt()).isEqualTo(2026);
		clock.fixAt("2027-01-01T00:00:30");
		assertThat(api.getAs("samordnare.sodermalm", thread).body().get("year").asInt())
			.as("New Year in Stockholm is 23:00 on New Year's Eve in UTC").isEqualTo(2027);
	}

	@Test
	void anActivityIsLateFromTheDayAfterItsEndDate() {
		plan = given.localPlan("samordnare.sodermalm", fixtures.unit("SODERMALM"), 2026);
		Map<String, Object> body = given.activity(fixtures.unit("SODERMALM"), List.of());
		body.put("endDate", "2026-11-30");
		String activity = "/api/v1/activities/"
				+ given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", body).get("id").asString();
		clock.fixAt("2026-11-30T23:59");
		assertThat(api.getAs("lasare", activity).body().get("late").asBoolean()).isFalse();
		clock.fixAt("2026-12-01T00:00:30");
		assertThat(api.getAs("lasare", activity).body().get("late").asBoolean()).isTrue();
		assertThat(api.postAs("samordnare.sodermalm", activity + "/updates", json(Map.of("status", "DONE", "signal", "GREEN")))
			.status()).isEqualTo(201);
		assertThat(api.getAs("lasare", activity).body().get("late").asBoolean()).as("a finished activity is never late")
			.isFalse();
	}

	private String round(String caseNumber, String sentOn, String dueDate) {
		var sent = api.postAs("beredning.stad", "/api/v1/referrals", "{\"caseNumber\":\"" + caseNumber
				+ "\",\"title\":\"Remiss om trygghetsmätningen\",\"sentOn\":\"" + sentOn + "\",\"dueDate\":\"" + dueDate
				+ "\",\"recipientUnitIds\":[\"" + fixtures.unit("SODERMALM") + "\",\"" + fixtures.unit("FARSTA") + "\"]}");
		assertThat(sent.status()).as(sent.raw().body()).isEqualTo(201);
		String id = sent.body().get("id").asString();
		rounds.add(id);
		return id;
	}

	private List<String> statuses(String round) {
		List<String> statuses = new ArrayList<>();
		for (JsonNode recipient : api.getAs("lasare", "/api/v1/referrals/" + round).body().get("recipients")) {
			statuses.add(recipient.get("status").asString());
		}
		return statuses;
	}

	private List<String> keys(String username, Set<UUID> scope) {
		List<String> keys = new ArrayList<>();
		attention.forEach(source -> source.itemsFor(username, Set.of("LOCAL_COORDINATOR"), scope)
			.stream()
			.map(AttentionItem::messageKey)
			.forEach(keys::add));
		return keys;
	}
}
