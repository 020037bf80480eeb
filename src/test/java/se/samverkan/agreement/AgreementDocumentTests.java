package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.platform.documents.DocumentFormat;
import se.samverkan.support.ApiTest;
import se.samverkan.support.ReadBack;

/**
 * The local agreement as the document the parties sign (issue 15): Södermalm's agreement with two
 * focus areas and three reasons, resting on an established situation picture, signed by the city
 * and not yet by the police; read back from PDF and DOCX.
 */
class AgreementDocumentTests extends ApiTest {

	private String id;

	private String citySigner;

	@BeforeEach
	void aLocalAgreementSignedByTheCity() {
		fixtures.removeLocalAgreements();
		fixtures.removeSituationData();
		JsonNode picture = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2025-T3\",\"authorParty\":\"CITY\"}").body();
		se.samverkan.situation.PictureFixtures.leaveTheRestWithAReason(api, "samordnare.sodermalm", picture.get("id").asString());
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/situation-pictures/" + picture.get("id").asString()
				+ "/establish", "").status()).isEqualTo(200);
		id = api.postAs("samordnare.sodermalm", "/api/v1/agreements",
				fixtures.localAgreement(fixtures.unit("SODERMALM"), "Södermalm 2026", 2)).body().get("id").asString();
		var signed = api.postAs("samordnare.sodermalm", "/api/v1/agreements/" + id + "/signatures", "");
		assertThat(signed.status()).isEqualTo(201);
		citySigner = signed.body().get("signatures").get(0).get("signedBy").asString();
	}

	@AfterEach
	void tearDown() {
		fixtures.removeLocalAgreements();
		fixtures.removeSituationData();
	}

	@Test
	void thePdfHasThePartiesTheBasisTheFocusAreasAndWhoSignedAndWho() {
		HttpResponse<byte[]> pdf = download("lasare", "pdf", null);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("lokal-samverkansoverenskommelse-sodermalm-2026.pdf");
		String text = ReadBack.pdfText(pdf.body());
		String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
		assertThat(text).contains("Lokal samverkansöverenskommelse: Södermalm 2026", "Parter", "Stockholms stad", "Polisregion Stockholm",
				"från 2026-01-01, tills vidare", "Väntar på underskrift",
				"Lägesbild 2025-T3, fastställd " + today, "Fokus 1", "Fokus 2", "Utifrån lägesbilden",
				"Skäl till att fokusområde saknas", "Låg förekomst enligt lägesbilden", "Unga i riskzon för destruktivt beteende",
				"Kriminella miljöer och livsstilar", "Underskrifter", "Sida 1 av");
		assertThat(text).containsPattern("Övergripande\\s+överenskommelse\\s+Övergripande samverkansöverenskommelse");
		// The signature block: the city signed today, the police's signature is missing.
		assertThat(text).containsPattern("Stockholms stad\\s+" + java.util.regex.Pattern.quote(citySigner) + "\\s+" + today);
		assertThat(text).containsPattern("Polisregion Stockholm\\s+Ej undertecknad – underskrift saknas");
		assertThat(ReadBack.enumNames(text)).isEmpty();
	}

	@Test
	void theDocxHasHeadingsAndTheSignatureTableAndFollowsTheReadersLanguage() throws Exception {
		HttpResponse<byte[]> file = download("kommunpolis.sodermalm", "docx", null);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(DocumentFormat.DOCX.contentType());
		try (XWPFDocument docx = ReadBack.docx(file.body())) {
			assertThat(ReadBack.paragraphs(docx, "Title")).containsExactly("Lokal samverkansöverenskommelse: Södermalm 2026");
			assertThat(ReadBack.paragraphs(docx, "Heading1")).contains("Vad överenskommelsen vilar på",
					"Prioriterade samverkansområden", "Underskrifter");
			assertThat(ReadBack.paragraphs(docx, "Heading2")).contains("Otrygga och brottsutsatta platser");
			XWPFTable signatures = ReadBack.table(docx, "Part");
			assertThat(signatures.getRows()).hasSize(3);
			assertThat(signatures.getRow(1).getCell(0).getText()).isEqualTo("Stockholms stad");
			assertThat(signatures.getRow(1).getCell(1).getText()).contains(citySigner);
			assertThat(signatures.getRow(1).getCell(2).getText())
				.isEqualTo(LocalDate.now(ZoneId.of("Europe/Stockholm")).toString());
			assertThat(signatures.getRow(2).getCell(0).getText()).isEqualTo("Polisregion Stockholm");
			assertThat(signatures.getRow(2).getCell(1).getText()).isEqualTo("Ej undertecknad – underskrift saknas");
			String text = ReadBack.docxText(docx);
			assertThat(text).contains("Sida");
			assertThat(ReadBack.enumNames(text)).isEmpty();
		}
		String english = ReadBack.pdfText(download("lasare", "pdf", "en").body());
		assertThat(english).contains("Local collaboration agreement: Södermalm 2026", "Awaiting signatures", "Signatures",
				"Reason there is no focus area", "Page 1 of");
		assertThat(english).doesNotContain("Underskrifter", "Väntar på underskrift");
	}

	@Test
	void theOverarchingAgreementIsADocumentToo() {
		String overarching = api.getAs("lasare", "/api/v1/agreements?kind=OVERARCHING").body().get("items").get(0).get("id")
			.asString();
		var file = api.send(api.request("/api/v1/agreements/" + overarching + "/export?format=pdf", api.tokenFor("lasare"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(ReadBack.pdfText(file.body())).contains("Övergripande samverkansöverenskommelse", "Underskrifter");
	}

	@Test
	void refusesReadersOutsideTheScopeWithoutATokenAnUnknownAgreementAndFormat() {
		assertThat(download("samordnare.farsta", "pdf", null).statusCode()).isEqualTo(403);
		assertThat(api.get("/api/v1/agreements/" + id + "/export?format=pdf", null).status()).isEqualTo(401);
		assertThat(api.getAs("lasare", "/api/v1/agreements/" + UUID.randomUUID() + "/export?format=pdf").status())
			.isEqualTo(404);
		var bad = api.getAs("lasare", "/api/v1/agreements/" + id + "/export?format=xlsx");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("errors").get(0).get("field").asString()).isEqualTo("format");
	}

	private HttpResponse<byte[]> download(String username, String format, String language) {
		HttpRequest.Builder request = api.request("/api/v1/agreements/" + id + "/export?format=" + format,
				api.tokenFor(username));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return api.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}
}
