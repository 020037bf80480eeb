package se.samverkan.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samverkan.organisation.internal.GeoJsonGeometries;
import se.samverkan.organisation.internal.GeoJsonWriter;

/**
 * A district's boundary on a date as GeoJSON: the union of the neighbourhoods it held then (the
 * city's districts are drawn from whole neighbourhoods). Cached per district and date.
 */
@Component
public class DistrictBoundaries {

	private final JdbcClient jdbc;

	private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

	private final Map<String, List<NeighbourhoodLabel>> labels = new ConcurrentHashMap<>();

	DistrictBoundaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<String> geoJson(UUID districtId, LocalDate date) {
		return cache.computeIfAbsent(districtId + "@" + date, key -> compute(districtId, date));
	}

	/**
	 * The neighbourhoods the district held on the date, by name, each with where its name goes on a
	 * map. Cached per district and date, as the boundary is.
	 */
	public List<NeighbourhoodLabel> neighbourhoods(UUID districtId, LocalDate date) {
		return labels.computeIfAbsent(districtId + "@" + date, key -> labels(districtId, date));
	}

	private List<NeighbourhoodLabel> labels(UUID districtId, LocalDate date) {
		return jdbc.sql("""
				SELECT n.name, n.boundary FROM neighbourhood n JOIN neighbourhood_district d ON d.neighbourhood_id = n.id
				WHERE d.district_id = :district AND d.valid_from <= :date AND (d.valid_to IS NULL OR d.valid_to >= :date)
				ORDER BY n.name""")
			.param("district", districtId)
			.param("date", date)
			.query((rs, row) -> label(rs.getString(1), GeoJsonGeometries.read(rs.getString(2), NeighbourhoodIndex.WGS84)))
			.list();
	}

	private static NeighbourhoodLabel label(String name, Geometry boundary) {
		var inside = boundary.getInteriorPoint().getCoordinate();
		var box = boundary.getEnvelopeInternal();
		return new NeighbourhoodLabel(name, inside.y, inside.x, box.getMinY(), box.getMinX(), box.getMaxY(), box.getMaxX());
	}

	private Optional<String> compute(UUID districtId, LocalDate date) {
		List<Geometry> parts = new ArrayList<>();
		jdbc.sql("""
				SELECT n.boundary FROM neighbourhood n JOIN neighbourhood_district d ON d.neighbourhood_id = n.id
				WHERE d.district_id = :district AND d.valid_from <= :date AND (d.valid_to IS NULL OR d.valid_to >= :date)""")
			.param("district", districtId)
			.param("date", date)
			.query(String.class)
			.list()
			.forEach(text -> parts.add(GeoJsonGeometries.read(text, NeighbourhoodIndex.WGS84)));
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		Geometry union = UnaryUnionOp.union(parts).buffer(0);
		return Optional.of(GeoJsonWriter.write(union));
	}
}
