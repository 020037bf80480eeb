package se.samverkan.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.UnitType;
import se.samverkan.situation.DistrictOverview.Hotspot;
import se.samverkan.situation.DistrictOverview.WeekCount;

/**
 * A situation picture's observations by week and its hotspots, taken when the picture is made,
 * beside its figures per priority area: the chart and the map of the picture then agree with its
 * figures, and an established picture's drawings stay as they were decided on.
 */
@Component
public class PictureOverviews {

	/**
	 * The period's weekly counts and busiest cells; {@code frozen} false for a picture made before
	 * they were kept, whose figures are counted when read.
	 */
	public record Figures(LocalDate from, LocalDate to, List<WeekCount> byWeek, List<Hotspot> hotspots, boolean frozen) {

		public long total() {
			return byWeek.stream().mapToLong(WeekCount::count).sum();
		}

		public WeekChart chart() {
			return WeekChart.of(byWeek, from, to);
		}
	}

	private record Stored(List<WeekCount> byWeek, List<Hotspot> hotspots) {
	}

	private final DistrictOverview overview;

	private final OrganisationDirectory organisation;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PictureOverviews(DistrictOverview overview, OrganisationDirectory organisation, JdbcClient jdbc, JsonMapper json) {
		this.overview = overview;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Counts and keeps the figures of a picture just made. */
	void record(UUID pictureId, UUID districtId, Period period) {
		Stored figures = count(districtId, period);
		jdbc.sql("UPDATE situation_picture SET overview_figures = CAST(:figures AS jsonb) WHERE id = :id")
			.param("figures", json.writeValueAsString(figures))
			.param("id", pictureId)
			.update();
	}

	/** The picture's figures as kept, or counted now for a picture made before they were kept. */
	public Figures of(SituationPicture picture) {
		Period period = Period.parse(picture.period());
		String kept = jdbc.sql("SELECT overview_figures::text FROM situation_picture WHERE id = :id")
			.param("id", picture.id())
			.query(String.class)
			.optional()
			.orElse(null);
		Stored figures = kept == null ? count(picture.districtId(), period) : json.readValue(kept, Stored.class);
		return new Figures(period.start(), period.end(), figures.byWeek(), figures.hotspots(), kept != null);
	}

	/**
	 * A district's own overview; for the whole city every district's, added up week by week, and
	 * the busiest cells of them all. A cell cut by a district boundary counts as two cells there, one
	 * on each side, as in the districts' own overviews.
	 */
	private Stored count(UUID districtId, Period period) {
		if (districtId != null) {
			DistrictOverview.Overview figures = overview.compute(districtId, period.start(), period.end(), null);
			return new Stored(figures.byWeek(), figures.hotspots());
		}
		Map<String, Long> weeks = new LinkedHashMap<>();
		List<Hotspot> cells = new ArrayList<>();
		for (var district : organisation.units(UnitType.DISTRICT, null, period.end())) {
			DistrictOverview.Overview figures = overview.compute(district.id(), period.start(), period.end(), null);
			figures.byWeek().forEach(week -> weeks.merge(week.week(), week.count(), Long::sum));
			cells.addAll(figures.hotspots());
		}
		List<WeekCount> byWeek = weeks.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(entry -> new WeekCount(entry.getKey(), entry.getValue()))
			.toList();
		cells.sort(Comparator.comparingLong(Hotspot::count).reversed());
		return new Stored(byWeek, List.copyOf(cells.subList(0, Math.min(OverviewFigures.HOTSPOTS, cells.size()))));
	}
}
