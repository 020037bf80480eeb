package se.samverkan.platform.documents;

import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Longitude and latitude (WGS84) onto an SVG drawing that fits a box: longitude is scaled by the
 * cosine of the middle latitude, so a city keeps its shape (true to scale at that latitude, which
 * over a city's few kilometres is as good as any projection), with a margin all round.
 */
public final class MapProjection {

	private final Envelope bounds;

	private final double xScale;

	private final double scale;

	private final int margin;

	private final int width;

	private final int height;

	private MapProjection(Envelope bounds, double xScale, double scale, int margin) {
		this.bounds = bounds;
		this.xScale = xScale;
		this.scale = scale;
		this.margin = margin;
		this.width = (int) Math.ceil(bounds.getWidth() * xScale * scale) + 2 * margin;
		this.height = (int) Math.ceil(bounds.getHeight() * scale) + 2 * margin;
	}

	/** The largest drawing of {@code bounds} that fits {@code maxWidth} by {@code maxHeight}. */
	public static MapProjection fitting(Envelope bounds, int maxWidth, int maxHeight, int margin) {
		double xScale = Math.cos(Math.toRadians((bounds.getMinY() + bounds.getMaxY()) / 2));
		double byWidth = (maxWidth - 2.0 * margin) / Math.max(1e-9, bounds.getWidth() * xScale);
		double byHeight = (maxHeight - 2.0 * margin) / Math.max(1e-9, bounds.getHeight());
		return new MapProjection(bounds, xScale, Math.min(byWidth, byHeight), margin);
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	public double x(double lon) {
		return round(margin + (lon - bounds.getMinX()) * xScale * scale);
	}

	public double y(double lat) {
		return round(margin + (bounds.getMaxY() - lat) * scale);
	}

	/** How many drawing units a kilometre on the ground takes (a degree of latitude is 111.32 km). */
	public double unitsPerKilometre() {
		return scale / 111.32;
	}

	/**
	 * The geometry's polygons as one SVG path (holes cut out with the even-odd rule), simplified to
	 * half a drawing unit: detail finer than that cannot be seen and only makes the file larger.
	 */
	public String path(Geometry geometry) {
		Geometry simple = TopologyPreservingSimplifier.simplify(geometry, 0.5 / scale);
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < simple.getNumGeometries(); i++) {
			if (simple.getGeometryN(i) instanceof Polygon polygon) {
				ring(path, polygon.getExteriorRing());
				for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
					ring(path, polygon.getInteriorRingN(hole));
				}
			}
		}
		return path.toString().trim();
	}

	private void ring(StringBuilder path, LineString ring) {
		Coordinate[] points = ring.getCoordinates();
		for (int i = 0; i < points.length - 1; i++) {
			path.append(i == 0 ? 'M' : 'L').append(number(x(points[i].x))).append(' ').append(number(y(points[i].y))).append(' ');
		}
		path.append("Z ");
	}

	static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
