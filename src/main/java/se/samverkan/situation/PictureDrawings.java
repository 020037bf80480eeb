package se.samverkan.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.stereotype.Component;

import se.samverkan.organisation.DistrictBoundaries;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.documents.Document;
import se.samverkan.platform.documents.OutlineMap;
import se.samverkan.platform.documents.Table;
import se.samverkan.platform.documents.Words;
import se.samverkan.situation.DistrictOverview.Hotspot;

/**
 * A situation picture's weekly chart and hotspot map, each with its figures as a table: the page
 * shows them, the PDF draws them and the DOCX holds them as pictures, from this one drawing. The
 * map has the district's boundary, its neighbourhoods with their names and the hotspots (the whole
 * city's districts for a city-wide picture); no tiles, so it needs nothing from the internet.
 */
@Component
public class PictureDrawings {

	/** The chart and the map ({@code map} empty when there is no boundary to draw); {@code frozen} as in {@link PictureOverviews.Figures}. */
	public record Drawings(Document.Chart weeks, Optional<Document.Chart> map, boolean frozen) {
	}

	private final PictureOverviews overviews;

	private final DistrictBoundaries boundaries;

	private final OrganisationDirectory organisation;

	PictureDrawings(PictureOverviews overviews, DistrictBoundaries boundaries, OrganisationDirectory organisation) {
		this.overviews = overviews;
		this.boundaries = boundaries;
		this.organisation = organisation;
	}

	/** {@code place}: the district's name, or the words for the whole city. */
	public Drawings of(SituationPicture picture, String place, Words words) {
		PictureOverviews.Figures figures = overviews.of(picture);
		return new Drawings(weeks(figures, place, picture.period(), words), map(picture, figures, place, words),
				figures.frozen());
	}

	private static Document.Chart weeks(PictureOverviews.Figures figures, String place, String period, Words words) {
		WeekChart chart = figures.chart();
		Table.Builder table = Table.of(words.get("doc.picture.weeks.table", place, period),
				Table.text(words.get("doc.picture.column.week")), Table.integer(words.get("doc.picture.column.count")));
		chart.bars().forEach(bar -> table.row(words.get("doc.week", String.valueOf(bar.year()), bar.number()), bar.count()));
		String label = words.get("doc.picture.weeks.chart", place, period, figures.total());
		return new Document.Chart(chart.svg(label, words.get("overview.week.short")), table.build());
	}

	private Optional<Document.Chart> map(SituationPicture picture, PictureOverviews.Figures figures, String place,
			Words words) {
		LocalDate date = figures.to();
		Geometry outline;
		List<OutlineMap.Area> areas = new ArrayList<>();
		if (picture.districtId() != null) {
			outline = boundaries.geometry(picture.districtId(), date).orElse(null);
			boundaries.neighbourhoods(picture.districtId(), date)
				.forEach(n -> areas.add(new OutlineMap.Area(n.name(), n.boundary())));
		}
		else {
			List<Geometry> districts = new ArrayList<>();
			for (var district : organisation.units(UnitType.DISTRICT, null, date)) {
				boundaries.geometry(district.id(), date).ifPresent(boundary -> {
					districts.add(boundary);
					areas.add(new OutlineMap.Area(district.name(), boundary));
				});
			}
			outline = districts.isEmpty() ? null : UnaryUnionOp.union(districts);
		}
		if (outline == null) {
			return Optional.empty();
		}
		List<Hotspot> hotspots = figures.hotspots();
		List<OutlineMap.Spot> spots = new ArrayList<>();
		Table.Builder table = Table.of(words.get("doc.picture.map.table", place, picture.period()),
				Table.integer(words.get("doc.picture.column.number")), Table.text(words.get("doc.picture.column.neighbourhood")),
				Table.integer(words.get("doc.picture.column.count")), Table.text(words.get("doc.picture.column.position")));
		for (int i = 0; i < hotspots.size(); i++) {
			Hotspot hotspot = hotspots.get(i);
			spots.add(new OutlineMap.Spot(i + 1, hotspot.lat(), hotspot.lon(), hotspot.count()));
			table.row(i + 1, hotspot.neighbourhood() == null ? words.get("doc.none") : hotspot.neighbourhood(),
					hotspot.count(), String.format(Locale.ROOT, "%.5f, %.5f", hotspot.lat(), hotspot.lon()));
		}
		String svg = OutlineMap.svg(words.get("doc.picture.map.title", place, picture.period()), outline, areas, spots,
				words.get("doc.picture.map.legend"));
		return Optional.of(new Document.Chart(svg, table.build()));
	}
}
