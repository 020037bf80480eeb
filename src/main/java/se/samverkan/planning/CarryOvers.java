package se.samverkan.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.platform.database.SqlArrays;

/**
 * Which activities were carried over into a later plan, and which goals were copied with them. An
 * activity is carried at most once; its copy points back to it.
 */
@Repository
public class CarryOvers {

	private final JdbcClient jdbc;

	CarryOvers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A late activity as the reminders see it: its plan's district (null: city-wide) and end date. */
	public record LateActivity(UUID activityId, UUID planId, UUID districtId, String title, LocalDate endDate) {
	}

	void record(UUID from, UUID to, String username) {
		jdbc.sql("INSERT INTO activity_carry_over (from_activity_id, to_activity_id, carried_by) VALUES (?, ?, ?)")
			.params(from, to, username)
			.update();
	}

	Optional<UUID> copiedGoal(UUID fromGoal) {
		return jdbc.sql("SELECT to_goal_id FROM goal_carry_over WHERE from_goal_id = ?")
			.params(fromGoal)
			.query(UUID.class)
			.optional();
	}

	void recordGoal(UUID from, UUID to) {
		jdbc.sql("INSERT INTO goal_carry_over (from_goal_id, to_goal_id) VALUES (?, ?)").params(from, to).update();
	}

	/** For each of the activities that was carried over: the activity it became. */
	public Map<UUID, UUID> carriedTo(Collection<UUID> activityIds) {
		return pairs("SELECT from_activity_id, to_activity_id FROM activity_carry_over WHERE from_activity_id = ANY(:ids)",
				activityIds);
	}

	/** For each of the activities that is a carried-over copy: the activity it continues. */
	public Map<UUID, UUID> carriedFrom(Collection<UUID> activityIds) {
		return pairs("SELECT to_activity_id, from_activity_id FROM activity_carry_over WHERE to_activity_id = ANY(:ids)",
				activityIds);
	}

	/** Activities past their end date and neither done nor cancelled, in plans of any year. */
	public List<LateActivity> late(LocalDate today) {
		return jdbc.sql("""
				SELECT a.id, a.plan_id, p.district_id, a.title, a.end_date
				FROM activity a JOIN action_plan p ON p.id = a.plan_id
				WHERE a.end_date < :today AND a.status NOT IN ('DONE', 'CANCELLED')
				  AND NOT EXISTS (SELECT 1 FROM activity_carry_over c WHERE c.from_activity_id = a.id)
				ORDER BY a.end_date""")
			.param("today", today)
			.query((rs, n) -> new LateActivity(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, LocalDate.class)))
			.list();
	}

	private Map<UUID, UUID> pairs(String sql, Collection<UUID> ids) {
		Map<UUID, UUID> pairs = new HashMap<>();
		if (ids.isEmpty()) {
			return pairs;
		}
		jdbc.sql(sql).param("ids", SqlArrays.uuids(ids)).query((java.sql.ResultSet rs) -> {
			pairs.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
		});
		return pairs;
	}
}
