package se.samverkan.situation;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.organisation.DistrictLocator;
import se.samverkan.organisation.Location;

/**
 * A district's observations over a period: the total, by category, by priority area, by ISO week,
 * and the hotspots (the busiest ~250 m grid cells with their neighbourhood). One pass over the
 * district's rows in the period, grouped four ways at once (GROUPING SETS).
 */
@Service
public class DistrictOverview {

	static final int HOTSPOTS = 10;

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	public record Count(String key, long count) {
	}

	public record Hotspot(double lat, double lon, long count, String neighbourhood) {
	}

	public record Overview(UUID districtId, LocalDate from, LocalDate to, String categoryCode, long total,
			List<CategoryCount> byCategory, List<AreaCount> byPriorityArea, List<WeekCount> byWeek,
			List<Hotspot> hotspots) {
	}

	public record CategoryCount(String categoryCode, long count) {
	}

	public record AreaCount(String priorityAreaCode, long count) {
	}

	public record WeekCount(String week, long count) {
	}

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final DistrictLocator locator;

	private final se.samverkan.organisation.OrganisationDirectory organisation;

	DistrictOverview(JdbcClient jdbc, AccessPolicy policy, DistrictLocator locator,
			se.samverkan.organisation.OrganisationDirectory organisation) {
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.policy = policy;
		this.locator = locator;
	}

	/** {@code from} inclusive, {@code to} inclusive (whole days, Stockholm time). */
	@Transactional(readOnly = true)
	public Overview overview(Actor actor, UUID districtId, LocalDate from, LocalDate to, String categoryCode) {
		if (organisation.unit(districtId).filter(unit -> unit.type() == se.samverkan.organisation.UnitType.DISTRICT).isEmpty()) {
			throw new se.samverkan.platform.rules.NotFound("district", districtId);
		}
		policy.require(actor, Action.READ, districtId);
		return compute(districtId, from, to, categoryCode);
	}

	Overview compute(UUID districtId, LocalDate from, LocalDate to, String categoryCode) {
		List<CategoryCount> byCategory = new ArrayList<>();
		List<AreaCount> byArea = new ArrayList<>();
		List<WeekCount> byWeek = new ArrayList<>();
		List<long[]> cells = new ArrayList<>();
		long[] total = { 0 };
		// The category filter is added only when asked for, so the planner sees a plain range scan.
		String categoryFilter = categoryCode == null ? "" : " AND category_code = :category";
		var query = jdbc.sql("""
				SELECT GROUPING(category_code) AS g_category, GROUPING(priority_area_code) AS g_area,
				       GROUPING(week) AS g_week, GROUPING(cell_x, cell_y) AS g_cell,
				       category_code, priority_area_code, week, cell_x, cell_y, count(*) AS n
				FROM (SELECT category_code, priority_area_code, cell_x, cell_y,
				             (extract(isoyear FROM occurred_at AT TIME ZONE 'Europe/Stockholm') * 100
				              + extract(week FROM occurred_at AT TIME ZONE 'Europe/Stockholm'))::int AS week
				      FROM observation
				      WHERE district_id = :district AND occurred_at >= :from AND occurred_at < :to""" + categoryFilter + """
				) o
				GROUP BY GROUPING SETS ((category_code), (priority_area_code), (week), (cell_x, cell_y), ())""")
			.param("district", districtId)
			.param("from", from.atStartOfDay(STOCKHOLM).toOffsetDateTime())
			.param("to", to.plusDays(1).atStartOfDay(STOCKHOLM).toOffsetDateTime());
		if (categoryCode != null) {
			query = query.param("category", categoryCode);
		}
		query.query((ResultSet rs) -> {
				long n = rs.getLong("n");
				if (rs.getInt("g_category") == 0) {
					byCategory.add(new CategoryCount(rs.getString("category_code"), n));
				}
				else if (rs.getInt("g_area") == 0) {
					byArea.add(new AreaCount(rs.getString("priority_area_code"), n));
				}
				else if (rs.getInt("g_week") == 0) {
					int week = rs.getInt("week");
					byWeek.add(new WeekCount(String.format("%d-W%02d", week / 100, week % 100), n));
				}
				else if (rs.getInt("g_cell") == 0) {
					if (rs.getObject("cell_x") != null) {
						cells.add(new long[] { rs.getInt("cell_x"), rs.getInt("cell_y"), n });
					}
				}
				else {
					total[0] = n;
				}
			});
		byCategory.sort(Comparator.comparingLong(CategoryCount::count).reversed().thenComparing(CategoryCount::categoryCode));
		byArea.sort(Comparator.comparingLong(AreaCount::count).reversed().thenComparing(AreaCount::priorityAreaCode));
		byWeek.sort(Comparator.comparing(WeekCount::week));
		cells.sort(Comparator.comparingLong((long[] cell) -> cell[2]).reversed());
		List<Hotspot> hotspots = new ArrayList<>();
		for (long[] cell : cells.subList(0, Math.min(HOTSPOTS, cells.size()))) {
			double lat = HotspotGrid.centreLat((int) cell[1]);
			double lon = HotspotGrid.centreLon((int) cell[0]);
			String neighbourhood = locator.locate(lat, lon, to).map(Location::neighbourhood).orElse(null);
			hotspots.add(new Hotspot(round(lat), round(lon), cell[2], neighbourhood));
		}
		return new Overview(districtId, from, to, categoryCode, total[0], byCategory, byArea, byWeek, hotspots);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}
}
