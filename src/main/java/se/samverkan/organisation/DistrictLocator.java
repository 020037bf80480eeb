package se.samverkan.organisation;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samverkan.organisation.internal.GeoJsonGeometries;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.NotFound;

/**
 * Dated point lookup: position -> neighbourhood (by its boundary) -> the district that held that
 * neighbourhood on the date. The boundaries live in memory in an STR-tree over prepared polygons,
 * built on first use and rebuilt when reference data changes, so a lookup costs a few envelope
 * tests and one point-in-polygon test.
 */
@Component
public class DistrictLocator {

	private final JdbcClient jdbc;

	private volatile NeighbourhoodIndex index;

	DistrictLocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where the point (WGS84 latitude and longitude) lies on the date, if inside the municipality. */
	public Optional<Location> locate(double lat, double lon, LocalDate date) {
		return index().locate(lat, lon, date);
	}

	/**
	 * Where the point lies on the date, for a caller who asked about that point: a latitude or
	 * longitude out of range is refused naming it, a point outside the municipality is not found.
	 */
	public Location locateOrRefuse(double lat, double lon, LocalDate date) {
		if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || Double.isNaN(lat) || Double.isNaN(lon)) {
			throw InvalidInput.of(lat < -90 || lat > 90 || Double.isNaN(lat) ? "lat" : "lon", "range",
					"latitude -90..90, longitude -180..180");
		}
		return locate(lat, lon, date).orElseThrow(() -> NotFound.because("organisation.outside-municipality", lat, lon));
	}

	/** Drops the index so the next lookup reads the boundaries again. */
	public void reload() {
		index = null;
	}

	private NeighbourhoodIndex index() {
		NeighbourhoodIndex current = index;
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

	private NeighbourhoodIndex load() {
		Map<UUID, List<NeighbourhoodIndex.DatedDistrict>> districts = new HashMap<>();
		jdbc.sql("""
				SELECT nd.neighbourhood_id, nd.district_id, u.name, nd.valid_from, nd.valid_to
				FROM neighbourhood_district nd JOIN org_unit u ON u.id = nd.district_id""")
			.query((ResultSet rs) -> {
				districts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new NeighbourhoodIndex.DatedDistrict(rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, LocalDate.class),
							rs.getObject(5, LocalDate.class)));
			});
		List<NeighbourhoodIndex.Neighbourhood> neighbourhoods = new ArrayList<>();
		jdbc.sql("SELECT id, name, boundary FROM neighbourhood").query((ResultSet rs) -> {
			UUID id = rs.getObject(1, UUID.class);
			Geometry boundary = GeoJsonGeometries.read(rs.getString(3), NeighbourhoodIndex.WGS84);
			neighbourhoods.add(new NeighbourhoodIndex.Neighbourhood(rs.getString(2), boundary,
					districts.getOrDefault(id, List.of())));
		});
		return new NeighbourhoodIndex(neighbourhoods);
	}

}
