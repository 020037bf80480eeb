package se.samverkan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import se.samverkan.organisation.NeighbourhoodIndex.DatedDistrict;
import se.samverkan.organisation.NeighbourhoodIndex.Neighbourhood;

class NeighbourhoodIndexTest {

	private static final UUID OLD_DISTRICT = UUID.randomUUID();

	private static final UUID MERGED_DISTRICT = UUID.randomUUID();

	private static final UUID NEIGHBOUR_DISTRICT = UUID.randomUUID();

	private static final LocalDate MERGER = LocalDate.of(2023, 7, 1);

	/** Two unit squares side by side: "Väst" changes district at the merger, "Öst" never does. */
	private final NeighbourhoodIndex index = new NeighbourhoodIndex(List.of(
			new Neighbourhood("Väst", square(18.0, 59.0),
					List.of(new DatedDistrict(OLD_DISTRICT, "Gamla", LocalDate.of(2007, 1, 1), MERGER.minusDays(1)),
							new DatedDistrict(MERGED_DISTRICT, "Sammanslagna", MERGER, null))),
			new Neighbourhood("Öst", square(19.0, 59.0),
					List.of(new DatedDistrict(NEIGHBOUR_DISTRICT, "Grannen", LocalDate.of(2007, 1, 1), null)))));

	@Test
	void findsTheNeighbourhoodAndTheDistrictOfTheDay() {
		assertThat(index.locate(59.5, 18.5, MERGER)).contains(new Location(MERGED_DISTRICT, "Sammanslagna", "Väst"));
		assertThat(index.locate(59.5, 18.5, MERGER.minusDays(1))).contains(new Location(OLD_DISTRICT, "Gamla", "Väst"));
		assertThat(index.locate(59.5, 19.5, MERGER)).contains(new Location(NEIGHBOUR_DISTRICT, "Grannen", "Öst"));
	}

	@Test
	void countsAPointOnTheBoundaryAsInside() {
		assertThat(index.locate(59.0, 18.5, MERGER)).isPresent();
	}

	@Test
	void findsNothingOutsideEveryBoundary() {
		assertThat(index.locate(59.86, 17.64, MERGER)).isEmpty();
		assertThat(index.locate(61.0, 18.5, MERGER)).isEmpty();
	}

	@Test
	void findsNothingBeforeTheHistoryBegins() {
		assertThat(index.locate(59.5, 18.5, LocalDate.of(2000, 1, 1))).isEmpty();
	}

	@Test
	void findsNothingForPositionsThatAreNotNumbers() {
		assertThat(index.locate(Double.NaN, 18.5, MERGER)).isEmpty();
		assertThat(index.locate(59.5, Double.POSITIVE_INFINITY, MERGER)).isEmpty();
	}

	private static Geometry square(double lon, double lat) {
		return NeighbourhoodIndex.WGS84.createPolygon(new Coordinate[] { new Coordinate(lon, lat),
				new Coordinate(lon + 1, lat), new Coordinate(lon + 1, lat + 1), new Coordinate(lon, lat + 1),
				new Coordinate(lon, lat) });
	}
}
