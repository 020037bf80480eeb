package se.samverkan.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.identity.DemoDataLoaded;
import se.samverkan.support.ApiTest;

/**
 * The embedded demo's joint communication: seeded with the demo accounts (an external database gets
 * none: {@code ExternalDatabaseAndOidcTests}), marked demo, approved by both parties through the
 * items' own rules, and the external published ones on the public pages and in the feed.
 */
class DemoCommunicationTests extends ApiTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

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
	void theDemoHasPublishedItemsOnThePublicPagesAndADraftInTheCitysApprovalQueue() {
		transactions.executeWithoutResult(status -> events.publishEvent(new DemoDataLoaded()));

		assertThat(jdbc.sql("SELECT count(*) FROM communication WHERE NOT demo").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT status FROM communication ORDER BY status").query(String.class).list())
			.containsExactly("DRAFT", "PUBLISHED", "PUBLISHED", "PUBLISHED");
		assertThat(jdbc.sql("SELECT title FROM communication").query(String.class).list()).allMatch(title -> title.endsWith("(demo)"));

		String publicPage = api.get("/public", null).raw().body();
		assertThat(publicPage).contains("Trygghetsvandringar i hela staden i vår (demo)",
				"Fler vuxna ute på kvällarna på Södermalm (demo)");
		assertThat(publicPage).doesNotContain("Ny gemensam rutin", "Sommarlovsaktiviteter");
		String feed = api.get("/feed.atom", null).raw().body();
		assertThat(feed).contains("Trygghetsvandringar i hela staden").doesNotContain("Ny gemensam rutin");

		// Approved by both parties, never by a writer.
		assertThat(jdbc.sql("""
				SELECT count(*) FROM communication_approval a JOIN communication_writer w
				  ON w.communication_id = a.communication_id AND w.username = a.username""").query(Long.class).single())
			.isZero();
		var queue = api.getAs("kommunikator.stad", "/api/v1/communications?status=DRAFT").body();
		List<String> drafts = new java.util.ArrayList<>();
		queue.get("items").forEach(item -> drafts.add(item.get("title").asString()));
		assertThat(drafts).containsExactly("Sommarlovsaktiviteter för unga (demo)");
		assertThat(api.getAs("lasare", "/api/v1/communications").body().toString()).doesNotContain("Sommarlov");
	}
}
