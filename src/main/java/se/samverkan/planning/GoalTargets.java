package se.samverkan.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.indicator.IndicatorTargets;
import se.samverkan.platform.database.SqlArrays;

/** Tells the indicator module which goals name an indicator, with their baselines and targets. */
@Component
class GoalTargets implements IndicatorTargets {

	private final JdbcClient jdbc;

	GoalTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Target> targetsFor(Collection<UUID> indicatorIds) {
		if (indicatorIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT g.id, g.title, p.id AS plan_id, p.year, p.district_id, g.indicator_id, g.baseline_value,
				       g.baseline_period, g.target_value, g.target_date
				FROM goal g JOIN action_plan p ON p.id = g.plan_id
				WHERE g.indicator_id = ANY(:ids) ORDER BY p.year, g.ordinal""")
			.param("ids", SqlArrays.uuids(indicatorIds))
			.query((rs, row) -> new Target(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getObject("plan_id", UUID.class), rs.getInt("year"), rs.getObject("district_id", UUID.class),
					rs.getObject("indicator_id", UUID.class), rs.getBigDecimal("baseline_value"),
					rs.getString("baseline_period"), rs.getBigDecimal("target_value"),
					rs.getObject("target_date", LocalDate.class)))
			.list();
	}

}
