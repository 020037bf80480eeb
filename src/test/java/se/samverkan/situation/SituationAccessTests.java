package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.ApiTest;

/**
 * Who may read and change a district's situation pictures, places and the categories: each
 * endpoint allowed for someone in scope and refused (403) for someone outside it or without the
 * role, and 401 without a token. The data is this class's own (removed by id afterwards).
 */
class SituationAccessTests extends ApiTest {

	static final String MEDBORGARPLATSEN = "\"position\":{\"lat\":59.3146,\"lon\":18.0714}";

	private final List<UUID> pictures = new ArrayList<>();

	private final List<UUID> places = new ArrayList<>();

	@AfterEach
	void removeWhatThisClassMade() {
		pictures.forEach(id -> jdbc.sql("DELETE FROM situation_picture WHERE id = ?").params(id).update());
		places.forEach(id -> jdbc.sql("DELETE FROM place WHERE id = ?").params(id).update());
	}

	@Test
	void readsAPictureInScopeAndRefusesItOutside() {
		String id = sodermalmPicture();
		assertThat(api.getAs("kommunpolis.sodermalm", "/api/v1/situation-pictures/" + id).status()).isEqualTo(200);
		assertThat(api.getAs("lasare", "/api/v1/situation-pictures/" + id).status()).isEqualTo(200);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/situation-pictures/" + id).status()).isEqualTo(403);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/situation-pictures/" + id).status())
			.as("a reporter files observations; the picture is for those who read the district").isEqualTo(403);
		assertThat(api.get("/api/v1/situation-pictures/" + id, null).status()).isEqualTo(401);
	}

	@Test
	void listsPicturesOnlyWithinTheCallersScope() {
		String id = sodermalmPicture();
		String sodermalm = "/api/v1/situation-pictures?districtId=" + fixtures.unit("SODERMALM");
		assertThat(ids(api.getAs("samordnare.sodermalm", sodermalm).body())).contains(id);
		assertThat(ids(api.getAs("samordnare.farsta", "/api/v1/situation-pictures").body())).doesNotContain(id);
		assertThat(api.getAs("samordnare.farsta", sodermalm).status()).isEqualTo(403);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/situation-pictures").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/situation-pictures", null).status()).isEqualTo(401);
	}

	@Test
	void refusesSectionAndSourceEditsFromOutsideTheDistrictOrWithoutTheRole() {
		JsonNode picture = api.getAs("samordnare.sodermalm", "/api/v1/situation-pictures/" + sodermalmPicture()).body();
		String id = picture.get("id").asString();
		String section = "/api/v1/situation-pictures/" + id + "/sections/"
				+ picture.get("sections").get(0).get("priorityAreaId").asString();
		String sectionBody = "{\"assessment\":\"Ändrad utifrån\",\"trend\":\"UP\",\"version\":0}";
		String sources = "/api/v1/situation-pictures/" + id + "/sources";
		String sourcesBody = "{\"sources\":[{\"name\":\"Trygghetsmätningen\",\"limitations\":\"Vart tredje år\"}],\"version\":0}";
		for (String outsider : List.of("samordnare.farsta", "lasare", "styrgrupp.sodermalm", "rapportor.sodermalm")) {
			assertThat(api.putAs(outsider, section, sectionBody).status()).as(outsider).isEqualTo(403);
			assertThat(api.putAs(outsider, sources, sourcesBody).status()).as(outsider).isEqualTo(403);
		}
		assertThat(api.put(section, sectionBody, null).status()).isEqualTo(401);
		assertThat(api.put(sources, sourcesBody, null).status()).isEqualTo(401);
		JsonNode unchanged = api.getAs("samordnare.sodermalm", "/api/v1/situation-pictures/" + id).body();
		assertThat(unchanged.get("version").asInt()).isZero();
		assertThat(unchanged.get("sections").get(0).get("assessment").isNull()).isTrue();

		assertThat(api.putAs("samordnare.sodermalm", section, sectionBody).status()).isEqualTo(200);
		assertThat(api.putAs("samordnare.sodermalm", sources, sourcesBody.replace("\"version\":0", "\"version\":1")).status())
			.isEqualTo(200);
	}

	@Test
	void exportsAPictureOnlyToThoseWhoMayReadIt() {
		String export = "/api/v1/situation-pictures/" + sodermalmPicture() + "/export?format=pdf";
		HttpResponse<byte[]> allowed = api.send(api.request(export, api.tokenFor("kommunpolis.sodermalm")).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(new String(allowed.body(), 0, 5)).isEqualTo("%PDF-");
		assertThat(api.getAs("samordnare.farsta", export).status()).isEqualTo(403);
		assertThat(api.getAs("rapportor.sodermalm", export).status()).isEqualTo(403);
		assertThat(api.get(export, null).status()).isEqualTo(401);
	}

	@Test
	void refusesEstablishingOutsideTheSteeringGroupsDistrict() {
		String picture = sodermalmPicture();
		PictureFixtures.leaveTheRestWithAReason(api, "samordnare.sodermalm", picture);
		String establish = "/api/v1/situation-pictures/" + picture + "/establish";
		assertThat(api.postAs("samordnare.farsta", establish, "").status()).isEqualTo(403);
		assertThat(api.post(establish, "", null).status()).isEqualTo(401);
		assertThat(api.postAs("styrgrupp.sodermalm", establish, "").status()).isEqualTo(200);
	}

	@Test
	void listsPlacesOfAnotherDistrictToNoOneOutsideIt() {
		UUID place = sodermalmPlace();
		String sodermalm = "/api/v1/places?districtId=" + fixtures.unit("SODERMALM");
		assertThat(ids(api.getAs("kommunpolis.sodermalm", sodermalm).body())).contains(place.toString());
		assertThat(ids(api.getAs("rapportor.sodermalm", "/api/v1/places").body()))
			.as("reporters pick a saved place when they report").contains(place.toString());
		assertThat(api.getAs("samordnare.farsta", sodermalm).status()).isEqualTo(403);
		assertThat(ids(api.getAs("samordnare.farsta", "/api/v1/places").body())).doesNotContain(place.toString());
		assertThat(api.get("/api/v1/places", null).status()).isEqualTo(401);
	}

	@Test
	void readsOnePlaceOnlyWithinScope() {
		UUID place = sodermalmPlace();
		var read = api.getAs("kommunpolis.sodermalm", "/api/v1/places/" + place);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("name").asString()).isEqualTo("Medborgarplatsen");
		assertThat(api.getAs("samordnare.farsta", "/api/v1/places/" + place).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/places/" + place, null).status()).isEqualTo(401);
	}

	@Test
	void refusesCreatingAPlaceInAnotherDistrictByPositionOrById() {
		assertThat(api.postAs("samordnare.farsta", "/api/v1/places", "{\"name\":\"Inte min\"," + MEDBORGARPLATSEN + "}")
			.status()).isEqualTo(403);
		assertThat(api.postAs("samordnare.farsta", "/api/v1/places",
				"{\"name\":\"Inte min\",\"districtId\":\"" + fixtures.unit("SODERMALM") + "\"}").status()).isEqualTo(403);
		assertThat(api.postAs("lasare", "/api/v1/places", "{\"name\":\"Inte min\"," + MEDBORGARPLATSEN + "}").status())
			.isEqualTo(403);
		assertThat(api.post("/api/v1/places", "{\"name\":\"Inte min\"," + MEDBORGARPLATSEN + "}", null).status())
			.isEqualTo(401);
		assertThat(jdbc.sql("SELECT count(*) FROM place WHERE name = 'Inte min'").query(Long.class).single()).isZero();
	}

	@Test
	void refusesMovingOnesOwnPlaceIntoAnotherDistrict() {
		UUID place = sodermalmPlace();
		var moved = api.putAs("samordnare.sodermalm", "/api/v1/places/" + place,
				"{\"name\":\"Flyttad\",\"position\":{\"lat\":59.2436,\"lon\":18.0933},\"version\":0}");
		assertThat(moved.status()).isEqualTo(403);
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/places/" + place).body().get("name").asString())
			.isEqualTo("Medborgarplatsen");
	}

	@Test
	void letsTheCentralLevelRenameACategoryButNotALocalCoordinator() {
		int version = jdbc.sql("SELECT version FROM observation_category WHERE code = 'GRAFFITI'").query(Integer.class).single();
		String body = "{\"name\":\"Klotter\",\"nameEn\":\"Graffiti and tags\",\"priorityAreaCode\":\"UNSAFE_PLACES\",\"ordinal\":2,"
				+ "\"version\":" + version + "}";
		assertThat(api.putAs("samordnare.sodermalm", "/api/v1/observation-categories/GRAFFITI", body).status())
			.isEqualTo(403);
		assertThat(api.putAs("lasare", "/api/v1/observation-categories/GRAFFITI", body).status()).isEqualTo(403);
		assertThat(api.put("/api/v1/observation-categories/GRAFFITI", body, null).status()).isEqualTo(401);
		var renamed = api.putAs("beredning.stad", "/api/v1/observation-categories/GRAFFITI", body);
		try {
			assertThat(renamed.status()).as(renamed.raw().body()).isEqualTo(200);
			assertThat(renamed.body().get("nameEn").asString()).isEqualTo("Graffiti and tags");
		}
		finally {
			jdbc.sql("UPDATE observation_category SET name_en = 'Graffiti' WHERE code = 'GRAFFITI'").update();
		}
	}

	private String sodermalmPicture() {
		var created = api.postAs("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + fixtures.unit("SODERMALM") + "\",\"period\":\"2024-T2\",\"authorParty\":\"CITY\"}");
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		UUID id = UUID.fromString(created.body().get("id").asString());
		pictures.add(id);
		return id.toString();
	}

	private UUID sodermalmPlace() {
		var created = api.postAs("samordnare.sodermalm", "/api/v1/places", "{\"name\":\"Medborgarplatsen\"," + MEDBORGARPLATSEN + "}");
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		UUID id = UUID.fromString(created.body().get("id").asString());
		places.add(id);
		return id;
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}
}
