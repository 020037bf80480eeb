package se.samverkan.organisation;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samverkan.organisation.internal.GeoJsonGeometries;

/**
 * Dated point lookup: position -> neighbourhood (by its boundary) -> the district that held that
 * neighbourhood on the date. The boundaries live in memory in an STR-tree over prepared polygons,
 * built on first use and rebuilt when reference data changes, so a lookup costs a few envelope
 * tests and one point-in-polygon test.
 */
@Component
public class DistrictLocator {

	private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private final JdbcClient jdbc;

	private volatile Index index;

	DistrictLocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where the point (WGS84 latitude and longitude) lies on the date, if inside the municipality. */
	public Optional<Location> locate(double lat, double lon, LocalDate date) {
		if (!Double.isFinite(lat) || !Double.isFinite(lon)) {
			return Optional.empty();
		}
		Point point = WGS84.createPoint(new Coordinate(lon, lat));
		for (Object candidate : index().tree.query(point.getEnvelopeInternal())) {
			Neighbourhood neighbourhood = (Neighbourhood) candidate;
			if (neighbourhood.boundary.covers(point)) {
				return neighbourhood.districtOn(date)
					.map(district -> new Location(district.id(), district.name(), neighbourhood.name));
			}
		}
		return Optional.empty();
	}

	/** Drops the index so the next lookup reads the boundaries again. */
	public void reload() {
		index = null;
	}

	private Index index() {
		Index current = index;
		if (current == null) {
			synchronized (this) {
				current = index;
				if (current == null) {
					current = load();
					index = current;
				}
			}
		}
		return current;
	}

	private Index load() {
		Map<UUID, List<DatedDistrict>> districts = new HashMap<>();
		jdbc.sql("""
				SELECT nd.neighbourhood_id, nd.district_id, u.name, nd.valid_from, nd.valid_to
				FROM neighbourhood_district nd JOIN org_unit u ON u.id = nd.district_id""")
			.query((ResultSet rs) -> {
				districts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new DatedDistrict(rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, LocalDate.class),
							rs.getObject(5, LocalDate.class)));
			});
		STRtree tree = new STRtree();
		jdbc.sql("SELECT id, name, boundary FROM neighbourhood").query((ResultSet rs) -> {
			UUID id = rs.getObject(1, UUID.class);
			Geometry boundary = GeoJsonGeometries.read(rs.getString(3), WGS84);
			tree.insert(boundary.getEnvelopeInternal(), new Neighbourhood(rs.getString(2),
					PreparedGeometryFactory.prepare(boundary), districts.getOrDefault(id, List.of())));
		});
		tree.build();
		return new Index(tree);
	}

	private record Index(STRtree tree) {
	}

	private record DatedDistrict(UUID id, String name, LocalDate validFrom, LocalDate validTo) {

		boolean isValidOn(LocalDate date) {
			return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
		}
	}

	private record Neighbourhood(String name, PreparedGeometry boundary, List<DatedDistrict> districts) {

		Optional<DatedDistrict> districtOn(LocalDate date) {
			return districts.stream().filter(district -> district.isValidOn(date)).findFirst();
		}
	}
}
