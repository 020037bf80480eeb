package se.samverkan.situation.web;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The districts drawn as an SVG map on the server (no script, no tiles), each shaded by its value
 * in one of {@link #CLASSES} equal steps from zero to the largest value, labelled with its value,
 * and a link to its own overview. Longitude is scaled by the cosine of the latitude so the city
 * keeps its shape. Colour is never the only carrier: each district shows its figure, and the page
 * has the same figures as a table.
 */
public record DistrictMap(int width, int height, List<Area> areas, List<Step> legend) {

	static final int CLASSES = 5;

	static final int WIDTH = 720;

	/** One district: its outline, its shade (0 to CLASSES, or -1 without a figure), label and link. */
	public record Area(String name, String path, int shade, String label, double labelX, double labelY, String href,
			String description) {

		/** Where the district's name goes, just above its figure. */
		public double nameY() {
			return labelY - 14;
		}

		public String shadeClass() {
			return shade < 0 ? "shade-none" : "shade-" + shade;
		}
	}

	/** A legend entry: the shade and the values it stands for. */
	public record Step(String shadeClass, String from, String to) {
	}

	/** What to draw for one district; {@code value} null when there is no figure to shade by. */
	record Input(String name, Geometry boundary, Double value, String label, String href, String description) {
	}

	static DistrictMap of(List<Input> districts, boolean decimals) {
		Envelope bounds = new Envelope();
		districts.forEach(district -> bounds.expandToInclude(district.boundary().getEnvelopeInternal()));
		if (bounds.isNull()) {
			return new DistrictMap(WIDTH, 1, List.of(), List.of());
		}
		double xScale = Math.cos(Math.toRadians((bounds.getMinY() + bounds.getMaxY()) / 2));
		double scale = (WIDTH - 2) / (bounds.getWidth() * xScale);
		int height = (int) Math.ceil(bounds.getHeight() * scale) + 2;
		Projection projection = new Projection(bounds, xScale, scale);
		double max = districts.stream().map(Input::value).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
		List<Double> steps = steps(max, decimals);
		List<Area> areas = new ArrayList<>();
		for (Input district : districts) {
			Geometry simple = TopologyPreservingSimplifier.simplify(district.boundary(), 0.0004);
			Point label = district.boundary().getInteriorPoint();
			areas.add(new Area(district.name(), projection.path(simple), shade(district.value(), steps), district.label(),
					projection.x(label.getX()), projection.y(label.getY()), district.href(), district.description()));
		}
		return new DistrictMap(WIDTH, height, areas, legend(steps, decimals));
	}

	/**
	 * The upper bounds of the shades: {@link #CLASSES} equal steps up to the largest value, whole
	 * numbers for counts (so fewer steps when the counts are small).
	 */
	static List<Double> steps(double max, boolean decimals) {
		List<Double> steps = new ArrayList<>();
		for (int i = 1; i <= CLASSES && max > 0; i++) {
			double bound = decimals ? max * i / CLASSES : Math.ceil(max * i / CLASSES);
			if (steps.isEmpty() || bound > steps.get(steps.size() - 1)) {
				steps.add(bound);
			}
		}
		return steps;
	}

	/** 0 for nothing, 1 and up for the first step the value fits under, -1 without a figure. */
	static int shade(Double value, List<Double> steps) {
		if (value == null) {
			return -1;
		}
		for (int i = 0; value > 0 && i < steps.size(); i++) {
			if (value <= steps.get(i)) {
				return i + 1;
			}
		}
		return value > 0 ? steps.size() : 0;
	}

	private static List<Step> legend(List<Double> steps, boolean decimals) {
		List<Step> legend = new ArrayList<>();
		legend.add(new Step("shade-0", format(0, decimals), format(0, decimals)));
		double previous = 0;
		for (int i = 0; i < steps.size(); i++) {
			// Counts: the next whole number after the step below; rates: the step below itself.
			double from = decimals ? previous : previous + 1;
			legend.add(new Step("shade-" + (i + 1), format(from, decimals), format(steps.get(i), decimals)));
			previous = steps.get(i);
		}
		return legend;
	}

	private static String format(double value, boolean decimals) {
		return decimals ? CityOverviewPage.decimal(value) : String.valueOf(Math.round(value));
	}

	private record Projection(Envelope bounds, double xScale, double scale) {

		double x(double lon) {
			return round(1 + (lon - bounds.getMinX()) * xScale * scale);
		}

		double y(double lat) {
			return round(1 + (bounds.getMaxY() - lat) * scale);
		}

		/** The geometry's rings as one SVG path (holes cut out by the even-odd rule). */
		String path(Geometry geometry) {
			StringBuilder path = new StringBuilder();
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				if (geometry.getGeometryN(i) instanceof Polygon polygon) {
					ring(path, polygon.getExteriorRing());
					for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
						// Slivers left where neighbourhood boundaries do not quite meet are not holes.
						LineString ring = polygon.getInteriorRingN(hole);
						if (ring.getFactory().createPolygon(ring.getCoordinates()).getArea() > polygon.getArea() * 0.01) {
							ring(path, ring);
						}
					}
				}
			}
			return path.toString().trim();
		}

		private void ring(StringBuilder path, LineString ring) {
			Coordinate[] points = ring.getCoordinates();
			for (int i = 0; i < points.length; i++) {
				path.append(i == 0 ? "M" : "L").append(number(x(points[i].x))).append(' ').append(number(y(points[i].y)))
					.append(' ');
			}
			path.append("Z ");
		}

		private static double round(double value) {
			return Math.round(value * 10) / 10.0;
		}

		private static String number(double value) {
			return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
		}
	}
}
