package se.samverkan.platform.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.web.util.HtmlUtils;

/**
 * A map drawn as SVG without tiles, for the pages and the documents alike (one way to draw): named
 * areas (a district's neighbourhoods) inside a bold outline (the district), and numbered spots
 * (the hotspots) sized by their count, with a scale bar and a legend in words. Colours are SVG
 * attributes (the Content-Security-Policy allows them; openhtmltopdf and Batik draw them); every
 * spot carries its number, so the table beside the map gives its figures and colour is never the
 * only signal. Names that would overlap a name already placed are left out of the drawing (the
 * larger areas are named first).
 */
public final class OutlineMap {

	/** A named area, drawn lightly with its name inside. */
	public record Area(String name, Geometry boundary) {
	}

	/** A spot: its number (as in the table), position and count. */
	public record Spot(int number, double lat, double lon, long count) {
	}

	static final int MAX_WIDTH = 640;

	static final int MAX_HEIGHT = 560;

	private static final int MARGIN = 18;

	private static final int LEGEND = 46;

	static final String SPOT_COLOUR = "#b3261e";

	private OutlineMap() {
	}

	/**
	 * The map's SVG: {@code title} is its accessible name, {@code legend} the words beside the
	 * spot symbol ("Tätaste rutorna, numrerade som i tabellen; större ring, fler iakttagelser").
	 */
	public static String svg(String title, Geometry outline, List<Area> areas, List<Spot> spots, String legend) {
		Envelope bounds = new Envelope(outline.getEnvelopeInternal());
		areas.forEach(area -> bounds.expandToInclude(area.boundary().getEnvelopeInternal()));
		spots.forEach(spot -> bounds.expandToInclude(spot.lon(), spot.lat()));
		MapProjection map = MapProjection.fitting(bounds, MAX_WIDTH, MAX_HEIGHT, MARGIN);
		int width = Math.max(map.width(), 360);
		int height = map.height() + LEGEND;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"outline-map\" role=\"img\" width=\"").append(width)
			.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
			.append("\" aria-label=\"").append(escape(title)).append("\">");
		svg.append("<title>").append(escape(title)).append("</title>");
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
			.append("\" fill=\"#ffffff\"/>");
		for (Area area : areas) {
			svg.append("<path d=\"").append(map.path(area.boundary()))
				.append("\" fill=\"#eef2f6\" stroke=\"#9aa7b4\" stroke-width=\"0.8\" fill-rule=\"evenodd\"/>");
		}
		svg.append("<path d=\"").append(map.path(outline))
			.append("\" fill=\"none\" stroke=\"#1b1b1b\" stroke-width=\"2.2\" fill-rule=\"evenodd\"/>");
		names(svg, map, areas);
		spots(svg, map, spots);
		scaleBar(svg, map, height - LEGEND + 8);
		legend(svg, height - 14, legend);
		svg.append("</svg>");
		return svg.toString();
	}

	private static void names(StringBuilder svg, MapProjection map, List<Area> areas) {
		List<double[]> placed = new ArrayList<>();
		areas.stream()
			.sorted(Comparator.comparingDouble((Area area) -> area.boundary().getArea()).reversed())
			.forEach(area -> {
				Point inside = area.boundary().getInteriorPoint();
				double x = map.x(inside.getX());
				double y = map.y(inside.getY());
				double half = area.name().length() * 3.2;
				double[] box = { x - half, y - 10, x + half, y + 3 };
				if (placed.stream().noneMatch(other -> overlaps(box, other))) {
					placed.add(box);
					text(svg, x, y, "middle", 11, "normal", "#33414f", area.name(), true);
				}
			});
	}

	private static void spots(StringBuilder svg, MapProjection map, List<Spot> spots) {
		long max = Math.max(1, spots.stream().mapToLong(Spot::count).max().orElse(1));
		// The first spot (the busiest) is drawn last, on top.
		List<Spot> order = new ArrayList<>(spots);
		order.sort(Comparator.comparingInt(Spot::number).reversed());
		for (Spot spot : order) {
			double x = map.x(spot.lon());
			double y = map.y(spot.lat());
			double r = 7 + 9 * Math.sqrt(spot.count() / (double) max);
			svg.append(String.format(Locale.ROOT,
					"<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
					x, y, r, SPOT_COLOUR));
			text(svg, x, y + 4, "middle", 11, "bold", "#ffffff", String.valueOf(spot.number()), false);
		}
	}

	/** A bar of a round number of kilometres (or hundreds of metres) about a fifth of the width. */
	private static void scaleBar(StringBuilder svg, MapProjection map, int y) {
		double perKm = map.unitsPerKilometre();
		double[] lengths = { 0.2, 0.5, 1, 2, 5, 10 };
		double km = lengths[0];
		for (double candidate : lengths) {
			if (candidate * perKm <= map.width() / 4.0) {
				km = candidate;
			}
		}
		double length = km * perKm;
		int x = MARGIN;
		svg.append(String.format(Locale.ROOT,
				"<path d=\"M%d %d L%d %d L%.1f %d L%.1f %d\" fill=\"none\" stroke=\"#1b1b1b\" stroke-width=\"1.5\"/>", x,
				y - 5, x, y, x + length, y, x + length, y - 5));
		String label = km < 1 ? Math.round(km * 1000) + " m" : MapProjection.number(km) + " km";
		text(svg, x + length + 6, y, "start", 11, "normal", "#1b1b1b", label, false);
	}

	private static void legend(StringBuilder svg, int y, String legend) {
		svg.append("<circle cx=\"").append(MARGIN + 7).append("\" cy=\"").append(y - 4).append("\" r=\"7\" fill=\"")
			.append(SPOT_COLOUR).append("\"/>");
		text(svg, MARGIN + 20, y, "start", 11, "normal", "#1b1b1b", legend, false);
	}

	private static void text(StringBuilder svg, double x, double y, String anchor, int size, String weight, String colour,
			String text, boolean halo) {
		String attributes = String.format(Locale.ROOT,
				"x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"%d\" font-weight=\"%s\"",
				x, y, anchor, size, weight);
		if (halo) {
			// A white edge keeps the name readable over boundaries (SVG 1.1 has no paint-order, so it is drawn first).
			svg.append("<text ").append(attributes)
				.append(" fill=\"#ffffff\" stroke=\"#ffffff\" stroke-width=\"3\" aria-hidden=\"true\">")
				.append(escape(text)).append("</text>");
		}
		svg.append("<text ").append(attributes).append(" fill=\"").append(colour).append("\">").append(escape(text))
			.append("</text>");
	}

	private static boolean overlaps(double[] a, double[] b) {
		return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(XmlText.clean(text == null ? "" : text), "UTF-8");
	}
}
