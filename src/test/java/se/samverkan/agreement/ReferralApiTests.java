package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

class ReferralApiTests extends ApiTest {

	/** This class's rounds are KS 2026/100 to 109; other classes' rounds are theirs. */
	@BeforeEach
	@AfterEach
	void removeThisClassesRounds() {
		jdbc.sql("DELETE FROM referral_response WHERE round_id IN (SELECT id FROM referral_round "
				+ "WHERE case_number BETWEEN 'KS 2026/100' AND 'KS 2026/109')").update();
		jdbc.sql("DELETE FROM referral_round WHERE case_number BETWEEN 'KS 2026/100' AND 'KS 2026/109'").update();
	}

	@Test
	void showsTheRealRoundWithSodermalmsResponseAndTheOthersStatus() {
		JsonNode round = seededRound();
		assertThat(round.get("dueDate").asString()).isEqualTo("2023-10-27");
		assertThat(round.get("documents")).hasSize(2);
		List<String> answered = new ArrayList<>();
		List<String> notRecorded = new ArrayList<>();
		round.get("recipients").forEach(recipient -> {
			String status = recipient.get("status").asString();
			assertThat(status).as("entered after the fact: nobody is overdue").isIn("ANSWERED", "NOT_RECORDED");
			(status.equals("ANSWERED") ? answered : notRecorded).add(recipient.get("unitName").asString());
		});
		assertThat(answered).containsExactly("Södermalm");
		assertThat(notRecorded).hasSize(14)
			.contains("Socialnämnden", "Trafiknämnden", "Utbildningsnämnden", "Stockholms Stadshus AB", "Järva",
					"Norra innerstaden", "Farsta");
	}

	@Test
	void listsSodermalmsResponseWithEveryField() {
		var responses = api.getAs("lasare", "/api/v1/referrals/" + seededRound().get("id").asString() + "/responses").body();
		assertThat(responses).hasSize(1);
		JsonNode response = responses.get(0);
		assertThat(response.get("caseNumber").asString()).isEqualTo("SÖD 2023/713");
		assertThat(response.get("caseOfficer").asString()).isEqualTo("Josefin Lokvist");
		assertThat(response.get("statementDate").asString()).isEqualTo("2023-09-29");
		assertThat(response.get("decisionDate").asString()).as("the committee's meeting").isEqualTo("2023-10-19");
		assertThat(response.get("meetingDate").asString()).isEqualTo("2023-10-19");
		assertThat(response.get("consultations")).hasSize(2);
		assertThat(response.get("consultations").get(0).get("date").asString()).isEqualTo("2023-10-09");
		assertThat(response.get("consultations").get(0).get("body").asString()).startsWith("Förvaltningsgruppen");
		assertThat(response.get("consultations").get(1).get("body").asString()).isEqualTo("Pensionärsrådet");
		assertThat(response.get("proposedDecision").asString())
			.isEqualTo("Stadsdelsnämnden överlämnar förvaltningens tjänsteutlåtande som svar på remissen.");
		assertThat(response.get("summary").asString()).contains("stockholmarnas trygghet ska öka");
		assertThat(response.get("text").asString()).contains("Förvaltningen föreslår att stadsdelsnämnden överlämnar");
		assertThat(response.get("unitId").asString()).isEqualTo(fixtures.unit("SODERMALM").toString());
	}

	@Test
	void exportsTheCompilationAsAPdfContainingTheResponse() throws Exception {
		String id = seededRound().get("id").asString();
		var pdf = api.send(api.request("/api/v1/referrals/" + id + "/compilation?format=pdf", api.tokenFor("beredning.stad"))
			.GET()
			.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
		try (var document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("KS 2023/740").contains("SÖD 2023/713").contains("Josefin Lokvist")
				.contains("Södermalms stadsdelsnämnd").contains("Ej registrerat").contains("Pensionärsrådet")
				.doesNotContain("Försenad");
		}
		assertThat(api.get("/api/v1/referrals/" + id + "/compilation", null).status()).isEqualTo(401);
		assertThat(api.getAs("beredning.stad", "/api/v1/referrals/" + id + "/compilation?format=docx").status()).isEqualTo(400);
	}

	@Test
	void letsACentralCoordinatorSendARound() {
		clock.fixAt("2026-05-01T09:00");
		var sent = api.postAs("beredning.stad", "/api/v1/referrals", round("KS 2026/100", "2026-03-01", "2026-04-15",
				"SODERMALM", "FARSTA"));
		assertThat(sent.status()).isEqualTo(201);
		assertThat(sent.body().get("recipients")).hasSize(2);
		sent.body().get("recipients").forEach(r -> assertThat(r.get("status").asString()).isEqualTo("OVERDUE"));
		List<String> listed = new ArrayList<>();
		api.getAs("lasare", "/api/v1/referrals?size=500").body().get("items").forEach(r -> listed.add(r.get("caseNumber").asString()));
		assertThat(listed).contains("KS 2026/100", "KS 2023/740");
	}

	@Test
	void refusesSendingByALocalCoordinatorOrWithoutAToken() {
		String body = round("KS 2026/101", "2026-03-01", "2026-04-15", "SODERMALM");
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/referrals", body).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/referrals", body, null).status()).isEqualTo(401);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/referrals").status()).isEqualTo(403);
	}

	@Test
	void refusesARoundWithDatesOutOfOrderNoRecipientsOrATakenCaseNumber() {
		var refused = api.postAs("beredning.stad", "/api/v1/referrals",
				"{\"caseNumber\":\"KS 2023/740\",\"title\":\"T\",\"sentOn\":\"2026-05-01\",\"dueDate\":\"2026-04-01\",\"recipientUnitIds\":[]}");
		assertThat(refused.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		refused.body().get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("code").asString()));
		assertThat(fields).contains("dueDate:date-order", "recipientUnitIds:required", "caseNumber:duplicate");
	}

	@Test
	void recordsOneResponsePerRecipientFromSomeoneInScope() {
		String id = api.postAs("beredning.stad", "/api/v1/referrals",
				round("KS 2026/102", "2026-03-01", "2099-04-15", "SODERMALM", "JARVA")).body().get("id").asString();
		String body = response("SODERMALM", "SÖD 2026/1", "2026-03-20", "Förvaltningen tillstyrker.");
		assertThat(api.getAs("lasare", "/api/v1/referrals/" + id).body().get("recipients").get(1).get("status").asString())
			.isEqualTo("PENDING");

		assertThat(api.postAs("samordnare.farsta", "/api/v1/referrals/" + id + "/responses", body).status()).isEqualTo(403);
		assertThat(api.postAs("kommunpolis.sodermalm", "/api/v1/referrals/" + id + "/responses", body).status())
			.as("the police cannot record the district committee's statement").isEqualTo(403);
		var recorded = api.postAs("samordnare.sodermalm", "/api/v1/referrals/" + id + "/responses", body);
		assertThat(recorded.status()).isEqualTo(201);
		assertThat(recorded.body().get("caseNumber").asString()).isEqualTo("SÖD 2026/1");
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/referrals/" + id + "/responses", body).status()).isEqualTo(409);

		var round = api.getAs("lasare", "/api/v1/referrals/" + id).body();
		for (JsonNode recipient : round.get("recipients")) {
			boolean sodermalm = recipient.get("unitName").asString().equals("Södermalm");
			assertThat(recipient.get("status").asString()).isEqualTo(sodermalm ? "ANSWERED" : "PENDING");
			assertThat(recipient.get("responseId").isNull()).isEqualTo(!sodermalm);
		}
	}

	@Test
	void refusesTheOtherPartysCentralCoordinatorRecordingAResponse() {
		String id = api.postAs("beredning.stad", "/api/v1/referrals",
				round("KS 2026/105", "2026-03-01", "2099-04-15", "FARSTA", "LPO-FARSTA")).body().get("id").asString();
		String farsta = response("FARSTA", "FAR 2026/1", "2026-03-20", "Förvaltningen tillstyrker.");
		var byPolice = api.postAs("beredning.polis", "/api/v1/referrals/" + id + "/responses", farsta);
		assertThat(byPolice.status()).as("the police region cannot answer for a city committee").isEqualTo(403);
		assertThat(jdbc.sql("SELECT count(*) FROM referral_response WHERE case_number = 'FAR 2026/1'")
			.query(Long.class)
			.single()).isZero();
		String lpo = response("LPO-FARSTA", "POL 2026/1", "2026-03-20", "Polisen tillstyrker.");
		assertThat(api.postAs("beredning.stad", "/api/v1/referrals/" + id + "/responses", lpo).status())
			.as("nor the City Executive Office for a police area").isEqualTo(403);

		assertThat(api.postAs("samordnare.farsta", "/api/v1/referrals/" + id + "/responses", farsta).status())
			.as("the real recipient still answers").isEqualTo(201);
		assertThat(api.postAs("beredning.polis", "/api/v1/referrals/" + id + "/responses", lpo).status())
			.as("the police region answers for its own police area").isEqualTo(201);
	}

	@Test
	void refusesAResponseFromAUnitThatWasNotAsked() {
		String id = api.postAs("beredning.stad", "/api/v1/referrals",
				round("KS 2026/103", "2026-03-01", "2099-04-15", "SODERMALM")).body().get("id").asString();
		var refused = api.postAs("beredning.stad", "/api/v1/referrals/" + id + "/responses",
				response("FARSTA", "FAR 2026/1", "2026-03-20", "Tillstyrker."));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("detail").asString()).contains("inte remissinstans");
	}

	@Test
	void refusesAResponseWithAPersonalIdentityNumberOrADateBeforeTheRound() {
		String id = api.postAs("beredning.stad", "/api/v1/referrals",
				round("KS 2026/104", "2026-03-01", "2099-04-15", "SODERMALM")).body().get("id").asString();
		var refused = api.postAs("samordnare.sodermalm", "/api/v1/referrals/" + id + "/responses",
				response("SODERMALM", "SÖD 2026/2", "2026-02-01", "Gäller 19811218-9876."));
		assertThat(refused.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		refused.body().get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("code").asString()));
		assertThat(fields).containsExactlyInAnyOrder("decisionDate:date-order", "summary:personal-identity-number");
		assertThat(jdbc.sql("SELECT count(*) FROM referral_response WHERE case_number = 'SÖD 2026/2'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aRoundEnteredAfterTheFactShowsUnknownAnswersAsNotRecordedAndTakesTheDatesOfAResponse() {
		String body = round("KS 2019/900", "2019-05-01", "2019-06-15", "SODERMALM", "FARSTA")
			.replace("}", ",\"recordedAfterTheFact\":true}");
		String id = api.postAs("beredning.stad", "/api/v1/referrals", body).body().get("id").asString();
		var recorded = api.postAs("beredning.stad", "/api/v1/referrals/" + id + "/responses", "{\"unitId\":\""
				+ fixtures.unit("SODERMALM") + "\",\"caseNumber\":\"SÖD 2019/1\",\"statementDate\":\"2019-05-20\","
				+ "\"decisionDate\":\"2019-06-10\",\"summary\":\"Tillstyrker.\",\"consultations\":[{\"date\":\"2019-06-01\","
				+ "\"body\":\"Pensionärsrådet\"}]}");
		assertThat(recorded.status()).isEqualTo(201);
		assertThat(recorded.body().get("statementDate").asString()).isEqualTo("2019-05-20");
		assertThat(recorded.body().get("consultations").get(0).get("body").asString()).isEqualTo("Pensionärsrådet");
		for (JsonNode recipient : api.getAs("lasare", "/api/v1/referrals/" + id).body().get("recipients")) {
			boolean sodermalm = recipient.get("unitName").asString().equals("Södermalm");
			assertThat(recipient.get("status").asString()).isEqualTo(sodermalm ? "ANSWERED" : "NOT_RECORDED");
		}
	}

	@Test
	void refusesADecisionBeforeTheStatementOrAConsultationWithoutABody() {
		String id = api.postAs("beredning.stad", "/api/v1/referrals",
				round("KS 2026/106", "2026-03-01", "2099-04-15", "SODERMALM")).body().get("id").asString();
		var refused = api.postAs("samordnare.sodermalm", "/api/v1/referrals/" + id + "/responses", "{\"unitId\":\""
				+ fixtures.unit("SODERMALM") + "\",\"statementDate\":\"2026-04-01\",\"decisionDate\":\"2026-03-20\","
				+ "\"summary\":\"Tillstyrker.\",\"consultations\":[{\"date\":\"2026-03-10\"}]}");
		assertThat(refused.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		refused.body().get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("code").asString()));
		assertThat(fields).contains("decisionDate:date-order", "consultations[0].body:required");
	}

	@Test
	void answersNotFoundForAnUnknownRound() {
		assertThat(api.getAs("lasare", "/api/v1/referrals/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
	}

	private JsonNode seededRound() {
		for (JsonNode round : api.getAs("lasare", "/api/v1/referrals").body().get("items")) {
			if (round.get("caseNumber").asString().equals("KS 2023/740")) {
				return api.getAs("lasare", "/api/v1/referrals/" + round.get("id").asString()).body();
			}
		}
		throw new AssertionError("KS 2023/740 is not seeded");
	}

	private String round(String caseNumber, String sentOn, String dueDate, String... recipients) {
		List<String> ids = new ArrayList<>();
		for (String code : recipients) {
			ids.add("\"" + fixtures.unit(code) + "\"");
		}
		return "{\"caseNumber\":\"" + caseNumber + "\",\"title\":\"Revidering av lokala rutiner\",\"sentOn\":\"" + sentOn
				+ "\",\"dueDate\":\"" + dueDate + "\",\"recipientUnitIds\":[" + String.join(",", ids)
				+ "],\"documents\":[\"Bilaga 1. Förslag\"]}";
	}

	private String response(String unit, String caseNumber, String decisionDate, String summary) {
		return "{\"unitId\":\"" + fixtures.unit(unit) + "\",\"caseNumber\":\"" + caseNumber
				+ "\",\"caseOfficer\":\"Handläggare\",\"decisionDate\":\"" + decisionDate
				+ "\",\"proposedDecision\":\"Nämnden överlämnar tjänsteutlåtandet.\",\"summary\":\"" + summary + "\"}";
	}
}
