package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.followup.FollowupFixtures.fields;
import static se.samverkan.planning.PlanningFixtures.json;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.ApiTest;

class ReportApiTests extends ApiTest {

	private FollowupFixtures given;

	private UUID sodermalm;

	@BeforeEach
	void setUp() {
		given = new FollowupFixtures(api, jdbc);
		given.removeAll();
		sodermalm = fixtures.unit("SODERMALM");
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
	}

	@Test
	void aReportStartsWithASnapshotOfThePlanAndAnEmptyNarrative() {
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026, "PLANNED", "ONGOING", "DONE");
		var created = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/reports",
				json(Map.of("period", "2026-T1")));
		assertThat(created.status()).isEqualTo(201);
		JsonNode report = created.body();
		assertThat(report.get("status").asString()).isEqualTo("DRAFT");
		assertThat(report.get("versionNumber").asInt()).isEqualTo(1);
		assertThat(report.get("narrative").get("overall").isNull()).isTrue();
		assertThat(report.get("narrative").get("priorityAreas")).isEmpty();
		JsonNode snapshot = report.get("snapshot");
		assertThat(snapshot.get("activities")).hasSize(3);
		assertThat(snapshot.get("activitiesByStatus").get("DONE").asInt()).isEqualTo(1);
		assertThat(snapshot.get("activitiesByStatus").get("ONGOING").asInt()).isEqualTo(1);
		assertThat(snapshot.get("activitiesBySignal").get("GREEN").asInt()).isEqualTo(1);
		assertThat(snapshot.get("commitments").get("targetTotal").asInt()).isEqualTo(24);
		assertThat(snapshot.get("commitments").get("doneTotal").asInt()).isEqualTo(11);
		assertThat(snapshot.get("priorityAreas")).hasSize(5);
		assertThat(snapshot.get("periodEnd").asString()).isEqualTo("2026-04-30");
	}

	@Test
	void refusesAPeriodThePlansYearDoesNotHaveAndASecondReportForAPeriod() {
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026);
		var otherYear = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/reports",
				json(Map.of("period", "2025-T1")));
		assertThat(otherYear.status()).isEqualTo(400);
		assertThat(fields(otherYear.body())).containsExactly("period");
		assertThat(otherYear.body().get("errors").get(0).get("code").asString()).isEqualTo("not-in-plan-year");
		var t3 = api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/reports",
				json(Map.of("period", "2026-T3")));
		assertThat(fields(t3.body())).containsExactly("period");
		assertThat(fields(api.postAs("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/reports", "{}").body()))
			.containsExactly("period");
		UUID first = given.report("samordnare.sodermalm", plan, "2026");
		var second = api.postAs("kommunpolis.sodermalm", "/api/v1/action-plans/" + plan + "/reports",
				json(Map.of("period", "2026")));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.body().get("detail").asString()).contains(first.toString());
		assertThat(jdbc.sql("SELECT count(*) FROM followup_report").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyThoseWhoEditThePlanWriteAndSubmitItsReports() {
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026, "ONGOING");
		assertThat(api.postAs("samordnare.farsta", "/api/v1/action-plans/" + plan + "/reports",
				json(Map.of("period", "2026-T1"))).status()).isEqualTo(403);
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + plan + "/reports",
				json(Map.of("period", "2026-T1"))).status()).isEqualTo(403);
		UUID report = given.report("samordnare.sodermalm", plan, "2026-T1");
		assertThat(given.put("samordnare.farsta", "/api/v1/reports/" + report,
				"{\"narrative\":\"x\",\"version\":0}").status()).isEqualTo(403);
		assertThat(api.postAs("samordnare.farsta", "/api/v1/reports/" + report + "/submit", "").status()).isEqualTo(403);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/reports/" + report).status()).isEqualTo(403);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/reports/" + report).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/reports/" + report, null).status()).isEqualTo(401);
		assertThat(api.getAs("lasare", "/api/v1/reports/" + report).status()).isEqualTo(200);
		assertThat(api.getAs("lasare", "/api/v1/reports/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api.postAs("kommunpolis.sodermalm", "/api/v1/reports/" + report + "/submit", "").status()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT status FROM followup_report").query(String.class).single()).isEqualTo("SUBMITTED");
	}

	@Test
	void listsReportsInScope() {
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026);
		given.report("samordnare.sodermalm", plan, "2026-T1");
		assertThat(api.getAs("lasare", "/api/v1/reports?year=2026").body().get("totalItems").asInt()).isEqualTo(1);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/reports").body().get("totalItems").asInt()).isZero();
		assertThat(api.getAs("samordnare.farsta", "/api/v1/reports?districtId=" + sodermalm).status()).isEqualTo(403);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/reports").status()).isEqualTo(403);
		assertThat(api.getAs("kommunpolis.sodermalm", "/api/v1/action-plans/" + plan + "/reports").body()).hasSize(1);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/action-plans/" + plan + "/reports").status()).isEqualTo(403);
	}

	@Test
	void aSubmittedReportIsFrozenAndEveryVersionStaysReadable() {
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026, "ONGOING");
		UUID report = given.report("samordnare.sodermalm", plan, "2026-T2");
		UUID area = fixtures.priorityAreas().get(1);
		var written = given.put("samordnare.sodermalm", "/api/v1/reports/" + report, json(Map.of("narrative",
				Map.of("overall", "Vandringarna går enligt plan.", "priorityAreas",
						List.of(Map.of("priorityAreaId", area, "text", "Färre klagomål kring Medborgarplatsen."))),
				"version", 0)));
		assertThat(written.status()).isEqualTo(200);
		assertThat(written.body().get("narrative").get("priorityAreas").get(0).get("text").asString())
			.isEqualTo("Färre klagomål kring Medborgarplatsen.");
		assertThat(given.put("samordnare.sodermalm", "/api/v1/reports/" + report,
				json(Map.of("narrative", "Äldre text", "version", 0))).status()).isEqualTo(409);
		assertThat(given.put("samordnare.sodermalm", "/api/v1/reports/" + report,
				json(Map.of("narrative", "Text med 19121212-1212", "version", 1))).body().toString())
			.contains("personal-identity-number", "narrative.overall");

		var submitted = api.postAs("samordnare.sodermalm", "/api/v1/reports/" + report + "/submit", "");
		assertThat(submitted.body().get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/reports/" + report + "/submit", "").status()).isEqualTo(409);
		assertThat(given.put("samordnare.sodermalm", "/api/v1/reports/" + report,
				json(Map.of("narrative", "Ändrad", "version", 2))).status()).isEqualTo(409);

		// The plan changes after submission: the submitted version does not.
		given.activity("samordnare.sodermalm", plan, 2026, "Ny aktivitet efter inlämning", "DONE");
		assertThat(api.getAs("lasare", "/api/v1/reports/" + report).body().get("snapshot").get("activities")).hasSize(1);

		var noComment = api.postAs("styrgrupp.sodermalm", "/api/v1/reports/" + report + "/return", "{}");
		assertThat(noComment.status()).isEqualTo(400);
		assertThat(fields(noComment.body())).containsExactly("comment");
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/reports/" + report + "/return",
				json(Map.of("comment", "Komplettera"))).status()).isEqualTo(403);
		var returned = api.postAs("styrgrupp.sodermalm", "/api/v1/reports/" + report + "/return",
				json(Map.of("comment", "Beskriv läget för samverkansområde 2 närmare.")));
		assertThat(returned.body().get("status").asString()).isEqualTo("RETURNED");

		var second = given.put("samordnare.sodermalm", "/api/v1/reports/" + report,
				json(Map.of("narrative", Map.of("overall", "Kompletterad text."), "version", returned.body().get("version").asInt())));
		assertThat(second.body().get("status").asString()).isEqualTo("DRAFT");
		assertThat(second.body().get("versionNumber").asInt()).isEqualTo(2);
		assertThat(second.body().get("snapshot").get("activities")).hasSize(2);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/reports/" + report + "/submit", "").status()).isEqualTo(200);
		var acknowledged = api.postAs("beredning.polis", "/api/v1/reports/" + report + "/acknowledge",
				json(Map.of("comment", "Tack")));
		assertThat(acknowledged.body().get("status").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/reports/" + report + "/acknowledge", "{}").status())
			.isEqualTo(409);

		JsonNode versions = api.getAs("lasare", "/api/v1/reports/" + report + "/versions").body();
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).get("outcome").asString()).isEqualTo("RETURNED");
		assertThat(versions.get(0).get("comment").asString()).isEqualTo("Beskriv läget för samverkansområde 2 närmare.");
		assertThat(versions.get(1).get("outcome").asString()).isEqualTo("ACKNOWLEDGED");
		JsonNode first = api.getAs("lasare", "/api/v1/reports/" + report + "/versions/1").body();
		assertThat(first.get("snapshot").get("activities")).hasSize(1);
		assertThat(first.get("narrative").get("overall").asString()).isEqualTo("Vandringarna går enligt plan.");
		assertThat(api.getAs("samordnare.farsta", "/api/v1/reports/" + report + "/versions/1").status()).isEqualTo(403);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/reports/" + report + "/versions").status()).isEqualTo(403);
		assertThat(api.getAs("lasare", "/api/v1/reports/" + report + "/versions/7").status()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = ?").params(report).query(Long.class).single())
			.isEqualTo(7);
	}

	@Test
	void theAuthorCannotAcknowledgeTheirOwnReport() {
		UUID plan = given.plan("beredning.stad", "LOCAL", sodermalm, 2026, "ONGOING");
		UUID report = given.report("beredning.stad", plan, "2026-T1");
		api.postAs("beredning.stad", "/api/v1/reports/" + report + "/submit", "");
		var own = api.postAs("beredning.stad", "/api/v1/reports/" + report + "/acknowledge", "{}");
		assertThat(own.status()).isEqualTo(409);
		assertThat(own.body().get("detail").asString()).contains("själv skrivit");
		assertThat(api.postAs("beredning.stad", "/api/v1/reports/" + report + "/return",
				json(Map.of("comment", "Eget"))).status()).isEqualTo(409);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/reports/" + report + "/acknowledge", "{}").status())
			.isEqualTo(403);
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/reports/" + report + "/acknowledge", "{}").status())
			.isEqualTo(200);
	}

	@Test
	void acknowledgingADraftIsRefused() {
		UUID plan = given.plan("samordnare.sodermalm", "LOCAL", sodermalm, 2026);
		UUID report = given.report("samordnare.sodermalm", plan, "2026-T1");
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/reports/" + report + "/acknowledge", "{}").status())
			.isEqualTo(409);
		assertThat(jdbc.sql("SELECT status FROM followup_report").query(String.class).single()).isEqualTo("DRAFT");
	}
}
