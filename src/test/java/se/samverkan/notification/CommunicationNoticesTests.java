package se.samverkan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.communication.CommunicationFixtures;
import se.samverkan.support.ApiTest;

/**
 * Joint communication awaiting a party's approval reaches the people of that party who may approve
 * it, in the item's scope, never a writer of the text; once per revision of the text.
 */
class CommunicationNoticesTests extends ApiTest {

	private CommunicationFixtures items;

	@BeforeEach
	void setUp() {
		items = new CommunicationFixtures(api, jdbc);
		removeAll();
	}

	@AfterEach
	void tearDown() {
		removeAll();
	}

	private void removeAll() {
		items.removeAll();
		jdbc.sql("DELETE FROM notification WHERE type = 'AWAITING_APPROVAL'").update();
	}

	@Test
	void aCityWideDraftReachesBothPartiesApproversButNotItsWriterNorLocalCoordinators() throws Exception {
		String id = items.drafted("kommunikator.stad", items.item("Trygghetsvandringar", "Vi bjuder in.")).get("id").asString();

		assertThat(noticesAbout(id, "kommunikator.polis", 1)).isEqualTo(1);
		assertThat(noticesAbout(id, "beredning.polis", 1)).isEqualTo(1);
		assertThat(noticesAbout(id, "beredning.stad", 1)).isEqualTo(1);
		// The writer may not approve; a district's coordinator does not approve city-wide items.
		assertThat(noticesAbout(id, "kommunikator.stad", 0)).isZero();
		assertThat(noticesAbout(id, "samordnare.sodermalm", 0)).isZero();
		assertThat(noticesAbout(id, "kommunpolis.sodermalm", 0)).isZero();
		assertThat(noticesAbout(id, "rapportor.sodermalm", 0)).isZero();

		var inbox = api.getAs("kommunikator.polis", "/api/v1/notifications?unread=true");
		assertThat(inbox.status()).isEqualTo(200);
		assertThat(inbox.raw().body()).contains("Trygghetsvandringar").contains("/communications/" + id);
	}

	@Test
	void anApprovalDoesNotAskAgainButAnEditAsksBothPartiesAgain() throws Exception {
		String id = items.drafted("kommunikator.stad", items.item("Trygghetsvandringar", "Vi ses på torsdag.")).get("id")
			.asString();
		assertThat(noticesAbout(id, "beredning.stad", 1)).isEqualTo(1);
		items.approve("kommunikator.polis", id);
		Thread.sleep(500);
		assertThat(noticesAbout(id, "beredning.stad", 1)).isEqualTo(1);
		assertThat(noticesAbout(id, "beredning.polis", 1)).isEqualTo(1);

		Map<String, Object> changed = items.item("Trygghetsvandringar", "Vi ses på fredag.");
		changed.put("version", api.getAs("kommunikator.stad", "/api/v1/communications/" + id).body().get("version").asInt());
		assertThat(items.put("kommunikator.stad", id, changed).status()).isEqualTo(200);

		assertThat(noticesAbout(id, "kommunikator.polis", 2)).isEqualTo(2);
		assertThat(noticesAbout(id, "beredning.stad", 2)).isEqualTo(2);
		assertThat(noticesAbout(id, "kommunikator.stad", 0)).isZero();
	}

	@Test
	void aLocalDraftAlsoReachesTheDistrictsCoordinatorsOfTheOtherParty() throws Exception {
		String id = items.drafted("samordnare.sodermalm",
				items.local("Södermalm", "Text", fixtures.unit("SODERMALM"))).get("id").asString();

		assertThat(noticesAbout(id, "kommunpolis.sodermalm", 1)).isEqualTo(1);
		assertThat(noticesAbout(id, "kommunikator.polis", 1)).isEqualTo(1);
		assertThat(noticesAbout(id, "kommunikator.stad", 1)).isEqualTo(1);
		assertThat(noticesAbout(id, "samordnare.sodermalm", 0)).isZero();
		assertThat(noticesAbout(id, "samordnare.farsta", 0)).isZero();
	}

	/** Notices are written after the step commits, by a listener: wait for them. */
	private long noticesAbout(String id, String username, long atLeast) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(atLeast == 0 ? 1 : 20));
		long count = 0;
		while (Instant.now().isBefore(deadline)) {
			count = jdbc.sql("""
					SELECT count(*) FROM notification
					WHERE username = ? AND type = 'AWAITING_APPROVAL' AND link = ?""")
				.params(username, "/communications/" + id)
				.query(Long.class)
				.single();
			if (atLeast > 0 && count >= atLeast) {
				return count;
			}
			Thread.sleep(100);
		}
		return count;
	}
}
