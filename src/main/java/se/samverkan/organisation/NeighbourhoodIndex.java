package se.samverkan.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Neighbourhood boundaries in an STR-tree of prepared polygons, each with the districts that held
 * it over time. Immutable and thread-safe once built.
 */
final class NeighbourhoodIndex {

	static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	record DatedDistrict(UUID id, String name, LocalDate validFrom, LocalDate validTo) {

		boolean isValidOn(LocalDate date) {
			return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
		}
	}

	record Neighbourhood(String name, Geometry boundary, List<DatedDistrict> districts) {
	}

	private record Entry(String name, PreparedGeometry boundary, List<DatedDistrict> districts) {
	}

	private final STRtree tree = new STRtree();

	NeighbourhoodIndex(List<Neighbourhood> neighbourhoods) {
		for (Neighbourhood neighbourhood : neighbourhoods) {
			tree.insert(neighbourhood.boundary().getEnvelopeInternal(), new Entry(neighbourhood.name(),
					PreparedGeometryFactory.prepare(neighbourhood.boundary()), List.copyOf(neighbourhood.districts())));
		}
		tree.build();
	}

	/**
	 * The neighbourhood whose boundary covers the point and the district that held it on the date.
	 * A point on the shared edge of two neighbourhoods goes to the first found; a neighbourhood with
	 * no district on the date (before its history begins) counts as outside.
	 */
	Optional<Location> locate(double lat, double lon, LocalDate date) {
		if (!Double.isFinite(lat) || !Double.isFinite(lon) || date == null) {
			return Optional.empty();
		}
		Point point = WGS84.createPoint(new Coordinate(lon, lat));
		@SuppressWarnings("unchecked")
		List<Entry> candidates = tree.query(point.getEnvelopeInternal());
		for (Entry candidate : candidates) {
			if (candidate.boundary().covers(point)) {
				return candidate.districts()
					.stream()
					.filter(district -> district.isValidOn(date))
					.findFirst()
					.map(district -> new Location(district.id(), district.name(), candidate.name()));
			}
		}
		return Optional.empty();
	}
}
