package se.samverkan.situation;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.platform.database.SqlArrays;
import se.samverkan.situation.CalendarSlices.Grain;
import se.samverkan.situation.CalendarSlices.Slice;

/**
 * Reads observation counts from the aggregates (V60): a period is cut into whole weeks, months and
 * years read from the aggregate tables and a few edge days (see {@link CalendarSlices}), so the cost
 * depends on the length of the period, not on the number of observations in it.
 */
@Repository
class ObservationCounts {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** Every observation in the period is in {@code total} and in each of the other breakdowns once. */
	record Tally(long total, Map<UUID, Long> byDistrict, Map<String, Long> byCategory, Map<String, Long> byPriorityArea,
			Map<String, Long> byStatus, Map<LocalDate, Long> byWeek, Map<String, Map<String, Long>> categoriesByArea,
			Map<UUID, Map<String, Long>> areasByDistrict) {

		long area(String priorityAreaCode) {
			return byPriorityArea.getOrDefault(priorityAreaCode, 0L);
		}
	}

	record Cell(int x, int y, long count) {
	}

	private final JdbcClient jdbc;

	ObservationCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The observations of the districts from {@code first} to {@code last} (whole days), of one category or all. */
	Tally tally(Collection<UUID> districts, LocalDate first, LocalDate last, String categoryCode) {
		Query query = new Query(districts, categoryCode);
		String rows = query.counts(CalendarSlices.forCounts(first, last),
				"district_id, category_code, priority_area_code, status");
		Map<UUID, Long> byDistrict = new HashMap<>();
		Map<String, Long> byCategory = new HashMap<>();
		Map<String, Long> byArea = new HashMap<>();
		Map<String, Long> byStatus = new HashMap<>();
		Map<LocalDate, Long> byWeek = new HashMap<>();
		Map<String, Map<String, Long>> categoriesByArea = new HashMap<>();
		Map<UUID, Map<String, Long>> areasByDistrict = new HashMap<>();
		long[] total = { 0 };
		if (rows.isEmpty()) {
			return new Tally(0, byDistrict, byCategory, byArea, byStatus, byWeek, categoriesByArea, areasByDistrict);
		}
		// Four groupings are enough: districts and priority areas add up from the first, categories from the second.
		jdbc.sql("""
				SELECT GROUPING(district_id) AS g_district, GROUPING(category_code) AS g_category, GROUPING(status) AS g_status,
				       district_id, category_code, priority_area_code, status, week, sum(n) AS n
				FROM (""" + rows + """
				) c
				GROUP BY GROUPING SETS ((district_id, priority_area_code), (category_code, priority_area_code), (status), (week))""")
			.params(query.params)
			.query((ResultSet rs) -> {
				long n = rs.getLong("n");
				if (rs.getInt("g_district") == 0) {
					UUID district = rs.getObject("district_id", UUID.class);
					String area = rs.getString("priority_area_code");
					areasByDistrict.computeIfAbsent(district, id -> new HashMap<>()).put(area, n);
					byDistrict.merge(district, n, Long::sum);
					byArea.merge(area, n, Long::sum);
					total[0] += n;
				}
				else if (rs.getInt("g_category") == 0) {
					byCategory.merge(rs.getString("category_code"), n, Long::sum);
					categoriesByArea.computeIfAbsent(rs.getString("priority_area_code"), code -> new HashMap<>())
						.put(rs.getString("category_code"), n);
				}
				else if (rs.getInt("g_status") == 0) {
					byStatus.put(rs.getString("status"), n);
				}
				else {
					byWeek.put(rs.getObject("week", LocalDate.class), n);
				}
			});
		return new Tally(total[0], byDistrict, byCategory, byArea, byStatus, byWeek, categoriesByArea, areasByDistrict);
	}

	/** Only the count per district, for the period compared with. */
	Map<UUID, Long> byDistrict(Collection<UUID> districts, LocalDate first, LocalDate last, String categoryCode) {
		Query query = new Query(districts, categoryCode);
		String rows = query.counts(CalendarSlices.forCounts(first, last), "district_id");
		Map<UUID, Long> counts = new HashMap<>();
		if (!rows.isEmpty()) {
			jdbc.sql("SELECT district_id, sum(n) AS n FROM (" + rows + ") c GROUP BY district_id")
				.params(query.params)
				.query((ResultSet rs) -> {
					counts.put(rs.getObject("district_id", UUID.class), rs.getLong("n"));
				});
		}
		return counts;
	}

	/** The busiest hotspot cells of the districts in the period, most observations first. */
	List<Cell> busiestCells(Collection<UUID> districts, LocalDate first, LocalDate last, String categoryCode, int limit,
			LocalDate today) {
		Query query = new Query(districts, categoryCode);
		List<String> parts = new ArrayList<>();
		for (Slice slice : CalendarSlices.forCells(first, last, today)) {
			parts.add(query.cells(slice));
		}
		List<Cell> cells = new ArrayList<>();
		if (parts.isEmpty()) {
			return cells;
		}
		query.params.put("limit", limit);
		jdbc.sql("SELECT cell_x, cell_y, sum(n) AS n FROM (" + String.join("\nUNION ALL ", parts) + """
				) c
				GROUP BY cell_x, cell_y HAVING sum(n) > 0 ORDER BY sum(n) DESC, cell_y, cell_x LIMIT :limit""")
			.params(query.params)
			.query((ResultSet rs) -> {
				cells.add(new Cell(rs.getInt("cell_x"), rs.getInt("cell_y"), rs.getLong("n")));
			});
		return cells;
	}

	/** Builds the union of slices with numbered parameters. */
	private static final class Query {

		private final Map<String, Object> params = new LinkedHashMap<>();

		private final String filter;

		private int next;

		Query(Collection<UUID> districts, String categoryCode) {
			params.put("districts", SqlArrays.uuids(districts));
			params.put("cellCategory", categoryCode == null ? "*" : categoryCode);
			if (categoryCode != null) {
				params.put("category", categoryCode);
			}
			filter = " AND district_id = ANY(:districts)" + (categoryCode == null ? "" : " AND category_code = :category");
		}

		/** The count rows of the slices with a {@code week} column, or "" when there are none. */
		String counts(List<Slice> slices, String columns) {
			List<String> parts = new ArrayList<>();
			for (Slice slice : slices) {
				String range = range(slice.from(), slice.to());
				if (slice.grain() == Grain.WEEK) {
					parts.add("SELECT " + columns + ", period_start AS week, n FROM observation_count WHERE grain = 'W'"
							+ range + filter);
				}
				else {
					parts.add("SELECT " + columns + ", date_trunc('week', period_start::timestamp)::date AS week, n"
							+ " FROM observation_count WHERE grain = 'D'" + range + filter);
				}
			}
			return String.join("\nUNION ALL ", parts);
		}

		String cells(Slice slice) {
			String sign = slice.sign() < 0 ? "-" : "";
			if (slice.grain() == Grain.RAW) {
				String from = param(startOf(slice.from()));
				String to = param(startOf(slice.to()));
				return "SELECT cell_x, cell_y, " + sign + "1::bigint AS n FROM observation WHERE occurred_at >= :" + from
						+ " AND occurred_at < :" + to + " AND cell_x IS NOT NULL AND cell_y IS NOT NULL" + filter;
			}
			String grain = slice.grain() == Grain.YEAR ? "Y" : "M";
			return "SELECT cell_x, cell_y, " + sign + "n AS n FROM observation_cell_count WHERE grain = '" + grain
					+ "' AND category_code = :cellCategory" + range(slice.from(), slice.to())
					+ " AND district_id = ANY(:districts)";
		}

		private String range(LocalDate from, LocalDate to) {
			return " AND period_start >= :" + param(from) + " AND period_start < :" + param(to);
		}

		private String param(Object value) {
			String name = "p" + next++;
			params.put(name, value);
			return name;
		}

		private static OffsetDateTime startOf(LocalDate day) {
			return day.atStartOfDay(STOCKHOLM).toOffsetDateTime();
		}
	}
}
