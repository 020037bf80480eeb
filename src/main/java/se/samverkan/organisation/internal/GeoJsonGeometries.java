package se.samverkan.organisation.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads GeoJSON Polygon and MultiPolygon geometries (RFC 7946, lon/lat) into JTS. */
public final class GeoJsonGeometries {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GeoJsonGeometries() {
	}

	public static Geometry read(String geoJson, GeometryFactory factory) {
		return read(JSON.readTree(geoJson), factory);
	}

	public static Geometry read(JsonNode geometry, GeometryFactory factory) {
		String type = geometry.path("type").asString();
		JsonNode coordinates = geometry.path("coordinates");
		return switch (type) {
			case "Polygon" -> polygon(coordinates, factory);
			case "MultiPolygon" -> {
				List<Polygon> polygons = new ArrayList<>();
				coordinates.forEach(polygon -> polygons.add(polygon(polygon, factory)));
				yield factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
			}
			default -> throw new IllegalArgumentException("Unsupported geometry type: " + type);
		};
	}

	private static Polygon polygon(JsonNode rings, GeometryFactory factory) {
		LinearRing shell = ring(rings.get(0), factory);
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(rings.get(i), factory);
		}
		return factory.createPolygon(shell, holes);
	}

	private static LinearRing ring(JsonNode positions, GeometryFactory factory) {
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < positions.size(); i++) {
			coordinates[i] = new Coordinate(positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble());
		}
		return factory.createLinearRing(coordinates);
	}
}
