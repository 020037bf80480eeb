package se.samverkan.planning;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.platform.database.SqlArrays;
import se.samverkan.platform.rules.RuleViolation;
import se.samverkan.platform.rules.VersionConflict;

/** Action plans and their goals. */
@Repository
public class ActionPlans {

	private static final String SELECT = """
			SELECT id, scope, district_id, year, status, established_at, established_by, version FROM action_plan
			""";

	private final JdbcClient jdbc;

	ActionPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(UUID id, PlanScope scope, UUID districtId, int year, PlanStatus status,
			OffsetDateTime establishedAt, String establishedBy, int version) {

		ActionPlan plan() {
			return new ActionPlan(id, scope, districtId, year, status, establishedAt, establishedBy, version);
		}
	}

	public Optional<ActionPlan> byId(UUID id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Row.class).optional().map(Row::plan);
	}

	/**
	 * Newest year first, the city-wide plan before the districts'. {@code districtIds} null means
	 * every district; city-wide plans are listed for everyone who reads.
	 */
	public List<ActionPlan> find(Integer year, UUID districtId, Set<UUID> districtIds) {
		StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (year != null) {
			sql.append(" AND year = :year");
			params.put("year", year);
		}
		if (districtId != null) {
			sql.append(" AND district_id = :district");
			params.put("district", districtId);
		}
		if (districtIds != null) {
			sql.append(" AND (scope = 'CITY_WIDE' OR district_id = ANY(:districts))");
			params.put("districts", SqlArrays.uuids(districtIds));
		}
		sql.append(" ORDER BY year DESC, scope DESC, district_id");
		return jdbc.sql(sql.toString()).params(params).query(Row.class).list().stream().map(Row::plan).toList();
	}

	public Optional<ActionPlan> localPlan(UUID districtId, int year) {
		return jdbc.sql(SELECT + " WHERE scope = 'LOCAL' AND district_id = :district AND year = :year")
			.param("district", districtId)
			.param("year", year)
			.query(Row.class)
			.optional()
			.map(Row::plan);
	}

	/** Refuses a second plan for the same scope, district and year (409). */
	public void insert(ActionPlan plan) {
		try {
			jdbc.sql("""
					INSERT INTO action_plan (id, scope, district_id, year, status)
					VALUES (:id, :scope, :district, :year, :status)""")
				.param("id", plan.id())
				.param("scope", plan.scope().name())
				.param("district", plan.districtId())
				.param("year", plan.year())
				.param("status", plan.status().name())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("planning.rule.plan-exists");
		}
	}

	public void update(ActionPlan plan) {
		int updated = jdbc.sql("""
				UPDATE action_plan SET status = :status, established_at = :at, established_by = :by, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", plan.status().name())
			.param("at", plan.establishedAt())
			.param("by", plan.establishedBy())
			.param("id", plan.id())
			.param("version", plan.version())
			.update();
		if (updated == 0) {
			throw new VersionConflict("planen");
		}
	}

	/** Bumps the plan's version, so a concurrent establish and structural change cannot both win. */
	/**
	 * Locks the plan's row until the transaction ends, so that adding to a plan and establishing
	 * it cannot interleave (an activity slipping into a plan as it is established).
	 */
	public void lock(UUID planId) {
		jdbc.sql("SELECT id FROM action_plan WHERE id = :id FOR UPDATE").param("id", planId).query().listOfRows();
	}

	public void touch(ActionPlan plan) {
		update(plan);
	}

	public List<Goal> goals(UUID planId) {
		return jdbc.sql("""
				SELECT id, plan_id, title, indicator_id, baseline_value, baseline_period, target_value, target_date, ordinal,
				       priority_area_id, target_text, version
				FROM goal WHERE plan_id = :plan ORDER BY ordinal""").param("plan", planId).query(Goal.class).list();
	}

	public List<Goal> goalsByIds(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT id, plan_id, title, indicator_id, baseline_value, baseline_period, target_value, target_date, ordinal,
				       priority_area_id, target_text, version
				FROM goal WHERE id = ANY(:ids) ORDER BY ordinal""").param("ids", SqlArrays.uuids(ids)).query(Goal.class).list();
	}

	public void insertGoal(Goal goal) {
		jdbc.sql("""
				INSERT INTO goal (id, plan_id, title, indicator_id, baseline_value, baseline_period, target_value,
				                  target_date, ordinal, priority_area_id, target_text)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(ordinal), -1) + 1 FROM goal WHERE plan_id = ?), ?, ?)""")
			.params(goal.id(), goal.planId(), goal.title(), goal.indicatorId(), goal.baselineValue(),
					goal.baselinePeriod(), goal.targetValue(), goal.targetDate(), goal.planId(), goal.priorityAreaId(),
					goal.targetText())
			.update();
	}

	/**
	 * Writes a corrected goal if it is still at {@code goal.version()}; false when someone else saved
	 * first (nothing is written then). Its plan, place in the list and version otherwise stay.
	 */
	public boolean updateGoal(Goal goal) {
		return jdbc.sql("""
				UPDATE goal SET title = :title, indicator_id = :indicator, baseline_value = :baselineValue,
				       baseline_period = :baselinePeriod, target_value = :targetValue, target_date = :targetDate,
				       priority_area_id = :area, target_text = :targetText, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("title", goal.title())
			.param("indicator", goal.indicatorId())
			.param("baselineValue", goal.baselineValue())
			.param("baselinePeriod", goal.baselinePeriod())
			.param("targetValue", goal.targetValue())
			.param("targetDate", goal.targetDate())
			.param("area", goal.priorityAreaId())
			.param("targetText", goal.targetText())
			.param("id", goal.id())
			.param("version", goal.version())
			.update() == 1;
	}

	/** Removes a goal with its assessments and links to steering documents' goals. */
	public void deleteGoal(UUID id) {
		jdbc.sql("DELETE FROM goal WHERE id = :id").param("id", id).update();
	}

	public java.util.Optional<Goal> goal(UUID id) {
		return goalsByIds(List.of(id)).stream().findFirst();
	}

	/** The assessments of these goals, oldest first per goal. */
	public Map<UUID, List<GoalAssessment>> assessments(java.util.Collection<UUID> goalIds) {
		Map<UUID, List<GoalAssessment>> byGoal = new HashMap<>();
		if (goalIds.isEmpty()) {
			return byGoal;
		}
		jdbc.sql("""
				SELECT id, goal_id, date, result, comment, username, created_at FROM goal_assessment
				WHERE goal_id = ANY(:ids) ORDER BY date, created_at""")
			.param("ids", SqlArrays.uuids(goalIds))
			.query(GoalAssessment.class)
			.list()
			.forEach(assessment -> byGoal.computeIfAbsent(assessment.goalId(), id -> new java.util.ArrayList<>())
				.add(assessment));
		return byGoal;
	}

	public void insertAssessment(GoalAssessment assessment) {
		jdbc.sql("""
				INSERT INTO goal_assessment (id, goal_id, date, result, comment, username, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(assessment.id(), assessment.goalId(), assessment.date(), assessment.result().name(),
					assessment.comment(), assessment.username(), assessment.createdAt())
			.update();
	}

	/** What links to the goals of steering documents: a plan, or a plan's goal (each with its own table). */
	public enum SteeringLink {
		PLAN("plan_steering_goal", "plan_id"), GOAL("goal_steering_goal", "goal_id");

		private final String table;

		private final String column;

		SteeringLink(String table, String column) {
			this.table = table;
			this.column = column;
		}
	}

	/** The steering documents' goals linked to each of these plans or goals. */
	public Map<UUID, List<UUID>> steeringGoals(SteeringLink link, java.util.Collection<UUID> ids) {
		Map<UUID, List<UUID>> links = new HashMap<>();
		if (ids.isEmpty()) {
			return links;
		}
		jdbc.sql("SELECT " + link.column + ", steering_goal_id FROM " + link.table + " WHERE " + link.column + " = ANY(:ids)")
			.param("ids", SqlArrays.uuids(ids))
			.query((java.sql.ResultSet rs) -> {
				links.computeIfAbsent(rs.getObject(1, UUID.class), key -> new java.util.ArrayList<>())
					.add(rs.getObject(2, UUID.class));
			});
		return links;
	}

	public void linkSteeringGoals(SteeringLink link, UUID id, List<UUID> goals) {
		jdbc.sql("DELETE FROM " + link.table + " WHERE " + link.column + " = :id").param("id", id).update();
		for (UUID goal : goals) {
			jdbc.sql("INSERT INTO " + link.table + " (" + link.column + ", steering_goal_id) VALUES (?, ?)")
				.params(id, goal)
				.update();
		}
	}

	/** One link of a plan, goal or activity to a steering document's goal, with what it links. */
	public record SteeringLinkRow(UUID steeringGoalId, String kind, UUID id, String title, UUID planId, UUID districtId,
			int year, String status) {
	}

	/**
	 * The plans, goals and activities linked to these steering documents' goals, in plans of the year
	 * (null: every year) that are city-wide or of these districts (null: every district).
	 */
	public List<SteeringLinkRow> linkedTo(java.util.Collection<UUID> steeringGoalIds, Integer year, Set<UUID> districts) {
		if (steeringGoalIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT l.steering_goal_id, 'PLAN' AS kind, p.id, CAST(p.year AS text) AS title, p.id AS plan_id,
				       p.district_id, p.year, p.status
				FROM plan_steering_goal l JOIN action_plan p ON p.id = l.plan_id
				WHERE l.steering_goal_id = ANY(:goals)
				  AND (CAST(:year AS int) IS NULL OR p.year = :year)
				  AND (CAST(:all AS boolean) OR p.district_id IS NULL OR p.district_id = ANY(:districts))
				UNION ALL
				SELECT l.steering_goal_id, 'GOAL', g.id, g.title, p.id, p.district_id, p.year, p.status
				FROM goal_steering_goal l JOIN goal g ON g.id = l.goal_id JOIN action_plan p ON p.id = g.plan_id
				WHERE l.steering_goal_id = ANY(:goals)
				  AND (CAST(:year AS int) IS NULL OR p.year = :year)
				  AND (CAST(:all AS boolean) OR p.district_id IS NULL OR p.district_id = ANY(:districts))
				UNION ALL
				SELECT l.steering_goal_id, 'ACTIVITY', a.id, a.title, p.id, p.district_id, p.year, a.status
				FROM activity_steering_goal l JOIN activity a ON a.id = l.activity_id JOIN action_plan p ON p.id = a.plan_id
				WHERE l.steering_goal_id = ANY(:goals)
				  AND (CAST(:year AS int) IS NULL OR p.year = :year)
				  AND (CAST(:all AS boolean) OR p.district_id IS NULL OR p.district_id = ANY(:districts))
				ORDER BY year DESC, title""")
			.param("goals", SqlArrays.uuids(steeringGoalIds))
			.param("year", year)
			.param("all", districts == null)
			.param("districts", SqlArrays.uuids(districts == null ? Set.of() : districts))
			.query(SteeringLinkRow.class)
			.list();
	}

	/** The priority areas the plan leaves without activities or goals, with the reason why. */
	public List<se.samverkan.agreement.NotAddressed> notAddressed(UUID planId) {
		return jdbc.sql("SELECT priority_area_id, reason FROM plan_area_not_addressed WHERE plan_id = :plan")
			.param("plan", planId)
			.query(se.samverkan.agreement.NotAddressed.class)
			.list();
	}

	public void replaceNotAddressed(UUID planId, List<se.samverkan.agreement.NotAddressed> reasons) {
		jdbc.sql("DELETE FROM plan_area_not_addressed WHERE plan_id = :plan").param("plan", planId).update();
		for (var reason : reasons) {
			jdbc.sql("INSERT INTO plan_area_not_addressed (plan_id, priority_area_id, reason) VALUES (?, ?, ?)")
				.params(planId, reason.priorityAreaId(), reason.reason())
				.update();
		}
	}
}
