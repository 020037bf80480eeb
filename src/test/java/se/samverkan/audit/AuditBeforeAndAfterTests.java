package se.samverkan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planning.PlanningFixtures.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.ApiTest;

/**
 * Every change is in the audit log with what it was before and what it became: each step adds
 * exactly one entry to the thing it changed (read back through {@code GET /api/v1/audit}), whose
 * {@code before} and {@code after} hold the old and the new values. Situation pictures, places,
 * categories, referral rounds and responses, local agreements (edits, signatures, versions) and
 * activities. Each test makes and removes its own data.
 */
class AuditBeforeAndAfterTests extends ApiTest {

	static final String MEDBORGARPLATSEN = "\"position\":{\"lat\":59.3146,\"lon\":18.0714}";

	private PlanningFixtures given;

	private final List<String> pictures = new ArrayList<>();

	private final List<String> places = new ArrayList<>();

	private final List<String> rounds = new ArrayList<>();

	private UUID plan;

	@BeforeEach
	void setUp() {
		given = new PlanningFixtures(api, jdbc);
		removeSodermalmsAgreements();
	}

	@AfterEach
	void removeWhatThisClassMade() {
		pictures.forEach(id -> jdbc.sql("DELETE FROM situation_picture WHERE id = CAST(? AS uuid)").params(id).update());
		places.forEach(id -> jdbc.sql("DELETE FROM place WHERE id = CAST(? AS uuid)").params(id).update());
		rounds.forEach(id -> {
			jdbc.sql("DELETE FROM referral_response WHERE round_id = CAST(? AS uuid)").params(id).update();
			jdbc.sql("DELETE FROM referral_round WHERE id = CAST(? AS uuid)").params(id).update();
		});
		if (plan != null) {
			jdbc.sql("DELETE FROM action_plan WHERE id = ?").params(plan).update();
		}
		removeSodermalmsAgreements();
		jdbc.sql("UPDATE observation_category SET name_en = 'Fire' WHERE code = 'FIRE'").update();
	}

	@Test
	void aPicturesSectionsSourcesAndEstablishingEachRecordWhatTheyWereBefore() {
		var created = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2024-T1\",\"authorParty\":\"CITY\"}").body();
		String id = created.get("id").asString();
		pictures.add(id);
		JsonNode section = created.get("sections").get(1);
		String path = "/api/v1/situation-pictures/" + id + "/sections/" + section.get("priorityAreaId").asString();
		assertThat(entries(id)).hasSize(1);

		put(path, "{\"assessment\":\"Fler unga samlas kvällstid.\",\"trend\":\"UP\",\"version\":0}");
		JsonNode first = latest(id, 2, "UPDATE_SECTION");
		assertThat(first.at("/changes/before/assessment").isNull()).as("an empty section was empty, not the text null").isTrue();
		assertThat(first.at("/changes/before/trend").asString()).isEqualTo(section.get("trend").asString());
		assertThat(first.at("/changes/after/assessment").asString()).isEqualTo("Fler unga samlas kvällstid.");
		assertThat(first.at("/changes/after/trend").asString()).isEqualTo("UP");
		assertThat(first.at("/changes/after/priorityArea").asString()).isEqualTo("UNSAFE_PLACES");

		put(path, "{\"assessment\":\"Färre unga samlas kvällstid.\",\"trend\":\"DOWN\",\"version\":1}");
		JsonNode second = latest(id, 3, "UPDATE_SECTION");
		assertThat(second.at("/changes/before/assessment").asString()).isEqualTo("Fler unga samlas kvällstid.");
		assertThat(second.at("/changes/before/trend").asString()).isEqualTo("UP");
		assertThat(second.at("/changes/after/trend").asString()).isEqualTo("DOWN");

		JsonNode sourcesBefore = api.getAs("samordnare.sodermalm", "/api/v1/situation-pictures/" + id).body().get("sources");
		put("/api/v1/situation-pictures/" + id + "/sources",
				"{\"sources\":[{\"name\":\"Trygghetsmätningen 2023\",\"limitations\":\"Vart tredje år\"}],\"version\":2}");
		JsonNode sources = latest(id, 4, "UPDATE_SOURCES");
		assertThat(sources.at("/changes/before/sources")).hasSize(sourcesBefore.size());
		assertThat(sources.at("/changes/before/sources/0/name").asString()).isEqualTo(sourcesBefore.get(0).get("name").asString());
		assertThat(sources.at("/changes/after/sources")).hasSize(1);
		assertThat(sources.at("/changes/after/sources/0/name").asString()).isEqualTo("Trygghetsmätningen 2023");
		assertThat(sources.at("/changes/after/sources/0/limitations").asString()).isEqualTo("Vart tredje år");
		put("/api/v1/situation-pictures/" + id + "/sources",
				"{\"sources\":[{\"name\":\"Trygghetsmätningen 2023\",\"limitations\":\"Vart annat år\"}],\"version\":3}");
		JsonNode limitation = latest(id, 5, "UPDATE_SOURCES");
		assertThat(limitation.at("/changes/before/sources/0/limitations").asString())
			.as("a changed limitation shows, not only the names").isEqualTo("Vart tredje år");
		assertThat(limitation.at("/changes/after/sources/0/limitations").asString()).isEqualTo("Vart annat år");

		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/situation-pictures/" + id + "/establish", "").status())
			.isEqualTo(200);
		JsonNode established = latest(id, 6, "ESTABLISH");
		assertThat(established.get("username").asString()).isEqualTo("styrgrupp.sodermalm");
		assertThat(established.at("/changes/before/status").asString()).isEqualTo("DRAFT");
		assertThat(established.at("/changes/after/status").asString()).isEqualTo("ESTABLISHED");

		assertThat(put(path, "{\"assessment\":\"Efteråt\",\"trend\":\"UP\",\"version\":6}").status()).isEqualTo(409);
		assertThat(entries(id)).as("a refused edit leaves no entry").hasSize(6);
	}

	@Test
	void aPlacesNamePositionAndTagsAreRecordedBeforeAndAfter() {
		var created = api.postAs("samordnare.sodermalm", "/api/v1/places",
				"{\"name\":\"Medborgarplatsen\"," + MEDBORGARPLATSEN + ",\"tags\":[\"UNSAFE\"]}").body();
		String id = created.get("id").asString();
		places.add(id);
		JsonNode create = latest(id, 1, "CREATE");
		assertThat(create.has("changes") && create.get("changes").has("before")).isFalse();
		assertThat(create.at("/changes/after/name").asString()).isEqualTo("Medborgarplatsen");

		assertThat(put("/api/v1/places/" + id, "{\"name\":\"Medborgarplatsen, trappan\",\"position\":{\"lat\":59.3140,\"lon\":18.0720},"
				+ "\"tags\":[\"UNSAFE\",\"CRIME_EXPOSED\"],\"version\":0}").status()).isEqualTo(200);
		JsonNode update = latest(id, 2, "UPDATE");
		assertThat(update.at("/changes/before/name").asString()).isEqualTo("Medborgarplatsen");
		assertThat(update.at("/changes/after/name").asString()).isEqualTo("Medborgarplatsen, trappan");
		assertThat(update.at("/changes/before/lat").asDouble()).isEqualTo(59.3146);
		assertThat(update.at("/changes/after/lat").asDouble()).isEqualTo(59.3140);
		assertThat(update.at("/changes/before/tags")).hasSize(1);
		assertThat(update.at("/changes/after/tags")).hasSize(2);
		assertThat(update.get("unitId").asString()).isEqualTo(fixtures.unit("SODERMALM").toString());
	}

	@Test
	void aCategorysEveryFieldIsRecordedBeforeAndAfter() {
		long before = categoryEntries();
		int version = jdbc.sql("SELECT version FROM observation_category WHERE code = 'FIRE'").query(Integer.class).single();
		var renamed = api.putAs("beredning.stad", "/api/v1/observation-categories/FIRE",
				"{\"name\":\"Brand\",\"nameEn\":\"Fire or arson\",\"priorityAreaCode\":\"UNSAFE_PLACES\","
						+ "\"policeEventTypes\":[\"Brand\",\"Mordbrand\"],\"ordinal\":8,\"version\":" + version + "}");
		assertThat(renamed.status()).as(renamed.raw().body()).isEqualTo(200);
		assertThat(categoryEntries()).isEqualTo(before + 1);
		JsonNode changes = PlanningFixtures.JSON.readTree(jdbc.sql("""
				SELECT changes::text FROM audit_entry WHERE entity_type = 'ObservationCategory' ORDER BY id DESC LIMIT 1""")
			.query(String.class).single());
		assertThat(changes.at("/before/code").asString()).isEqualTo("FIRE");
		assertThat(changes.at("/before/nameEn").asString()).isEqualTo("Fire");
		assertThat(changes.at("/after/nameEn").asString()).isEqualTo("Fire or arson");
		assertThat(changes.at("/after/policeEventTypes")).hasSize(2);
	}

	@Test
	void aReferralRoundAndEachResponseAreRecordedWithTheirValues() {
		var sent = api.postAs("beredning.stad", "/api/v1/referrals", "{\"caseNumber\":\"KS 2026/950\",\"title\":\"Remiss om rutiner\","
				+ "\"sentOn\":\"2026-03-01\",\"dueDate\":\"2099-04-15\",\"recipientUnitIds\":[\"" + fixtures.unit("SODERMALM") + "\",\""
				+ fixtures.unit("FARSTA") + "\"]}");
		assertThat(sent.status()).isEqualTo(201);
		String round = sent.body().get("id").asString();
		rounds.add(round);
		JsonNode created = latest(round, 1, "CREATE");
		assertThat(created.get("entityType").asString()).isEqualTo("ReferralRound");
		assertThat(created.get("username").asString()).isEqualTo("beredning.stad");
		assertThat(created.at("/changes/after/caseNumber").asString()).isEqualTo("KS 2026/950");
		assertThat(created.at("/changes/after/dueDate").asString()).isEqualTo("2099-04-15");
		assertThat(created.at("/changes/after/recipientUnitIds")).hasSize(2);

		var answered = api.postAs("samordnare.sodermalm", "/api/v1/referrals/" + round + "/responses", "{\"unitId\":\""
				+ fixtures.unit("SODERMALM") + "\",\"caseNumber\":\"SÖD 2026/50\",\"caseOfficer\":\"Handläggare\","
				+ "\"decisionDate\":\"2026-03-20\",\"proposedDecision\":\"Nämnden tillstyrker.\",\"summary\":\"Tillstyrker förslaget\"}");
		assertThat(answered.status()).isEqualTo(201);
		JsonNode response = latest(answered.body().get("id").asString(), 1, "RESPOND");
		assertThat(response.get("entityType").asString()).isEqualTo("ReferralResponse");
		assertThat(response.get("username").asString()).isEqualTo("samordnare.sodermalm");
		assertThat(response.get("unitId").asString()).isEqualTo(fixtures.unit("SODERMALM").toString());
		assertThat(response.at("/changes/after/roundId").asString()).isEqualTo(round);
		assertThat(response.at("/changes/after/caseNumber").asString()).isEqualTo("SÖD 2026/50");
		assertThat(response.at("/changes/after/decisionDate").asString()).isEqualTo("2026-03-20");
		assertThat(response.at("/changes/after/summary").asString()).isEqualTo("Tillstyrker förslaget");
		assertThat(entries(round)).as("the round itself did not change").hasSize(1);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/referrals/" + round + "/responses", "{\"unitId\":\""
				+ fixtures.unit("SODERMALM") + "\",\"caseNumber\":\"SÖD 2026/51\",\"caseOfficer\":\"H\",\"decisionDate\":\"2026-03-21\","
				+ "\"proposedDecision\":\"P\",\"summary\":\"S\"}").status()).isEqualTo(409);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'RESPOND' AND changes -> 'after' ->> 'roundId' = ?")
			.params(round).query(Long.class).single()).as("a refused second response leaves no entry").isEqualTo(1);
	}

	@Test
	void anAgreementsEditsSignaturesAndNewVersionRecordWhatTheyWereBefore() {
		var created = api.postAs("samordnare.sodermalm", "/api/v1/agreements",
				fixtures.localAgreement(fixtures.unit("SODERMALM"), "Södermalm 2026", 2)).body();
		String id = created.get("id").asString();
		assertThat(entries(id)).hasSize(1);

		ObjectNode edited = (ObjectNode) created.deepCopy();
		edited.put("title", "Södermalm 2026, reviderad");
		((ObjectNode) edited.get("focusAreas").get(0)).put("description", "Unga kring Medborgarplatsen kvällstid");
		assertThat(put("/api/v1/agreements/" + id, edited.toString()).status()).isEqualTo(200);
		JsonNode update = latest(id, 2, "UPDATE");
		assertThat(update.at("/changes/before/title").asString()).isEqualTo("Södermalm 2026");
		assertThat(update.at("/changes/after/title").asString()).isEqualTo("Södermalm 2026, reviderad");
		assertThat(update.at("/changes/before/focusAreas/0/description").asString()).isEqualTo("Utifrån lägesbilden");
		assertThat(update.at("/changes/after/focusAreas/0/description").asString())
			.as("a focus area's description is part of what changed").isEqualTo("Unga kring Medborgarplatsen kvällstid");
		assertThat(update.at("/changes/after/status").asString()).isEqualTo("DRAFT");

		api.postAs("samordnare.sodermalm", "/api/v1/agreements/" + id + "/signatures", "");
		JsonNode city = latest(id, 3, "SIGN");
		assertThat(city.at("/changes/before/status").asString()).isEqualTo("DRAFT");
		assertThat(city.at("/changes/after/status").asString()).isEqualTo("AWAITING_SIGNATURES");
		assertThat(city.at("/changes/before/signatures")).isEmpty();
		assertThat(city.at("/changes/after/signatures/0").asString()).isEqualTo("CITY");
		api.postAs("kommunpolis.sodermalm", "/api/v1/agreements/" + id + "/signatures", "");
		JsonNode police = latest(id, 4, "SIGN");
		assertThat(police.get("username").asString()).isEqualTo("kommunpolis.sodermalm");
		assertThat(police.at("/changes/before/status").asString()).isEqualTo("AWAITING_SIGNATURES");
		assertThat(police.at("/changes/after/status").asString()).isEqualTo("SIGNED");
		assertThat(police.at("/changes/after/signatures")).hasSize(2);

		var version = api.postAs("samordnare.sodermalm", "/api/v1/agreements/" + id + "/versions", "");
		assertThat(version.status()).isEqualTo(201);
		String newId = version.body().get("id").asString();
		JsonNode draft = latest(newId, 1, "CREATE_VERSION");
		assertThat(draft.at("/changes/after/supersedesId").asString()).isEqualTo(id);
		assertThat(draft.at("/changes/after/title").asString()).isEqualTo("Södermalm 2026, reviderad");
		assertThat(draft.at("/changes/after/status").asString()).isEqualTo("DRAFT");
		assertThat(entries(id)).as("making a new version does not change the signed one").hasSize(4);

		api.postAs("samordnare.sodermalm", "/api/v1/agreements/" + newId + "/signatures", "");
		api.postAs("kommunpolis.sodermalm", "/api/v1/agreements/" + newId + "/signatures", "");
		assertThat(entries(newId)).hasSize(3);
		JsonNode superseded = latest(id, 5, "SUPERSEDE");
		assertThat(superseded.at("/changes/before/status").asString()).isEqualTo("SIGNED");
		assertThat(superseded.at("/changes/after/status").asString()).isEqualTo("SUPERSEDED");
	}

	@Test
	void anActivitysEditAndProgressRecordTheOldValues() {
		plan = given.localPlan("samordnare.sodermalm", fixtures.unit("SODERMALM"), 2029);
		String id = given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities",
				given.activity(fixtures.unit("SODERMALM"), List.of())).get("id").asString();
		ObjectNode read = (ObjectNode) api.getAs("samordnare.sodermalm", "/api/v1/activities/" + id).body();
		read.put("how", "Två vandringar i månaden");
		read.put("targetCount", 12);
		assertThat(put("/api/v1/activities/" + id, read.toString()).status()).isEqualTo(200);
		JsonNode update = latest(id, 2, "UPDATE");
		assertThat(update.at("/changes/before/how").asString()).startsWith("En vandring i månaden");
		assertThat(update.at("/changes/after/how").asString()).isEqualTo("Två vandringar i månaden");
		assertThat(update.at("/changes/before/targetCount").asInt()).isEqualTo(8);
		assertThat(update.at("/changes/after/targetCount").asInt()).isEqualTo(12);

		api.postAs("kommunpolis.sodermalm", "/api/v1/activities/" + id + "/updates",
				json(Map.of("date", "2029-04-30", "status", "ONGOING", "signal", "YELLOW", "note", "Tre gjorda", "doneCount", 3)));
		JsonNode progress = latest(id, 3, "PROGRESS");
		assertThat(progress.get("username").asString()).isEqualTo("kommunpolis.sodermalm");
		assertThat(progress.at("/changes/before/status").asString()).isEqualTo("PLANNED");
		assertThat(progress.at("/changes/after/status").asString()).isEqualTo("ONGOING");
		assertThat(progress.at("/changes/after/note").asString()).isEqualTo("Tre gjorda");
	}

	/** The entity's entries, newest first, as the audit API gives them to an administrator. */
	private List<JsonNode> entries(String entityId) {
		var response = api.getAs("admin", "/api/v1/audit?size=500&entityId=" + entityId);
		assertThat(response.status()).isEqualTo(200);
		List<JsonNode> entries = new ArrayList<>();
		response.body().forEach(entries::add);
		return entries;
	}

	/** Checks the entity now has exactly {@code count} entries and returns the newest, of that action. */
	private JsonNode latest(String entityId, int count, String action) {
		List<JsonNode> entries = entries(entityId);
		assertThat(entries).as("audit entries of %s", entityId).hasSize(count);
		JsonNode latest = entries.get(0);
		assertThat(latest.get("action").asString()).isEqualTo(action);
		assertThat(latest.get("entityId").asString()).isEqualTo(entityId);
		return latest;
	}

	private long categoryEntries() {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'ObservationCategory'").query(Long.class).single();
	}

	private se.samverkan.support.Api.Response put(String path, String body) {
		return api.putAs("samordnare.sodermalm", path, body);
	}

	private void removeSodermalmsAgreements() {
		UUID sodermalm = fixtures.unit("SODERMALM");
		jdbc.sql("UPDATE agreement SET supersedes_id = NULL WHERE kind = 'LOCAL' AND district_id = ?").params(sodermalm).update();
		jdbc.sql("DELETE FROM agreement WHERE kind = 'LOCAL' AND district_id = ?").params(sodermalm).update();
	}
}
