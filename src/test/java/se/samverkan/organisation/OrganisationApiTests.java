package se.samverkan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.Api;
import se.samverkan.support.IntegrationTest;

@IntegrationTest
class OrganisationApiTests {

	@LocalServerPort
	int port;

	private Api api() {
		return new Api(port);
	}

	@Test
	void listsTheElevenCurrentDistricts() {
		assertThat(districtNames("")).hasSize(11).contains("Järva", "Norra innerstaden", "Södermalm", "Farsta");
	}

	@Test
	void listsTheThirteenDistrictsOfJune2023() {
		assertThat(districtNames("&validOn=2023-06-30")).hasSize(13)
			.contains("Rinkeby-Kista", "Spånga-Tensta", "Norrmalm", "Östermalm", "Hägersten-Älvsjö")
			.doesNotContain("Järva");
	}

	@Test
	void listsTheFourteenDistrictsOfJune2020() {
		assertThat(districtNames("&validOn=2020-06-30")).hasSize(14)
			.contains("Hägersten-Liljeholmen", "Älvsjö")
			.doesNotContain("Hägersten-Älvsjö");
	}

	@Test
	void namesJarvasPredecessors() {
		JsonNode jarva = unit("DISTRICT", "JARVA");
		List<String> names = new ArrayList<>();
		jarva.get("predecessorIds")
			.forEach(id -> names.add(api().getAs("lasare", "/api/v1/units/" + id.asString()).body().get("name").asString()));
		assertThat(names).containsExactlyInAnyOrder("Rinkeby-Kista", "Spånga-Tensta");
		JsonNode rinkeby = api().getAs("lasare", "/api/v1/units/" + jarva.get("predecessorIds").get(0).asString()).body();
		assertThat(rinkeby.get("successorIds").get(0).asString()).isEqualTo(jarva.get("id").asString());
	}

	@Test
	void coversTheSodermalmDistrictFromTheSodermalmLocalPoliceArea() {
		JsonNode area = unit("LOCAL_POLICE_AREA", "LPO-SODERMALM");
		var coverage = api().getAs("lasare", "/api/v1/units/" + area.get("id").asString() + "/coverage").body();
		assertThat(coverage).hasSize(1);
		assertThat(coverage.get(0).get("name").asString()).isEqualTo("Södermalm");
		assertThat(coverage.get(0).get("type").asString()).isEqualTo("DISTRICT");
	}

	@Test
	void showsPartialCoverageOfASplitDistrictFromBothSides() {
		JsonNode district = unit("DISTRICT", "ENSKEDE-ARSTA-VANTOR");
		var coverage = api().getAs("lasare", "/api/v1/units/" + district.get("id").asString() + "/coverage").body();
		List<String> areas = new ArrayList<>();
		coverage.forEach(entry -> {
			areas.add(entry.get("name").asString());
			assertThat(entry.get("partial").asBoolean()).isTrue();
		});
		assertThat(areas).containsExactlyInAnyOrder("Farsta", "Globen");
	}

	@Test
	void followsThePoliceSplitOf2025() {
		JsonNode kungsholmen = unit("DISTRICT", "KUNGSHOLMEN");
		String path = "/api/v1/units/" + kungsholmen.get("id").asString() + "/coverage?validOn=";
		assertThat(api().getAs("lasare", path + "2024-06-01").body().get(0).get("name").asString()).isEqualTo("Norrmalm");
		assertThat(api().getAs("lasare", path + "2025-06-01").body().get(0).get("name").asString())
			.isEqualTo("Lidingö-Kungsholmen");
	}

	@Test
	void locatesMedborgarplatsenInSodermalm() {
		var location = api().getAs("lasare", "/api/v1/geo/locate?lat=59.3146&lon=18.0714").body();
		assertThat(location.get("districtName").asString()).isEqualTo("Södermalm");
		assertThat(location.get("neighbourhood").asString()).isEqualTo("Södermalm");
		assertThat(location.get("districtId").asString()).isEqualTo(unit("DISTRICT", "SODERMALM").get("id").asString());
	}

	@Test
	void locatesHusbyCentrumInTheDistrictOfTheDay() {
		var in2024 = api().getAs("lasare", "/api/v1/geo/locate?lat=59.4100&lon=17.9290&date=2024-01-01").body();
		var in2022 = api().getAs("lasare", "/api/v1/geo/locate?lat=59.4100&lon=17.9290&date=2022-01-01").body();
		assertThat(in2024.get("districtName").asString()).isEqualTo("Järva");
		assertThat(in2022.get("districtName").asString()).isEqualTo("Rinkeby-Kista");
		assertThat(in2024.get("neighbourhood").asString()).isEqualTo("Husby");
	}

	@Test
	void answersNotFoundForUppsala() {
		var response = api().getAs("lasare", "/api/v1/geo/locate?lat=59.8586&lon=17.6389");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void refusesPositionsThatAreNotPositions() {
		assertThat(api().getAs("lasare", "/api/v1/geo/locate?lat=91&lon=18").status()).isEqualTo(400);
		assertThat(api().getAs("lasare", "/api/v1/geo/locate?lat=abc&lon=18").status()).isEqualTo(400);
		assertThat(api().getAs("lasare", "/api/v1/geo/locate?lat=NaN&lon=18").status()).isEqualTo(400);
		assertThat(api().getAs("lasare", "/api/v1/geo/locate?lon=18").status()).isEqualTo(400);
	}

	@Test
	void listsBothParties() {
		var parties = api().getAs("lasare", "/api/v1/parties").body();
		List<String> codes = new ArrayList<>();
		parties.forEach(party -> codes.add(party.get("code").asString()));
		assertThat(codes).containsExactly("CITY", "POLICE");
	}

	@Test
	void refusesReferenceDataWithoutAToken() {
		assertThat(api().get("/api/v1/units", null).status()).isEqualTo(401);
		assertThat(api().get("/api/v1/parties", null).status()).isEqualTo(401);
		assertThat(api().get("/api/v1/geo/locate?lat=59.3146&lon=18.0714", null).status()).isEqualTo(401);
		assertThat(api().get("/api/v1/units", "not-a-token").status()).isEqualTo(401);
	}

	@Test
	void answersNotFoundForAnUnknownUnitAndBadRequestForABadId() {
		assertThat(api().getAs("lasare", "/api/v1/units/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
		assertThat(api().getAs("lasare", "/api/v1/units/not-a-uuid").status()).isEqualTo(400);
		assertThat(api().getAs("lasare", "/api/v1/units?type=VILLAGE").status()).isEqualTo(400);
		assertThat(api().getAs("lasare", "/api/v1/units?validOn=2023-13-45").status()).isEqualTo(400);
		assertThat(api().getAs("lasare", "/api/v1/units?size=501").status()).isEqualTo(400);
	}

	@Test
	void pagesUnitLists() {
		var page = api().getAs("lasare", "/api/v1/units?size=5&page=1").body();
		assertThat(page.get("items")).hasSize(5);
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.get("size").asInt()).isEqualTo(5);
		assertThat(page.get("totalItems").asInt()).isGreaterThan(20);
	}

	private List<String> districtNames(String query) {
		var page = api().getAs("lasare", "/api/v1/units?type=DISTRICT&size=100" + query).body();
		List<String> names = new ArrayList<>();
		page.get("items").forEach(unit -> names.add(unit.get("name").asString()));
		assertThat(page.get("totalItems").asInt()).isEqualTo(names.size());
		return names;
	}

	private JsonNode unit(String type, String code) {
		for (JsonNode unit : api().getAs("lasare", "/api/v1/units?size=500&type=" + type).body().get("items")) {
			if (unit.get("code").asString().equals(code)) {
				return unit;
			}
		}
		throw new AssertionError("No unit " + code);
	}
}
