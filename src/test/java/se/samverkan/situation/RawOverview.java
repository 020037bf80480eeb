package se.samverkan.situation;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.samverkan.platform.database.SqlArrays;

/**
 * The figures an overview should show, counted the plain way from the raw observation rows, to
 * hold the aggregate-based answers against.
 */
record RawOverview(long total, Map<String, Long> byCategory, Map<String, Long> byPriorityArea,
		Map<String, Long> byStatus, Map<String, Long> byWeek, Map<UUID, Long> byDistrict, List<String> hotspots) {

	static RawOverview of(JdbcClient jdbc, Collection<UUID> districts, LocalDate first, LocalDate last, String category) {
		String where = """
				FROM observation WHERE district_id = ANY(:districts)
				  AND occurred_at >= :from AND occurred_at < :to AND (CAST(:category AS text) IS NULL OR category_code = :category)""";
		var query = jdbc.sql("SELECT category_code, priority_area_code, status, district_id,"
				+ " to_char(occurred_at AT TIME ZONE 'Europe/Stockholm', 'IYYY-\"W\"IW') AS week " + where);
		Map<String, Long> byCategory = new TreeMap<>();
		Map<String, Long> byArea = new TreeMap<>();
		Map<String, Long> byStatus = new TreeMap<>();
		Map<String, Long> byWeek = new TreeMap<>();
		Map<UUID, Long> byDistrict = new java.util.HashMap<>();
		long[] total = { 0 };
		bind(query, districts, first, last, category).query((ResultSet rs) -> {
			total[0]++;
			byCategory.merge(rs.getString("category_code"), 1L, Long::sum);
			byArea.merge(rs.getString("priority_area_code"), 1L, Long::sum);
			byStatus.merge(rs.getString("status"), 1L, Long::sum);
			byWeek.merge(rs.getString("week"), 1L, Long::sum);
			byDistrict.merge(rs.getObject("district_id", UUID.class), 1L, Long::sum);
		});
		List<String> hotspots = new ArrayList<>();
		bind(jdbc.sql("SELECT cell_x, cell_y, count(*) AS n " + where
				+ " AND cell_x IS NOT NULL GROUP BY cell_x, cell_y ORDER BY count(*) DESC, cell_y, cell_x LIMIT 10"),
				districts, first, last, category)
			.query((ResultSet rs) -> {
				hotspots.add(rs.getInt("cell_x") + "/" + rs.getInt("cell_y") + ":" + rs.getLong("n"));
			});
		return new RawOverview(total[0], byCategory, byArea, byStatus, byWeek, byDistrict, hotspots);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Collection<UUID> districts,
			LocalDate first, LocalDate last, String category) {
		return spec.param("districts", SqlArrays.uuids(districts))
			.param("from", first.atStartOfDay(ObservationSamples.STOCKHOLM).toOffsetDateTime())
			.param("to", last.plusDays(1).atStartOfDay(ObservationSamples.STOCKHOLM).toOffsetDateTime())
			.param("category", category);
	}

	/** The same figures as the overview gives them, to compare. */
	static RawOverview of(DistrictOverview.Overview overview) {
		Map<String, Long> byCategory = new TreeMap<>();
		overview.byCategory().forEach(c -> byCategory.put(c.categoryCode(), c.count()));
		Map<String, Long> byArea = new TreeMap<>();
		overview.byPriorityArea().forEach(a -> byArea.put(a.priorityAreaCode(), a.count()));
		Map<String, Long> byStatus = new TreeMap<>();
		overview.byStatus().stream().filter(s -> s.count() > 0).forEach(s -> byStatus.put(s.status(), s.count()));
		Map<String, Long> byWeek = new TreeMap<>();
		overview.byWeek().forEach(w -> byWeek.put(w.week(), w.count()));
		List<String> hotspots = overview.hotspots()
			.stream()
			.map(h -> HotspotGrid.cellX(h.lon()) + "/" + HotspotGrid.cellY(h.lat()) + ":" + h.count())
			.toList();
		return new RawOverview(overview.total(), byCategory, byArea, byStatus, byWeek, Map.of(), hotspots);
	}

	/** Without the districts, which a district overview does not break down. */
	RawOverview withoutDistricts() {
		return new RawOverview(total, byCategory, byPriorityArea, byStatus, byWeek, Map.of(), hotspots);
	}
}
