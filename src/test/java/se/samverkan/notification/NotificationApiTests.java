package se.samverkan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planning.PlanningFixtures.json;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.followup.FollowupFixtures;
import se.samverkan.support.ApiTest;

class NotificationApiTests extends ApiTest {

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

	/** Notices are written after the step commits, by a listener: wait for them. */
	private long waitForNotices(String username, long atLeast) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		long count = 0;
		while (Instant.now().isBefore(deadline)) {
			count = jdbc.sql("SELECT count(*) FROM notification WHERE username = ?").params(username).query(Long.class).single();
			if (count >= atLeast) {
				return count;
			}
			Thread.sleep(100);
		}
		return count;
	}

	@Test
	void aSubmittedReportReachesTheSteeringGroupAndTheBeredningsgruppButNotItsAuthor() throws Exception {
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", fixtures.unit("SODERMALM"), 2026, "ONGOING");
		UUID report = given.report("samordnare.sodermalm", plan, "2026-T1");
		api.postAs("samordnare.sodermalm", "/api/v1/reports/" + report + "/submit", "");
		assertThat(waitForNotices("styrgrupp.sodermalm", 1)).isEqualTo(1);
		assertThat(waitForNotices("beredning.stad", 1)).isEqualTo(1);
		assertThat(waitForNotices("beredning.polis", 1)).isEqualTo(1);
		assertThat(waitForNotices("samordnare.farsta", 0)).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE username = 'samordnare.sodermalm'").query(Long.class)
			.single()).isZero();

		var inbox = api.getAs("styrgrupp.sodermalm", "/api/v1/notifications?unread=true");
		assertThat(inbox.status()).isEqualTo(200);
		JsonNode notice = inbox.body().get("items").get(0);
		assertThat(notice.get("type").asString()).isEqualTo("AWAITING_DECISION");
		assertThat(notice.get("text").asString()).contains("Södermalm 2026-T1", "väntar på att du kvitterar");
		assertThat(notice.get("link").asString()).isEqualTo("/reports/" + report);
		assertThat(notice.get("read").asBoolean()).isFalse();

		api.postAs("styrgrupp.sodermalm", "/api/v1/reports/" + report + "/return", json(Map.of("comment", "Komplettera T1")));
		assertThat(waitForNotices("samordnare.sodermalm", 1)).isEqualTo(1);
		JsonNode returned = api.getAs("samordnare.sodermalm", "/api/v1/notifications").body().get("items").get(0);
		assertThat(returned.get("type").asString()).isEqualTo("REPORT_RETURNED");
		assertThat(returned.get("text").asString()).contains("Komplettera T1");
	}

	@Test
	void eachUserMarksTheirOwnNoticesRead() {
		UUID mine = notice("styrgrupp.sodermalm", "a");
		notice("styrgrupp.sodermalm", "b");
		UUID theirs = notice("lasare", "c");
		assertThat(api.postAs("lasare", "/api/v1/notifications/" + mine + "/read", "").status()).isEqualTo(404);
		var read = api.postAs("styrgrupp.sodermalm", "/api/v1/notifications/" + mine + "/read", "");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("read").asBoolean()).isTrue();
		assertThat(api.getAs("styrgrupp.sodermalm", "/api/v1/notifications?unread=true").body().get("totalItems").asInt())
			.isEqualTo(1);
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/notifications/read-all", "").body().get("marked").asInt())
			.isEqualTo(1);
		assertThat(api.getAs("styrgrupp.sodermalm", "/api/v1/notifications?unread=true").body().get("totalItems").asInt())
			.isZero();
		assertThat(api.getAs("lasare", "/api/v1/notifications?unread=true").body().get("totalItems").asInt()).isEqualTo(1);
		assertThat(theirs).isNotNull();
		assertThat(api.get("/api/v1/notifications", null).status()).isEqualTo(401);
		assertThat(api.post("/api/v1/notifications/read-all", "", null).status()).isEqualTo(401);
		assertThat(api.post("/api/v1/notifications/" + mine + "/read", "", null).status()).isEqualTo(401);
		assertThat(api.getAs("lasare", "/api/v1/notifications?size=501").status()).isEqualTo(400);
	}

	@Test
	void eachUserChoosesWhetherNoticesAlsoComeByEmail() {
		var none = api.getAs("kommunikator.stad", "/api/v1/notifications/preferences");
		assertThat(none.body().get("emailEnabled").asBoolean()).isFalse();
		var bad = given.put("kommunikator.stad", "/api/v1/notifications/preferences",
				json(Map.of("email", "inte en adress", "emailEnabled", true, "version", 0)));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(FollowupFixtures.fields(bad.body())).containsExactly("email");
		var set = given.put("kommunikator.stad", "/api/v1/notifications/preferences",
				json(Map.of("email", "kommunikator@stockholm.example", "emailEnabled", true, "version", 0)));
		assertThat(set.status()).isEqualTo(200);
		assertThat(set.body().get("version").asInt()).isEqualTo(1);
		assertThat(given.put("kommunikator.stad", "/api/v1/notifications/preferences",
				json(Map.of("email", "annan@stockholm.example", "emailEnabled", true, "version", 0))).status()).isEqualTo(409);
		assertThat(api.get("/api/v1/notifications/preferences", null).status()).isEqualTo(401);
		assertThat(api.send(api.request("/api/v1/notifications/preferences", null)
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
			.build()).status()).isEqualTo(401);
	}

	private UUID notice(String username, String key) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO notification (id, username, type, message_key, arguments, link, dedup_key)
				VALUES (?, ?, 'COMPILATION_PUBLISHED', 'notification.compilation-published', '["2026"]', '/compilations', ?)""")
			.params(id, username, key)
			.update();
		return id;
	}
}
