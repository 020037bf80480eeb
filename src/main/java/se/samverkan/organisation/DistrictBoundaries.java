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

	private final Map<String, Optional<Geometry>> geometries = new ConcurrentHashMap<>();

	private final Map<String, List<Neighbourhood>> neighbourhoods = new ConcurrentHashMap<>();

	DistrictBoundaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<String> geoJson(UUID districtId, LocalDate date) {
		return cache.computeIfAbsent(districtId + "@" + date, key -> geometry(districtId, date).map(GeoJsonWriter::write));
	}

	/** The boundary as a geometry (WGS84, x longitude and y latitude), for drawing it on the server. */
	public Optional<Geometry> geometry(UUID districtId, LocalDate date) {
		return geometries.computeIfAbsent(districtId + "@" + date, key -> compute(districtId, date));
	}

	private Optional<Geometry> compute(UUID districtId, LocalDate date) {
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
		return Optional.of(UnaryUnionOp.union(parts).buffer(0));
	}

	/** A neighbourhood (stadsdel) with its boundary (WGS84, x longitude and y latitude). */
	public record Neighbourhood(String name, Geometry boundary) {
	}

	/**
	 * The neighbourhoods the district held on the date, largest first, to draw and name on a map
	 * made on the server (the situation picture's hotspot map).
	 */
	public List<Neighbourhood> neighbourhoods(UUID districtId, LocalDate date) {
		return neighbourhoods.computeIfAbsent(districtId + "@" + date, key -> jdbc.sql("""
				SELECT n.name, n.boundary FROM neighbourhood n JOIN neighbourhood_district d ON d.neighbourhood_id = n.id
				WHERE d.district_id = :district AND d.valid_from <= :date AND (d.valid_to IS NULL OR d.valid_to >= :date)
				ORDER BY n.name""")
			.param("district", districtId)
			.param("date", date)
			.query((rs, row) -> new Neighbourhood(rs.getString(1), GeoJsonGeometries.read(rs.getString(2), NeighbourhoodIndex.WGS84)))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingDouble((Neighbourhood n) -> n.boundary().getArea()).reversed())
			.toList());
	}

	/**
	 * The neighbourhoods the district held on the date, by name, each with where its name goes on a
	 * map drawn in the browser (a point inside it) and the box around it.
	 */
	public List<NeighbourhoodLabel> labels(UUID districtId, LocalDate date) {
		return neighbourhoods(districtId, date).stream()
			.map(n -> {
				var inside = n.boundary().getInteriorPoint().getCoordinate();
				var box = n.boundary().getEnvelopeInternal();
				return new NeighbourhoodLabel(n.name(), inside.y, inside.x, box.getMinY(), box.getMinX(), box.getMaxY(),
						box.getMaxX());
			})
			.sorted(java.util.Comparator.comparing(NeighbourhoodLabel::name))
			.toList();
	}
}
