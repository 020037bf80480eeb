package se.samverkan.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/** The joint communication API (API.md, "Joint communication"): every endpoint allowed and denied. */
class CommunicationApiTests extends ApiTest {

	private static final String BASE = "/api/v1/communications";

	private CommunicationFixtures items;

	private PlanningFixtures planning;

	@BeforeEach
	void setUp() {
		items = new CommunicationFixtures(api, jdbc);
		planning = new PlanningFixtures(api, jdbc);
		items.removeAll();
		planning.removeAll();
	}

	@AfterEach
	void tearDown() {
		items.removeAll();
		planning.removeAll();
	}

	@Test
	void aCommunicatorDraftsAnItemThatAwaitsBothParties() {
		var created = api.postAs("kommunikator.stad", BASE,
				CommunicationFixtures.json(items.item("Trygghetsvandringar i vår", "Vi bjuder in till trygghetsvandringar.")));
		assertThat(created.status()).isEqualTo(201);
		JsonNode body = created.body();
		assertThat(created.header("Location")).endsWith(body.get("id").asString());
		assertThat(body.get("status").asString()).isEqualTo("DRAFT");
		assertThat(body.get("audience").asString()).isEqualTo("EXTERNAL");
		assertThat(body.get("level").asString()).isEqualTo("CITY_WIDE");
		assertThat(body.get("districtId").isNull()).isTrue();
		assertThat(body.get("bodyHtml").asString()).isEqualTo("<p>Vi bjuder in till trygghetsvandringar.</p>");
		assertThat(texts(body.get("awaitingParties"))).containsExactly("CITY", "POLICE");
		assertThat(body.get("authorParty").asString()).isEqualTo("CITY");
		assertThat(body.get("version").asInt()).isZero();
		assertThat(body.get("revision").asInt()).isEqualTo(1);
	}

	@Test
	void refusesDraftingToThoseWhoDoNotCommunicate() {
		String item = CommunicationFixtures.json(items.item("Rubrik", "Text"));
		assertThat(api.postAs("lasare", BASE, item).status()).isEqualTo(403);
		assertThat(api.postAs("rapportor.sodermalm", BASE, item).status()).isEqualTo(403);
		assertThat(api.postAs("styrgrupp.sodermalm", BASE, item).status()).isEqualTo(403);
		assertThat(api.postAs("admin", BASE, item).status()).isEqualTo(403);
		assertThat(api.post(BASE, item, null).status()).isEqualTo(401);
		assertThat(items.count()).isZero();
	}

	@Test
	void aDistrictsCoordinatorDraftsLocalItemsOfTheirDistrictOnly() {
		UUID sodermalm = fixtures.unit("SODERMALM");
		assertThat(api.postAs("samordnare.sodermalm", BASE,
				CommunicationFixtures.json(items.local("Södermalm", "Text", sodermalm))).status()).isEqualTo(201);
		assertThat(api.postAs("kommunpolis.sodermalm", BASE,
				CommunicationFixtures.json(items.local("Södermalm", "Text", sodermalm))).status()).isEqualTo(201);
		assertThat(api.postAs("samordnare.sodermalm", BASE,
				CommunicationFixtures.json(items.local("Farsta", "Text", fixtures.unit("FARSTA")))).status()).isEqualTo(403);
		assertThat(api.postAs("samordnare.sodermalm", BASE, CommunicationFixtures.json(items.item("Staden", "Text")))
			.status()).isEqualTo(403);
		assertThat(items.count()).isEqualTo(2);
	}

	@Test
	void refusesBadInputNamingEachField() {
		var empty = api.postAs("kommunikator.stad", BASE, "{}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(fields(empty)).contains("title", "body", "audience", "level");

		Map<String, Object> wrong = items.item("Rubrik", "Text");
		wrong.put("audience", "EVERYONE");
		wrong.put("districtId", fixtures.unit("SODERMALM"));
		wrong.put("activityIds", List.of(UUID.randomUUID()));
		wrong.put("plannedPublicationDate", LocalDate.now().minusDays(3).toString());
		var refused = api.postAs("kommunikator.stad", BASE, CommunicationFixtures.json(wrong));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).contains("audience", "districtId", "activityIds[0]", "plannedPublicationDate");

		Map<String, Object> local = items.item("Rubrik", "Text");
		local.put("level", "LOCAL");
		assertThat(fields(api.postAs("kommunikator.stad", BASE, CommunicationFixtures.json(local)))).contains("districtId");
		assertThat(fields(api.postAs("kommunikator.stad", BASE,
				CommunicationFixtures.json(items.item("Rubrik", "<script>alert(1)</script>"))))).contains("body");
		assertThat(items.count()).isZero();
	}

	@Test
	void refusesAPersonalIdentityNumberInAnyTextAndStoresNothing() {
		for (Map<String, Object> item : List.of(items.item("Pojke 811218-9876", "Text"),
				items.item("Rubrik", "<p>Kontakta 19811218-9876</p>"), items.item("Rubrik", "<p>811218-<b>9876</b></p>"))) {
			var refused = api.postAs("kommunikator.stad", BASE, CommunicationFixtures.json(item));
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body().get("errors").get(0).get("code").asString()).isEqualTo("personal-identity-number");
		}
		assertThat(items.count()).isZero();
		String id = items.drafted("kommunikator.stad", items.item("Rubrik", "Text")).get("id").asString();
		var withdrawn = items.published(items.item("Publicerad", "Text")).get("id").asString();
		assertThat(api.postAs("kommunikator.stad", BASE + "/" + withdrawn + "/withdraw",
				"{\"reason\":\"Gällde 811218-9876\"}").status()).isEqualTo(400);
		assertThat(api.getAs("kommunikator.stad", BASE + "/" + withdrawn).body().get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(id).isNotBlank();
	}

	@Test
	void eachPartyApprovesOnceAndNeverTheAuthor() {
		String id = items.drafted("kommunikator.stad", items.item("Rubrik", "Text")).get("id").asString();
		String approvals = BASE + "/" + id + "/approvals";

		var own = api.postAs("kommunikator.stad", approvals, "");
		assertThat(own.status()).isEqualTo(409);
		assertThat(own.body().get("detail").asString()).contains("skrivit");

		var police = api.postAs("kommunikator.polis", approvals, "");
		assertThat(police.status()).isEqualTo(201);
		assertThat(police.body().get("status").asString()).isEqualTo("DRAFT");
		assertThat(texts(police.body().get("awaitingParties"))).containsExactly("CITY");
		assertThat(police.body().get("approvals").get(0).get("party").asString()).isEqualTo("POLICE");

		assertThat(api.postAs("beredning.polis", approvals, "").status()).isEqualTo(409);
		assertThat(api.postAs("lasare", approvals, "").status()).isEqualTo(403);
		assertThat(api.postAs("samordnare.farsta", approvals, "").status()).isEqualTo(403);

		var city = api.postAs("beredning.stad", approvals, "");
		assertThat(city.status()).isEqualTo(201);
		assertThat(city.body().get("status").asString()).isEqualTo("APPROVED");
		assertThat(city.body().get("awaitingParties")).isEmpty();
		assertThat(api.postAs("kommunikator.polis", approvals, "").status()).isEqualTo(409);
		assertThat(api.postAs("kommunikator.polis", BASE + "/" + UUID.randomUUID() + "/approvals", "").status())
			.isEqualTo(404);
	}

	@Test
	void aDistrictsCoordinatorsApproveItsLocalItemsForTheirParty() {
		String id = items.drafted("samordnare.sodermalm",
				items.local("Södermalm", "Text", fixtures.unit("SODERMALM"))).get("id").asString();
		var police = api.postAs("kommunpolis.sodermalm", BASE + "/" + id + "/approvals", "");
		assertThat(police.status()).isEqualTo(201);
		assertThat(api.postAs("samordnare.farsta", BASE + "/" + id + "/approvals", "").status()).isEqualTo(403);
		assertThat(api.postAs("kommunikator.stad", BASE + "/" + id + "/approvals", "").body().get("status").asString())
			.isEqualTo("APPROVED");
	}

	@Test
	void refusesApprovingARevisionTheApproverHasNotSeen() {
		JsonNode draft = items.drafted("kommunikator.stad", items.item("Rubrik", "Text"));
		String id = draft.get("id").asString();
		Map<String, Object> changed = items.item("Rubrik", "Ny text");
		changed.put("version", draft.get("version").asInt());
		assertThat(items.put("kommunikator.stad", id, changed).status()).isEqualTo(200);
		var stale = api.postAs("kommunikator.polis", BASE + "/" + id + "/approvals", "{\"revision\":1}");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(api.postAs("kommunikator.polis", BASE + "/" + id + "/approvals", "{\"revision\":2}").status())
			.isEqualTo(201);
	}

	@Test
	void anEditVoidsTheApprovalsAndTheApproverSeesWhatChanged() {
		JsonNode approved = items.approved(items.item("Trygghetsvandring", "Vi ses på torsdag vid torget."));
		String id = approved.get("id").asString();
		Map<String, Object> changed = items.item("Trygghetsvandring", "Vi ses på fredag vid torget.");
		changed.put("version", approved.get("version").asInt());

		var saved = items.put("kommunikator.stad", id, changed);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body().get("status").asString()).isEqualTo("DRAFT");
		assertThat(saved.body().get("approvals")).isEmpty();
		assertThat(saved.body().get("approvalHistory")).hasSize(2);
		assertThat(saved.body().get("approvalHistory").get(0).get("voidedAt").isNull()).isFalse();
		assertThat(texts(saved.body().get("awaitingParties"))).containsExactly("CITY", "POLICE");
		assertThat(saved.body().get("revision").asInt()).isEqualTo(2);

		var changes = api.getAs("kommunikator.polis", BASE + "/" + id + "/changes");
		assertThat(changes.status()).isEqualTo(200);
		assertThat(changes.body().get("fromRevision").asInt()).isEqualTo(1);
		assertThat(changes.body().get("toRevision").asInt()).isEqualTo(2);
		List<String> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		changes.body().get("body").forEach(segment -> {
			if (segment.get("kind").asString().equals("REMOVED")) {
				removed.add(segment.get("text").asString());
			}
			if (segment.get("kind").asString().equals("ADDED")) {
				added.add(segment.get("text").asString());
			}
		});
		assertThat(removed).containsExactly("torsdag");
		assertThat(added).containsExactly("fredag");
		assertThat(api.getAs("kommunikator.stad", BASE + "/" + id + "/changes").status()).isEqualTo(404);
		assertThat(api.getAs("kommunikator.stad", BASE + "/" + id + "/changes?sinceRevision=1").status()).isEqualTo(200);
		assertThat(api.getAs("lasare", BASE + "/" + id + "/changes?sinceRevision=1").status()).isEqualTo(403);
	}

	@Test
	void savingTheSameContentAgainVoidsNothing() {
		String id = items.drafted("kommunikator.stad", items.item("Rubrik", "Text")).get("id").asString();
		JsonNode approved = items.approve("kommunikator.polis", id);
		Map<String, Object> same = items.item("Rubrik", "Text");
		same.put("version", approved.get("version").asInt());
		var saved = items.put("kommunikator.stad", id, same);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body().get("approvals")).hasSize(1);
	}

	@Test
	void refusesAStaleVersionAndChangesNothing() {
		JsonNode draft = items.drafted("kommunikator.stad", items.item("Rubrik", "Text"));
		String id = draft.get("id").asString();
		Map<String, Object> first = items.item("Rubrik", "Första ändringen");
		first.put("version", 0);
		assertThat(items.put("beredning.stad", id, first).status()).isEqualTo(200);
		Map<String, Object> second = items.item("Rubrik", "Andra ändringen");
		second.put("version", 0);
		assertThat(items.put("kommunikator.stad", id, second).status()).isEqualTo(409);
		assertThat(api.getAs("kommunikator.stad", BASE + "/" + id).body().get("body").asString()).isEqualTo("Första ändringen");
		Map<String, Object> noVersion = items.item("Rubrik", "Text");
		assertThat(fields(items.put("kommunikator.stad", id, noVersion))).containsExactly("version");
		assertThat(items.put("lasare", id, first).status()).isEqualTo(403);
		assertThat(items.put("kommunikator.stad", UUID.randomUUID().toString(), first).status()).isEqualTo(404);
	}

	@Test
	void publishesOnlyAnApprovedItem() {
		String draft = items.drafted("kommunikator.stad", items.item("Utkast", "Text")).get("id").asString();
		var refused = api.postAs("kommunikator.stad", BASE + "/" + draft + "/publish", "");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(api.getAs("kommunikator.stad", BASE + "/" + draft).body().get("status").asString()).isEqualTo("DRAFT");

		String approved = items.approved(items.item("Godkänt", "Text")).get("id").asString();
		assertThat(api.postAs("lasare", BASE + "/" + approved + "/publish", "").status()).isEqualTo(403);
		assertThat(api.postAs("samordnare.sodermalm", BASE + "/" + approved + "/publish", "").status()).isEqualTo(403);
		var published = api.postAs("kommunikator.polis", BASE + "/" + approved + "/publish", "");
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.body().get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(published.body().get("publishedAt").isNull()).isFalse();
		assertThat(api.postAs("kommunikator.polis", BASE + "/" + approved + "/publish", "").status()).isEqualTo(409);
		assertThat(api.postAs("kommunikator.polis", BASE + "/" + UUID.randomUUID() + "/publish", "").status()).isEqualTo(404);

		Map<String, Object> edit = items.item("Godkänt", "Ändrat efter publicering");
		edit.put("version", published.body().get("version").asInt());
		assertThat(items.put("kommunikator.stad", approved, edit).status()).isEqualTo(409);
	}

	@Test
	void withdrawsAPublishedItemWithAReasonAndItLeavesThePublicApiAndTheFeed() {
		String id = items.published(items.item("Tas bort", "Text som återkallas")).get("id").asString();
		assertThat(api.get("/api/v1/public/communications/" + id, null).status()).isEqualTo(200);
		assertThat(api.get("/feed.atom", null).raw().body()).contains(id);

		var noReason = api.postAs("kommunikator.stad", BASE + "/" + id + "/withdraw", "{}");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(fields(noReason)).containsExactly("reason");
		assertThat(api.postAs("kommunikator.stad", BASE + "/" + id + "/withdraw", "").status()).isEqualTo(400);
		assertThat(api.postAs("lasare", BASE + "/" + id + "/withdraw", "{\"reason\":\"Fel\"}").status()).isEqualTo(403);

		var withdrawn = api.postAs("kommunikator.stad", BASE + "/" + id + "/withdraw", "{\"reason\":\"Fel datum\"}");
		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.body().get("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.body().get("withdrawalReason").asString()).isEqualTo("Fel datum");
		assertThat(api.postAs("kommunikator.stad", BASE + "/" + id + "/withdraw", "{\"reason\":\"Igen\"}").status())
			.isEqualTo(409);

		assertThat(api.get("/api/v1/public/communications/" + id, null).status()).isEqualTo(404);
		assertThat(publicIds()).doesNotContain(id);
		assertThat(api.get("/feed.atom", null).raw().body()).doesNotContain(id).doesNotContain("Tas bort");
		assertThat(api.getAs("kommunikator.stad", BASE + "/" + id).body().get("status").asString()).isEqualTo("WITHDRAWN");
	}

	@Test
	void anInternalItemIsNeverPublic() {
		Map<String, Object> internal = items.item("Internt: ny rutin", "Gäller medarbetare");
		internal.put("audience", "INTERNAL");
		String id = items.published(internal).get("id").asString();
		String external = items.published(items.item("Externt", "Till alla")).get("id").asString();

		assertThat(publicIds()).contains(external).doesNotContain(id);
		assertThat(api.get("/api/v1/public/communications/" + id, null).status()).isEqualTo(404);
		assertThat(api.get("/feed.atom", null).raw().body()).contains(external).doesNotContain(id).doesNotContain("Internt");
		// Internal items are for both parties' users in scope, signed in.
		assertThat(api.getAs("lasare", BASE + "/" + id).status()).isEqualTo(200);
		assertThat(api.getAs("kommunpolis.sodermalm", BASE + "/" + id).status()).isEqualTo(200);
	}

	@Test
	void readersSeePublishedItemsOnlyAndCommunicatorsEveryState() {
		String draft = items.drafted("kommunikator.stad", items.item("Utkast", "Text")).get("id").asString();
		String published = items.published(items.item("Publicerat", "Text")).get("id").asString();
		String local = items.drafted("samordnare.sodermalm", items.local("Lokalt utkast", "Text", fixtures.unit("SODERMALM")))
			.get("id")
			.asString();

		assertThat(ids(api.getAs("lasare", BASE))).containsExactly(published);
		assertThat(api.getAs("lasare", BASE + "/" + draft).status()).isEqualTo(403);
		assertThat(api.getAs("lasare", BASE + "/" + published).status()).isEqualTo(200);
		assertThat(ids(api.getAs("kommunikator.polis", BASE))).containsExactlyInAnyOrder(draft, published, local);
		assertThat(ids(api.getAs("samordnare.farsta", BASE))).containsExactly(published);
		assertThat(ids(api.getAs("samordnare.sodermalm", BASE))).containsExactlyInAnyOrder(published, local);
		assertThat(api.getAs("samordnare.farsta", BASE + "/" + local).status()).isEqualTo(403);
		assertThat(api.getAs("rapportor.sodermalm", BASE).status()).isEqualTo(403);
		assertThat(api.get(BASE, null).status()).isEqualTo(401);
		assertThat(api.getAs("lasare", BASE + "/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void listsTheApprovalQueueOfAParty() {
		String forPolice = items.drafted("kommunikator.stad", items.item("Väntar på polisen", "Text")).get("id").asString();
		items.approve("beredning.stad", forPolice);
		String forBoth = items.drafted("kommunikator.stad", items.item("Väntar på båda", "Text")).get("id").asString();
		assertThat(ids(api.getAs("kommunikator.polis", BASE + "?awaitingParty=POLICE"))).containsExactlyInAnyOrder(forPolice,
				forBoth);
		assertThat(ids(api.getAs("kommunikator.polis", BASE + "?awaitingParty=CITY"))).containsExactly(forBoth);
		assertThat(ids(api.getAs("kommunikator.polis", BASE + "?awaitingParty=POLICE&status=DRAFT&audience=EXTERNAL")))
			.containsExactlyInAnyOrder(forPolice, forBoth);
		assertThat(api.getAs("kommunikator.polis", BASE + "?awaitingParty=REGION").status()).isEqualTo(400);
		assertThat(api.getAs("kommunikator.polis", BASE + "?status=NOPE").status()).isEqualTo(400);
		assertThat(api.getAs("kommunikator.polis", BASE + "?size=501").status()).isEqualTo(400);
	}

	@Test
	void linksActivitiesOfTheItemsDistrictOrTheCityWidePlan() {
		UUID sodermalm = fixtures.unit("SODERMALM");
		UUID plan = planning.localPlan("samordnare.sodermalm", sodermalm, LocalDate.now().getYear());
		String activity = planning.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities",
				planning.activity(sodermalm, List.of())).get("id").asString();

		Map<String, Object> local = items.local("Trygghetsvandringar", "Text", sodermalm);
		local.put("activityIds", List.of(activity));
		var linked = api.postAs("samordnare.sodermalm", BASE, CommunicationFixtures.json(local));
		assertThat(linked.status()).isEqualTo(201);
		assertThat(texts(linked.body().get("activityIds"))).containsExactly(activity);

		Map<String, Object> farsta = items.local("Farsta", "Text", fixtures.unit("FARSTA"));
		farsta.put("activityIds", List.of(activity));
		assertThat(fields(api.postAs("kommunikator.stad", BASE, CommunicationFixtures.json(farsta))))
			.containsExactly("activityIds[0]");
		// Someone who cannot read the activity cannot link it: it does not exist for them.
		Map<String, Object> fromFarsta = items.local("Farsta", "Text", fixtures.unit("FARSTA"));
		fromFarsta.put("activityIds", List.of(activity));
		var unseen = api.postAs("samordnare.farsta", BASE, CommunicationFixtures.json(fromFarsta));
		assertThat(unseen.body().get("errors").get(0).get("code").asString()).isEqualTo("unknown");
	}

	private List<String> publicIds() {
		return ids(api.get("/api/v1/public/communications?size=500", null));
	}

	@Test
	void linksOnlyAPublishedCompilationWhoseSummaryThePublicPagesShow() {
		var followup = new se.samverkan.followup.FollowupFixtures(api, jdbc);
		followup.removeAll();
		try {
			followup.plan("samordnare.sodermalm", "LOCAL", fixtures.unit("SODERMALM"), 2026, "DONE", "ONGOING");
			var compiled = api.postAs("beredning.stad", "/api/v1/annual-compilations", CommunicationFixtures.json(Map.of("year", 2026)));
			assertThat(compiled.status()).as(compiled.raw().body()).isEqualTo(201);
			String compilation = compiled.body().get("id").asString();
			Map<String, Object> item = items.item("Årets resultat", "Så gick det.");

			item.put("compilationId", compilation);
			var draftCompilation = api.postAs("kommunikator.stad", BASE, CommunicationFixtures.json(item));
			assertThat(fields(draftCompilation)).containsExactly("compilationId");
			item.put("compilationId", UUID.randomUUID());
			assertThat(fields(api.postAs("kommunikator.stad", BASE, CommunicationFixtures.json(item)))).containsExactly("compilationId");
			assertThat(items.count()).isZero();

			assertThat(api.postAs("beredning.stad", "/api/v1/annual-compilations/" + compilation + "/publish", "").status())
				.isEqualTo(200);
			item.put("compilationId", compilation);
			JsonNode linked = items.drafted("kommunikator.stad", item);
			assertThat(linked.get("compilationId").asString()).isEqualTo(compilation);

			String home = api.get("/public", null).raw().body();
			assertThat(home).contains("Årssammanställning 2026").contains("Stadsdelsområden med handlingsplan: 1.");
			assertThat(api.get("/public?lang=en", null).raw().body()).contains("Yearly compilation 2026");
		}
		finally {
			followup.removeAll();
		}
	}

	private static List<String> ids(Api.Response response) {
		assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		response.body().get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	private static List<String> fields(Api.Response response) {
		assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		response.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asString()));
		return texts;
	}
}
