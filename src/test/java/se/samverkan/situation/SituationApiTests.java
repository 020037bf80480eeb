package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
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

class SituationApiTests extends ApiTest {

	static final String MEDBORGARPLATSEN = "\"position\":{\"lat\":59.3146,\"lon\":18.0714}";

	/** This class's data is of 2019, which no other class uses, so its counts are its own. */
	static final String YEAR = "from=2019-01-01&to=2019-12-31";

	private final List<String> places = new ArrayList<>();

	@BeforeEach
	@AfterEach
	void removeThisClassesData() {
		jdbc.sql("DELETE FROM observation WHERE occurred_at >= '2019-01-01T00:00:00+01:00' AND occurred_at < '2020-01-01T00:00:00+01:00'")
			.update();
		jdbc.sql("DELETE FROM situation_picture WHERE period LIKE '2019%'").update();
		places.forEach(id -> jdbc.sql("DELETE FROM place WHERE id = CAST(? AS uuid)").params(id).update());
	}

	@Test
	void listsTheCategoriesEachTiedToAPriorityArea() {
		var categories = api.getAs("rapportor.sodermalm", "/api/v1/observation-categories");
		assertThat(categories.status()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		categories.body().forEach(c -> {
			names.add(c.get("name").asString());
			assertThat(c.get("priorityAreaCode").asString()).isNotBlank();
		});
		assertThat(names).contains("Skadegörelse", "Klotter", "Nedskräpning", "Mörk eller otrygg plats", "Störande grupp",
				"Droghandel eller droganvändning", "Hot eller våld mot personal", "Brand", "Inbrott", "Våld i offentlig miljö");
		assertThat(api.get("/api/v1/observation-categories", null).status()).isEqualTo(401);
	}

	@Test
	void letsAnAdministratorAddACategoryButNotACoordinator() {
		String body = "{\"code\":\"ABANDONED_CARS\",\"name\":\"Övergivna bilar\",\"nameEn\":\"Abandoned cars\",\"priorityAreaCode\":\"UNSAFE_PLACES\",\"ordinal\":11}";
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/observation-categories", body).status()).isEqualTo(403);
		assertThat(api.postAs("admin", "/api/v1/observation-categories", body).status()).isEqualTo(201);
		assertThat(api.postAs("admin", "/api/v1/observation-categories", body).status()).isEqualTo(409);
		jdbc.sql("DELETE FROM observation_category WHERE code = 'ABANDONED_CARS'").update();
	}

	@Test
	void placesAReportedObservationInItsDistrictAndNeighbourhood() {
		var created = api.postAs("rapportor.sodermalm", "/api/v1/observations", observation(MEDBORGARPLATSEN, "GRAFFITI"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().get("districtId").asString()).isEqualTo(fixtures.unit("SODERMALM").toString());
		assertThat(created.body().get("neighbourhood").asString()).isEqualTo("Södermalm");
		assertThat(created.body().get("priorityAreaCode").asString()).isEqualTo("UNSAFE_PLACES");
		assertThat(created.body().get("reportedBy").asString()).isEqualTo("rapportor.sodermalm");
	}

	@Test
	void refusesAReporterOutsideTheirDistrict() {
		String farsta = "\"position\":{\"lat\":59.2436,\"lon\":18.0933}";
		assertThat(api.postAs("rapportor.sodermalm", "/api/v1/observations", observation(farsta, "GRAFFITI")).status())
			.isEqualTo(403);
		assertThat(api.post("/api/v1/observations", observation(MEDBORGARPLATSEN, "GRAFFITI"), null).status()).isEqualTo(401);
		assertThat(api.postAs("lasare", "/api/v1/observations", observation(MEDBORGARPLATSEN, "GRAFFITI")).status())
			.isEqualTo(403);
	}

	@Test
	void refusesAPositionThatContradictsTheDistrict() {
		String body = observation(MEDBORGARPLATSEN + ",\"districtId\":\"" + fixtures.unit("FARSTA") + "\"", "GRAFFITI");
		var refused = api.postAs("samordnare.sodermalm", "/api/v1/observations", body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("districtId");
	}

	@Test
	void refusesReportsWithoutPlaceOrWithBadFields() {
		var refused = api.postAs("rapportor.sodermalm", "/api/v1/observations",
				"{\"occurredAt\":\"2019-11-01T10:00:00+01:00\",\"categoryCode\":\"NOPE\",\"severity\":5,"
						+ "\"description\":\"Pojke 811218-9876 på torget\"}");
		assertThat(refused.status()).isEqualTo(400);
		List<String> codes = new ArrayList<>();
		refused.body().get("errors").forEach(e -> codes.add(e.get("field").asString() + ":" + e.get("code").asString()));
		assertThat(codes).contains("categoryCode:unknown", "severity:range", "description:personal-identity-number",
				"position:required");
		var uppsala = api.postAs("rapportor.sodermalm", "/api/v1/observations",
				observation("\"position\":{\"lat\":59.8586,\"lon\":17.6389}", "GRAFFITI"));
		assertThat(uppsala.status()).isEqualTo(400);
		assertThat(jdbc.sql("SELECT count(*) FROM observation WHERE occurred_at >= '2019-01-01T00:00:00+01:00' "
				+ "AND occurred_at < '2020-01-01T00:00:00+01:00'").query(Long.class).single()).isZero();
	}

	@Test
	void showsReportersTheirOwnAndReadersTheirScope() {
		api.postAs("rapportor.sodermalm", "/api/v1/observations", observation(MEDBORGARPLATSEN, "GRAFFITI"));
		api.postAs("samordnare.sodermalm", "/api/v1/observations", observation(MEDBORGARPLATSEN, "LITTERING"));
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/observations?" + YEAR).body().get("totalItems").asInt())
			.isEqualTo(1);
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/observations?" + YEAR).body().get("totalItems").asInt())
			.isEqualTo(2);
		assertThat(api.getAs("kommunpolis.sodermalm", "/api/v1/observations?categoryCode=LITTERING&" + YEAR).body()
			.get("totalItems").asInt()).isEqualTo(1);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/observations?" + YEAR).body().get("totalItems").asInt()).isZero();
		assertThat(api.getAs("samordnare.farsta", "/api/v1/observations?districtId=" + fixtures.unit("SODERMALM")).status())
			.isEqualTo(403);
		assertThat(api.get("/api/v1/observations", null).status()).isEqualTo(401);
	}

	@Test
	void overviewCountsByCategoryAreaWeekAndHotspot() {
		api.postAs("rapportor.sodermalm", "/api/v1/observations", observation(MEDBORGARPLATSEN, "GRAFFITI"));
		api.postAs("rapportor.sodermalm", "/api/v1/observations", observation(MEDBORGARPLATSEN, "GRAFFITI"));
		api.postAs("rapportor.sodermalm", "/api/v1/observations", observation(MEDBORGARPLATSEN, "DRUGS"));
		String path = "/api/v1/districts/" + fixtures.unit("SODERMALM") + "/overview?from=2019-01-01&to=2019-12-31";
		JsonNode overview = api.getAs("samordnare.sodermalm", path).body();
		assertThat(overview.get("total").asInt()).isEqualTo(3);
		assertThat(overview.get("byCategory").get(0).get("categoryCode").asString()).isEqualTo("GRAFFITI");
		assertThat(overview.get("byCategory").get(0).get("count").asInt()).isEqualTo(2);
		assertThat(overview.get("byPriorityArea")).hasSize(2);
		assertThat(overview.get("byWeek").get(0).get("week").asString()).isEqualTo("2019-W44");
		assertThat(overview.get("hotspots").get(0).get("count").asInt()).isEqualTo(3);
		assertThat(overview.get("hotspots").get(0).get("neighbourhood").asString()).isEqualTo("Södermalm");
		assertThat(api.getAs("samordnare.sodermalm", path + "&categoryCode=DRUGS").body().get("total").asInt()).isEqualTo(1);
		assertThat(api.getAs("samordnare.farsta", path).status()).isEqualTo(403);
		assertThat(api.getAs("samordnare.sodermalm",
				"/api/v1/districts/" + fixtures.unit("SODERMALM") + "/overview?from=2019-12-01&to=2019-01-01").status())
			.isEqualTo(400);
	}

	@Test
	void keepsPlacesWithVersions() {
		var created = api.postAs("samordnare.sodermalm", "/api/v1/places",
				"{\"name\":\"Medborgarplatsen\"," + MEDBORGARPLATSEN + ",\"tags\":[\"UNSAFE\"]}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().get("districtId").asString()).isEqualTo(fixtures.unit("SODERMALM").toString());
		String id = created.body().get("id").asString();
		places.add(id);
		assertThat(api.postAs("rapportor.sodermalm", "/api/v1/places", "{\"name\":\"X\"," + MEDBORGARPLATSEN + "}").status())
			.isEqualTo(403);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/places", "{\"name\":\"Halv\",\"position\":{\"lat\":59.31}}")
			.status()).isEqualTo(400);
		assertThat(api.postAs("kommunpolis.sodermalm", "/api/v1/places",
				"{\"name\":\"I polisområdet\",\"districtId\":\"" + fixtures.unit("LPO-SODERMALM") + "\"}").status())
			.isEqualTo(400);
		String update = "{\"name\":\"Medborgarplatsen, torget\"," + MEDBORGARPLATSEN
				+ ",\"tags\":[\"UNSAFE\",\"CRIME_EXPOSED\"],\"version\":0}";
		assertThat(put("samordnare.sodermalm", "/api/v1/places/" + id, update).status()).isEqualTo(200);
		assertThat(put("samordnare.sodermalm", "/api/v1/places/" + id, update).status()).isEqualTo(409);
		assertThat(put("samordnare.farsta", "/api/v1/places/" + id, update.replace("\"version\":0", "\"version\":1")).status())
			.isEqualTo(403);
		var atPlace = api.postAs("rapportor.sodermalm", "/api/v1/observations",
				"{\"occurredAt\":\"2019-11-01T10:00:00+01:00\",\"placeId\":\"" + id + "\",\"categoryCode\":\"FIRE\",\"severity\":3}");
		assertThat(atPlace.status()).isEqualTo(201);
		assertThat(atPlace.body().get("neighbourhood").asString()).isEqualTo("Södermalm");
		assertThat(ids(api.getAs("lasare", "/api/v1/places?size=500").body())).contains(id);
		assertThat(ids(api.getAs("samordnare.farsta", "/api/v1/places?size=500").body())).doesNotContain(id);
	}

	@Test
	void startsAPictureWithTheFiguresAndTrendOfEveryPriorityArea() {
		for (int i = 0; i < 6; i++) {
			api.postAs("rapportor.sodermalm", "/api/v1/observations", observation(MEDBORGARPLATSEN, "GRAFFITI"));
		}
		var picture = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2019-T3\",\"authorParty\":\"CITY\"}");
		assertThat(picture.status()).isEqualTo(201);
		assertThat(picture.body().get("sections")).hasSize(5);
		JsonNode places = picture.body().get("sections").get(1);
		assertThat(places.get("priorityAreaCode").asString()).isEqualTo("UNSAFE_PLACES");
		assertThat(places.get("figures").get("observations").asInt()).isEqualTo(6);
		assertThat(places.get("figures").get("previousPeriod").asString()).isEqualTo("2019-T2");
		assertThat(places.get("trend").asString()).isEqualTo("UNKNOWN");
		assertThat(picture.body().get("sources")).isNotEmpty();
		assertThat(api.postAs("kommunpolis.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2019\",\"authorParty\":\"CITY\"}").status())
			.isEqualTo(403);
		assertThat(api.postAs("samordnare.farsta", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2019\",\"authorParty\":\"CITY\"}").status())
			.isEqualTo(403);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2019-Q1\",\"authorParty\":\"CITY\"}").status())
			.isEqualTo(400);
	}

	@Test
	void freezesAnEstablishedPicture() throws Exception {
		var picture = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2019\",\"authorParty\":\"CITY\"}").body();
		String id = picture.get("id").asString();
		String area = picture.get("sections").get(0).get("priorityAreaId").asString();
		var edited = put("samordnare.sodermalm", "/api/v1/situation-pictures/" + id + "/sections/" + area,
				"{\"assessment\":\"Fler unga samlas kvällstid vid torget.\",\"trend\":\"UP\",\"version\":0}");
		assertThat(edited.status()).isEqualTo(200);
		assertThat(put("samordnare.sodermalm", "/api/v1/situation-pictures/" + id + "/sections/" + area,
				"{\"assessment\":\"x\",\"trend\":\"UP\",\"version\":0}").status()).isEqualTo(409);
		assertThat(put("samordnare.sodermalm", "/api/v1/situation-pictures/" + id + "/sources",
				"{\"sources\":[{\"name\":\"Trygghetsmätningen 2023\",\"limitations\":\"Vart tredje år\"}],\"version\":1}").status())
			.isEqualTo(200);

		assertThat(api.postAs("samordnare.farsta", "/api/v1/situation-pictures/" + id + "/establish", "").status()).isEqualTo(403);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures/" + id + "/establish", "").status())
			.isEqualTo(403);
		var established = api.postAs("styrgrupp.sodermalm", "/api/v1/situation-pictures/" + id + "/establish", "");
		assertThat(established.status()).isEqualTo(200);
		assertThat(established.body().get("status").asString()).isEqualTo("ESTABLISHED");
		assertThat(put("samordnare.sodermalm", "/api/v1/situation-pictures/" + id + "/sections/" + area,
				"{\"assessment\":\"Ändrad\",\"trend\":\"DOWN\",\"version\":3}").status()).isEqualTo(409);
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/situation-pictures/" + id + "/establish", "").status())
			.isEqualTo(409);

		var pdf = api.send(api.request("/api/v1/situation-pictures/" + id + "/export?format=pdf", api.tokenFor("lasare"))
			.GET()
			.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (var document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Fler unga samlas kvällstid vid torget")
				.contains("Trygghetsmätningen 2023");
		}
	}

	@Test
	void startsAJointPictureFromBothPartiesOwn() {
		String district = fixtures.unit("SODERMALM").toString();
		var city = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + district + "\",\"period\":\"2019\",\"authorParty\":\"CITY\"}").body();
		var police = api.postAs("kommunpolis.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + district + "\",\"period\":\"2019\",\"authorParty\":\"POLICE\"}").body();
		String area = city.get("sections").get(0).get("priorityAreaId").asString();
		put("samordnare.sodermalm", "/api/v1/situation-pictures/" + city.get("id").asString() + "/sections/" + area,
				"{\"assessment\":\"Stadens bild\",\"trend\":\"FLAT\",\"version\":0}");
		put("kommunpolis.sodermalm", "/api/v1/situation-pictures/" + police.get("id").asString() + "/sections/" + area,
				"{\"assessment\":\"Polisens bild\",\"trend\":\"UP\",\"version\":0}");
		var joint = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + district + "\",\"period\":\"2019\",\"authorParty\":\"JOINT\",\"basedOn\":[\""
						+ city.get("id").asString() + "\",\"" + police.get("id").asString() + "\"]}");
		assertThat(joint.status()).isEqualTo(201);
		assertThat(joint.body().get("sections").get(0).get("assessment").asString()).contains("Staden: Stadens bild")
			.contains("Polisen: Polisens bild");
	}

	private Api.Response put(String username, String path, String body) {
		return api.send(api.request(path, api.tokenFor(username))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	static String observation(String where, String category) {
		return "{\"occurredAt\":\"2019-11-01T21:30:00+01:00\"," + where + ",\"categoryCode\":\"" + category
				+ "\",\"severity\":2,\"description\":\"Iakttaget vid kvällsrundan\",\"proposedMeasure\":\"Bättre belysning\"}";
	}
}
