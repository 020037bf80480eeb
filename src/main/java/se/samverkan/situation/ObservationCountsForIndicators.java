package se.samverkan.situation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.indicator.ObservationCounts;
import se.samverkan.platform.database.SqlArrays;

/**
 * Gives the indicator module the counts of observations per category, district and month, read
 * when an indicator's values are asked for, so a counted indicator is never behind the
 * observations. One grouped query over the overview index (district and time, with the category
 * included), per request.
 */
@Component
public class ObservationCountsForIndicators implements ObservationCounts {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final ObservationCategories categories;

	private final JdbcClient jdbc;

	ObservationCountsForIndicators(ObservationCategories categories, JdbcClient jdbc) {
		this.categories = categories;
		this.jdbc = jdbc;
	}

	@Override
	public List<Category> categories() {
		return categories.all().stream().map(c -> new Category(c.code(), c.name(), c.priorityAreaCode())).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<MonthlyCount> monthly(Collection<String> categoryCodes, Collection<UUID> districtIds, LocalDate from,
			LocalDate to) {
		if (categoryCodes.isEmpty() || (districtIds != null && districtIds.isEmpty())) {
			return List.of();
		}
		String districtFilter = districtIds == null ? "" : " AND district_id = ANY(:districts)";
		var query = jdbc.sql("""
				SELECT category_code, district_id,
				       CAST(date_trunc('month', occurred_at AT TIME ZONE 'Europe/Stockholm') AS date) AS month, count(*) AS n
				FROM observation
				WHERE category_code = ANY(:categories) AND occurred_at >= :from AND occurred_at < :to""" + districtFilter + """

				GROUP BY 1, 2, 3""")
			.param("categories", new org.springframework.jdbc.support.SqlArrayValue("varchar", categoryCodes.toArray()))
			.param("from", from.atStartOfDay(STOCKHOLM).toOffsetDateTime())
			.param("to", to.plusDays(1).atStartOfDay(STOCKHOLM).toOffsetDateTime());
		if (districtIds != null) {
			query = query.param("districts", SqlArrays.uuids(districtIds));
		}
		return query.query((rs, row) -> new MonthlyCount(rs.getString("category_code"),
				rs.getObject("district_id", UUID.class), YearMonth.from(rs.getObject("month", LocalDate.class)),
				rs.getLong("n"))).list();
	}
}
