package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import se.samverkan.organisation.DistrictLocator;
import se.samverkan.support.ApiTest;

/**
 * The city-wide overview: who may read it, that its districts add up and agree with their own
 * overviews, and that a merged district keeps its predecessors' history.
 */
class CityOverviewApiTests extends ApiTest {

	static final String YEAR_2022 = "from=2022-01-01&to=2022-12-31";

	@Autowired
	DistrictLocator locator;

	@Autowired
	PopulationFigures population;

	@Autowired
	SituationPictureManagement pictures;

	@BeforeEach
	@AfterEach
	void clean() {
		fixtures.removeSituationData();
		population.clear();
	}

	@Test
	void isForReadersOfTheWholeCityOnly() {
		assertThat(api.getAs("beredning.stad", "/api/v1/overview").status()).isEqualTo(200);
		assertThat(api.getAs("beredning.polis", "/api/v1/overview").status()).isEqualTo(200);
		assertThat(api.getAs("lasare", "/api/v1/overview").status()).isEqualTo(200);
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/overview").status()).isEqualTo(403);
		assertThat(api.getAs("kommunpolis.sodermalm", "/api/v1/overview").status()).isEqualTo(403);
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/overview").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/overview", null).status()).isEqualTo(401);
	}

	@Test
	void refusesAPeriodBackwardsAnUnknownCategoryAndDatesOutOfRange() {
		var backwards = api.getAs("lasare", "/api/v1/overview?from=2025-12-31&to=2025-01-01");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.body().get("errors").get(0).get("field").asString()).isEqualTo("from");
		var category = api.getAs("lasare", "/api/v1/overview?categoryCode=NOPE");
		assertThat(category.status()).isEqualTo(400);
		assertThat(category.body().get("errors").get(0).get("field").asString()).isEqualTo("categoryCode");
		var ancient = api.getAs("lasare", "/api/v1/overview?from=0001-01-01&to=2025-01-01");
		assertThat(ancient.status()).isEqualTo(400);
		assertThat(ancient.body().get("errors").get(0).get("field").asString()).isEqualTo("from");
		assertThat(api.getAs("lasare", "/api/v1/overview?from=2001-01-01&to=2025-01-01").status()).isEqualTo(400);
		assertThat(api.getAs("lasare", "/api/v1/overview?from=yesterday").status()).isEqualTo(400);
	}

	@Test
	void addsUpItsDistrictsEachEqualToThatDistrictsOwnOverview() {
		ObservationSamples samples = new ObservationSamples(locator, 3);
		List<ObservationSamples.Sample> rows = samples.next(900, LocalDate.of(2021, 6, 1), LocalDate.of(2025, 12, 31));
		assertThat(ObservationSamples.importCsv(api, "beredning.stad", ObservationSamples.csv(rows, "city")).status())
			.isEqualTo(200);

		String period = "from=2022-03-15&to=2024-02-10";
		JsonNode city = api.getAs("beredning.stad", "/api/v1/overview?" + period).body();
		JsonNode districts = city.get("byDistrict");
		assertThat(districts).hasSize(11);
		long sum = 0;
		for (JsonNode district : districts) {
			long count = district.get("count").asLong();
			sum += count;
			JsonNode own = api.getAs("beredning.stad",
					"/api/v1/districts/" + district.get("districtId").asString() + "/overview?" + period).body();
			assertThat(own.get("total").asLong()).as(district.get("districtName").asString()).isEqualTo(count);
			assertThat(district.get("perThousandInhabitants").isNull()).isTrue();
		}
		assertThat(city.get("total").asLong()).isEqualTo(sum).isPositive();
		assertThat(sumOf(city.get("byCategory"))).isEqualTo(sum);
		assertThat(sumOf(city.get("byPriorityArea"))).isEqualTo(sum);
		assertThat(sumOf(city.get("byWeek"))).isEqualTo(sum);
		assertThat(sumOf(city.get("byStatus"))).isEqualTo(sum);
		assertThat(city.get("previousFrom").asString()).isEqualTo("2020-04-16");
		assertThat(city.get("previousTo").asString()).isEqualTo("2022-03-14");
		assertThat(city.get("hotspots")).isNotEmpty();
	}

	@Test
	void countsAnObservationAtHusbyIn2022InJarvasOverviewFor2022() {
		String at2022 = "2022-05-10T21:30:00+02:00";
		assertThat(locator.locate(ObservationSamples.HUSBY[0], ObservationSamples.HUSBY[1], LocalDate.of(2022, 5, 10))
			.orElseThrow().neighbourhood()).isEqualTo("Husby");
		var imported = ObservationSamples.importCsv(api, "beredning.stad", ObservationSamples.HEADER
				+ new ObservationSamples.Sample(OffsetDateTime.parse(at2022), ObservationSamples.HUSBY[0],
						ObservationSamples.HUSBY[1], "DRUGS", 2).csvLine("husby-2022"));
		assertThat(imported.status()).isEqualTo(200);
		UUID rinkebyKista = fixtures.unit("RINKEBY-KISTA");
		UUID jarva = fixtures.unit("JARVA");
		assertThat(jdbc.sql("SELECT district_id FROM observation").query(UUID.class).single()).isEqualTo(rinkebyKista);

		JsonNode jarva2022 = api.getAs("lasare", "/api/v1/districts/" + jarva + "/overview?" + YEAR_2022).body();
		assertThat(jarva2022.get("total").asInt()).isEqualTo(1);
		assertThat(jarva2022.get("hotspots").get(0).get("neighbourhood").asString()).isEqualTo("Husby");
		assertThat(api.getAs("lasare", "/api/v1/districts/" + rinkebyKista + "/overview?" + YEAR_2022).body()
			.get("total").asInt()).as("the former district's own overview is as it was").isEqualTo(1);
		assertThat(api.getAs("lasare", "/api/v1/districts/" + fixtures.unit("SPANGA-TENSTA") + "/overview?" + YEAR_2022)
			.body().get("total").asInt()).isZero();

		JsonNode city = api.getAs("lasare", "/api/v1/overview?" + YEAR_2022).body();
		assertThat(countOf(city, jarva)).isEqualTo(1);
		assertThat(city.get("byDistrict")).noneMatch(d -> d.get("districtId").asString().equals(rinkebyKista.toString()));

		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/districts/" + jarva + "/overview?" + YEAR_2022).status())
			.isEqualTo(403);
		JsonNode listed = api.getAs("lasare", "/api/v1/observations?districtId=" + jarva + "&" + YEAR_2022).body();
		assertThat(listed.get("totalItems").asInt()).isEqualTo(1);
	}

	@Test
	void comparesEachDistrictWithThePeriodBefore() {
		UUID sodermalm = fixtures.unit("SODERMALM");
		List<ObservationSamples.Sample> rows = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			rows.add(new ObservationSamples.Sample(OffsetDateTime.parse("2024-03-0" + (1 + i % 9) + "T12:00:00+01:00"),
					59.3146, 18.0714, "GRAFFITI", 1));
		}
		for (int i = 0; i < 6; i++) {
			rows.add(new ObservationSamples.Sample(OffsetDateTime.parse("2023-03-0" + (1 + i) + "T12:00:00+01:00"), 59.3146,
					18.0714, "GRAFFITI", 1));
		}
		ObservationSamples.importCsv(api, "beredning.stad", ObservationSamples.csv(rows, "trend"));
		JsonNode city = api.getAs("lasare", "/api/v1/overview?from=2024-01-01&to=2024-12-31").body();
		JsonNode district = districtOf(city, sodermalm);
		assertThat(district.get("count").asInt()).isEqualTo(12);
		assertThat(district.get("previousCount").asInt()).isEqualTo(6);
		assertThat(district.get("trend").asString()).isEqualTo("UP");
		assertThat(districtOf(city, fixtures.unit("FARSTA")).get("trend").asString()).isEqualTo("UNKNOWN");
		assertThat(api.getAs("lasare", "/api/v1/overview?from=2024-01-01&to=2024-12-31&categoryCode=DRUGS").body()
			.get("total").asInt()).isZero();
	}

	@Test
	void givesARatePerThousandInhabitantsWhereThePopulationIsKnown() {
		UUID sodermalm = fixtures.unit("SODERMALM");
		population.set(sodermalm, 2024, 200_000);
		List<ObservationSamples.Sample> rows = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			rows.add(new ObservationSamples.Sample(OffsetDateTime.parse("2024-05-01T12:00:00+02:00"), 59.3146, 18.0714,
					"LITTERING", 1));
		}
		ObservationSamples.importCsv(api, "beredning.stad", ObservationSamples.csv(rows, "rate"));
		JsonNode city = api.getAs("lasare", "/api/v1/overview?from=2024-01-01&to=2024-12-31").body();
		assertThat(districtOf(city, sodermalm).get("perThousandInhabitants").asDouble()).isEqualTo(0.25);
		assertThat(districtOf(city, sodermalm).get("inhabitants").asLong()).isEqualTo(200_000);
		assertThat(districtOf(city, fixtures.unit("FARSTA")).get("perThousandInhabitants").isNull()).isTrue();
	}

	@Test
	void startsACityWidePictureFromTheCityFigures() {
		ObservationSamples.importCsv(api, "beredning.stad", ObservationSamples.HEADER
				+ new ObservationSamples.Sample(OffsetDateTime.parse("2022-05-10T21:30:00+02:00"), ObservationSamples.HUSBY[0],
						ObservationSamples.HUSBY[1], "VANDALISM", 2).csvLine("picture-1"));
		var picture = api.postAs("beredning.stad", "/api/v1/situation-pictures",
				"{\"districtId\":null,\"period\":\"2022\",\"authorParty\":\"CITY\"}");
		assertThat(picture.status()).isEqualTo(201);
		JsonNode places = sectionOf(picture.body(), "UNSAFE_PLACES").get("figures");
		assertThat(places.get("observations").asInt()).isEqualTo(1);
		JsonNode jarva = null;
		for (JsonNode district : places.get("byDistrict")) {
			if (district.get("districtId").asString().equals(fixtures.unit("JARVA").toString())) {
				jarva = district;
			}
		}
		assertThat(jarva).isNotNull();
		assertThat(jarva.get("count").asInt()).isEqualTo(1);

		UUID jarvaId = fixtures.unit("JARVA");
		se.samverkan.identity.Actor jarvaCoordinator = new se.samverkan.identity.Actor(UUID.randomUUID(), "samordnare.jarva",
				"Samordnare Järva", "CITY", List.of(new se.samverkan.identity.RoleGrant(
						se.samverkan.identity.Role.LOCAL_COORDINATOR, jarvaId, "Järva")));
		SituationPicture jarvaPicture = pictures.create(jarvaCoordinator,
				new SituationPictureManagement.NewPicture(jarvaId, "2022", "CITY", List.of()));
		assertThat(jarvaPicture.sections()
			.stream()
			.filter(section -> section.priorityAreaCode().equals("UNSAFE_PLACES"))
			.findFirst()
			.orElseThrow()
			.figures()).contains("\"observations\": 1");
	}

	private static JsonNode sectionOf(JsonNode picture, String areaCode) {
		for (JsonNode section : picture.get("sections")) {
			if (section.get("priorityAreaCode").asString().equals(areaCode)) {
				return section;
			}
		}
		throw new AssertionError("no section " + areaCode);
	}

	private static long sumOf(JsonNode counts) {
		long sum = 0;
		for (JsonNode count : counts) {
			sum += count.get("count").asLong();
		}
		return sum;
	}

	private static JsonNode districtOf(JsonNode city, UUID id) {
		for (JsonNode district : city.get("byDistrict")) {
			if (district.get("districtId").asString().equals(id.toString())) {
				return district;
			}
		}
		throw new AssertionError("no district " + id);
	}

	private static long countOf(JsonNode city, UUID id) {
		return districtOf(city, id).get("count").asLong();
	}
}
