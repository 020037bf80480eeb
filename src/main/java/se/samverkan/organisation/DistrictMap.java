package se.samverkan.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.stereotype.Component;

/**
 * The districts valid on a date drawn as SVG paths, for maps drawn on the server (no script, no
 * tiles): longitude and latitude projected onto a plane true to scale at the city's latitude,
 * outlines closed over gaps and simplified to about 30 m, each with a point inside it for its label. Cached per date.
 */
@Component
public class DistrictMap {

	/** The width of the drawing in SVG units; the height follows the city's shape. */
	public static final int WIDTH = 600;

	private static final double SIMPLIFY_DEGREES = 0.0003;

	private static final double CLOSE_DEGREES = 0.0004;

	/** A district's outline as SVG path data, and where its label goes. */
	public record Shape(UUID districtId, String code, String name, String path, double labelX, double labelY) {
	}

	/** The districts' shapes in a drawing {@code width} by {@code height}. */
	public record Drawing(int width, int height, List<Shape> shapes) {
	}

	private final OrganisationDirectory organisation;

	private final DistrictBoundaries boundaries;

	private final Map<LocalDate, Drawing> cache = new ConcurrentHashMap<>();

	DistrictMap(OrganisationDirectory organisation, DistrictBoundaries boundaries) {
		this.organisation = organisation;
		this.boundaries = boundaries;
	}

	public Drawing districts(LocalDate date) {
		return cache.computeIfAbsent(date, this::draw);
	}

	private Drawing draw(LocalDate date) {
		List<OrganisationalUnit> districts = organisation.units(UnitType.DISTRICT, null, date);
		List<Map.Entry<OrganisationalUnit, Geometry>> outlines = new ArrayList<>();
		Envelope extent = new Envelope();
		for (OrganisationalUnit district : districts) {
			Optional<Geometry> boundary = boundaries.geometry(district.id(), date);
			if (boundary.isPresent()) {
				// Closing (grow, then shrink) fills the slivers left between neighbourhoods drawn separately.
				Geometry closed = boundary.get().buffer(CLOSE_DEGREES).buffer(-CLOSE_DEGREES);
				Geometry simplified = TopologyPreservingSimplifier.simplify(closed, SIMPLIFY_DEGREES);
				outlines.add(Map.entry(district, simplified));
				extent.expandToInclude(simplified.getEnvelopeInternal());
			}
		}
		if (outlines.isEmpty()) {
			return new Drawing(WIDTH, 0, List.of());
		}
		double xScale = Math.cos(Math.toRadians(extent.centre().y));
		double scale = (WIDTH - 20) / (extent.getWidth() * xScale);
		int height = (int) Math.ceil(extent.getHeight() * scale) + 20;
		Projection projection = new Projection(extent.getMinX(), extent.getMaxY(), xScale, scale);
		List<Shape> shapes = new ArrayList<>();
		for (Map.Entry<OrganisationalUnit, Geometry> outline : outlines) {
			Geometry geometry = outline.getValue();
			StringBuilder path = new StringBuilder();
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				if (geometry.getGeometryN(i) instanceof Polygon polygon) {
					ring(path, polygon.getExteriorRing().getCoordinates(), projection);
					for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
						ring(path, polygon.getInteriorRingN(h).getCoordinates(), projection);
					}
				}
			}
			Point inside = geometry.getInteriorPoint();
			OrganisationalUnit district = outline.getKey();
			shapes.add(new Shape(district.id(), district.code(), district.name(), path.toString().strip(),
					projection.x(inside.getX()), projection.y(inside.getY())));
		}
		return new Drawing(WIDTH, height, List.copyOf(shapes));
	}

	private static void ring(StringBuilder path, Coordinate[] coordinates, Projection projection) {
		for (int i = 0; i < coordinates.length - 1; i++) {
			path.append(i == 0 ? 'M' : 'L')
				.append(String.format(Locale.ROOT, "%.1f %.1f ", projection.x(coordinates[i].x), projection.y(coordinates[i].y)));
		}
		path.append("Z ");
	}

	private record Projection(double minLon, double maxLat, double xScale, double scale) {

		double x(double lon) {
			return Math.round(((lon - minLon) * xScale * scale + 10) * 10) / 10.0;
		}

		double y(double lat) {
			return Math.round(((maxLat - lat) * scale + 10) * 10) / 10.0;
		}
	}
}
