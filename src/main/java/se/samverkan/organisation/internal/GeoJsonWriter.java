package se.samverkan.organisation.internal;

import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Writes JTS polygons as GeoJSON geometry (lon, lat), six decimals (about 0.1 m). */
public final class GeoJsonWriter {

	private GeoJsonWriter() {
	}

	public static String write(Geometry geometry) {
		StringBuilder out = new StringBuilder();
		if (geometry instanceof Polygon polygon) {
			out.append("{\"type\":\"Polygon\",\"coordinates\":");
			polygon(out, polygon);
		}
		else if (geometry instanceof MultiPolygon multi) {
			out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
			for (int i = 0; i < multi.getNumGeometries(); i++) {
				if (i > 0) {
					out.append(',');
				}
				polygon(out, (Polygon) multi.getGeometryN(i));
			}
			out.append(']');
		}
		else {
			throw new IllegalArgumentException("Not a polygon: " + geometry.getGeometryType());
		}
		return out.append('}').toString();
	}

	private static void polygon(StringBuilder out, Polygon polygon) {
		out.append('[');
		ring(out, polygon.getExteriorRing());
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			out.append(',');
			ring(out, polygon.getInteriorRingN(i));
		}
		out.append(']');
	}

	private static void ring(StringBuilder out, LineString ring) {
		out.append('[');
		Coordinate[] coordinates = ring.getCoordinates();
		for (int i = 0; i < coordinates.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(String.format(Locale.ROOT, "[%.6f,%.6f]", coordinates[i].x, coordinates[i].y));
		}
		out.append(']');
	}
}
