package se.samverkan.planning;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.platform.database.SqlArrays;

/** Activities with their links, saved revisions and progress updates. */
@Repository
public class Activities {

	private static final String SELECT = """
			SELECT id, plan_id, title, what, how, follow_up_method, responsible_party, responsible_unit_id,
			       responsible_person, participants, milestones, start_date, end_date, prevention_level, prevention_type,
			       horizon, target_count, done_count, status, signal, ordinal, updated_by, updated_at, version,
			       focus_area_id
			FROM activity
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Activities(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** One saved version of an activity: who saved it and what it then said. */
	public record Revision(int version, String username, OffsetDateTime savedAt, Map<String, Object> fields) {
	}

	private record Row(UUID id, UUID planId, String title, String what, String how, String followUpMethod,
			ResponsibleParty responsibleParty, UUID responsibleUnitId, String responsiblePerson, String participants,
			String milestones, LocalDate startDate, LocalDate endDate, PreventionLevel preventionLevel,
			PreventionType preventionType, Horizon horizon, Integer targetCount, int doneCount, ActivityStatus status,
			Signal signal, int ordinal, String updatedBy, OffsetDateTime updatedAt, int version, UUID focusAreaId) {
	}

	/** Hand-written rather than reflective: a plan's page reads hundreds of these rows. */
	private static final org.springframework.jdbc.core.RowMapper<Row> ROW = (rs, n) -> new Row(
			rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getString("title"),
			rs.getString("what"), rs.getString("how"), rs.getString("follow_up_method"),
			ResponsibleParty.valueOf(rs.getString("responsible_party")), rs.getObject("responsible_unit_id", UUID.class),
			rs.getString("responsible_person"), rs.getString("participants"), rs.getString("milestones"),
			rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
			PreventionLevel.valueOf(rs.getString("prevention_level")),
			PreventionType.valueOf(rs.getString("prevention_type")), Horizon.valueOf(rs.getString("horizon")),
			rs.getObject("target_count", Integer.class), rs.getInt("done_count"),
			ActivityStatus.valueOf(rs.getString("status")),
			rs.getString("signal") == null ? null : Signal.valueOf(rs.getString("signal")), rs.getInt("ordinal"),
			rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"),
			rs.getObject("focus_area_id", UUID.class));

	public Optional<Activity> byId(UUID id) {
		return load(jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ROW).list()).stream().findFirst();
	}

	/** A plan's activities by start date, then the order they were added. */
	public List<Activity> ofPlan(UUID planId) {
		return load(jdbc.sql(SELECT + " WHERE plan_id = :plan ORDER BY start_date, ordinal")
			.param("plan", planId)
			.query(ROW)
			.list());
	}

	public int nextOrdinal(UUID planId) {
		return jdbc.sql("SELECT COALESCE(MAX(ordinal), -1) + 1 FROM activity WHERE plan_id = :plan")
			.param("plan", planId)
			.query(Integer.class)
			.single();
	}

	public void insert(Activity activity, String username) {
		ActivityContent c = activity.content();
		jdbc.sql("""
				INSERT INTO activity (id, plan_id, title, what, how, follow_up_method, responsible_party,
				       responsible_unit_id, responsible_person, participants, milestones, start_date, end_date,
				       prevention_level, prevention_type, horizon, target_count, done_count, status, ordinal, updated_by,
				       focus_area_id)
				VALUES (:id, :plan, :title, :what, :how, :followUp, :party, :unit, :person, :participants, :milestones,
				        :start, :end, :level, :type, :horizon, :target, 0, :status, :ordinal, :username, :focus)""")
			.params(contentParams(c))
			.param("id", activity.id())
			.param("plan", activity.planId())
			.param("status", activity.status().name())
			.param("ordinal", activity.ordinal())
			.param("username", username)
			.update();
		writeLinks(activity);
		recordRevision(activity.id(), 0, username, c);
	}

	/**
	 * Saves the revised content if the activity is still at {@code activity.version()}; false when
	 * someone else saved first (nothing is written then).
	 */
	public boolean update(Activity activity, String username) {
		ActivityContent c = activity.content();
		int updated = jdbc.sql("""
				UPDATE activity SET title = :title, what = :what, how = :how, follow_up_method = :followUp,
				       responsible_party = :party, responsible_unit_id = :unit, responsible_person = :person,
				       participants = :participants, milestones = :milestones, start_date = :start, end_date = :end,
				       prevention_level = :level, prevention_type = :type, horizon = :horizon, target_count = :target,
				       focus_area_id = :focus, updated_by = :username, updated_at = now(), version = version + 1
				WHERE id = :id AND version = :version""")
			.params(contentParams(c))
			.param("username", username)
			.param("id", activity.id())
			.param("version", activity.version())
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("DELETE FROM activity_priority_area WHERE activity_id = ?").params(activity.id()).update();
		jdbc.sql("DELETE FROM activity_cause WHERE activity_id = ?").params(activity.id()).update();
		jdbc.sql("DELETE FROM activity_goal WHERE activity_id = ?").params(activity.id()).update();
		jdbc.sql("DELETE FROM activity_steering_goal WHERE activity_id = ?").params(activity.id()).update();
		jdbc.sql("DELETE FROM activity_partner WHERE activity_id = ?").params(activity.id()).update();
		writeLinks(activity);
		recordRevision(activity.id(), activity.version() + 1, username, c);
		return true;
	}

	/** Removes an activity with its links, progress updates and revisions. */
	public void delete(UUID id) {
		jdbc.sql("DELETE FROM activity WHERE id = :id").param("id", id).update();
	}

	/** The titles of the activities that contribute to a goal, alphabetically. */
	public List<String> contributingTo(UUID goalId) {
		return jdbc.sql("""
				SELECT a.title FROM activity_goal ag JOIN activity a ON a.id = ag.activity_id
				WHERE ag.goal_id = :goal ORDER BY a.title""").param("goal", goalId).query(String.class).list();
	}

	/** Stores the update and the activity's new status, signal and count; the content's version stays. */
	public void recordProgress(Activity activity, ProgressUpdate update) {
		jdbc.sql("UPDATE activity SET status = ?, signal = ?, done_count = ? WHERE id = ?")
			.params(activity.status().name(), activity.signal() == null ? null : activity.signal().name(),
					activity.doneCount(), activity.id())
			.update();
		jdbc.sql("""
				INSERT INTO progress_update (id, activity_id, date, status, signal, note, done_count, username)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(update.id(), update.activityId(), update.date(), update.status().name(), update.signal().name(),
					update.note(), update.doneCount(), update.username())
			.update();
	}

	/** Newest first. */
	public List<ProgressUpdate> updates(UUID activityId) {
		return jdbc.sql("""
				SELECT id, activity_id, date, status, signal, note, done_count, username, created_at
				FROM progress_update WHERE activity_id = :id ORDER BY date DESC, created_at DESC""")
			.param("id", activityId)
			.query(ProgressUpdate.class)
			.list();
	}

	public Optional<Revision> revision(UUID activityId, int version) {
		return jdbc.sql("""
				SELECT version, username, saved_at, snapshot::text FROM activity_revision
				WHERE activity_id = :id AND version = :version""")
			.param("id", activityId)
			.param("version", version)
			.query((rs, n) -> new Revision(rs.getInt(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
					json.readValue(rs.getString(4), new TypeReference<LinkedHashMap<String, Object>>() {
					})))
			.optional();
	}

	private void recordRevision(UUID activityId, int version, String username, ActivityContent content) {
		jdbc.sql("""
				INSERT INTO activity_revision (activity_id, version, username, snapshot)
				VALUES (?, ?, ?, CAST(? AS jsonb))""")
			.params(activityId, version, username, json.writeValueAsString(content.fields()))
			.update();
	}

	private static Map<String, Object> contentParams(ActivityContent c) {
		Map<String, Object> params = new HashMap<>();
		params.put("title", c.title());
		params.put("what", c.what());
		params.put("how", c.how());
		params.put("followUp", c.followUpMethod());
		params.put("party", c.responsibleParty().name());
		params.put("unit", c.responsibleUnitId());
		params.put("person", c.responsiblePerson());
		params.put("participants", c.participants());
		params.put("milestones", c.milestones());
		params.put("start", c.startDate());
		params.put("end", c.endDate());
		params.put("level", c.preventionLevel().name());
		params.put("type", c.preventionType().name());
		params.put("horizon", c.horizon().name());
		params.put("target", c.targetCount());
		params.put("focus", c.focusAreaId());
		return params;
	}

	private void writeLinks(Activity activity) {
		for (UUID area : activity.content().priorityAreaIds()) {
			jdbc.sql("INSERT INTO activity_priority_area (activity_id, priority_area_id) VALUES (?, ?)")
				.params(activity.id(), area)
				.update();
		}
		for (UUID cause : activity.content().causeIds()) {
			jdbc.sql("INSERT INTO activity_cause (activity_id, cause_id) VALUES (?, ?)").params(activity.id(), cause).update();
		}
		for (UUID goal : activity.content().goalIds()) {
			jdbc.sql("INSERT INTO activity_goal (activity_id, goal_id) VALUES (?, ?)").params(activity.id(), goal).update();
		}
		for (UUID goal : activity.content().steeringDocumentGoalIds()) {
			jdbc.sql("INSERT INTO activity_steering_goal (activity_id, steering_goal_id) VALUES (?, ?)")
				.params(activity.id(), goal)
				.update();
		}
		for (UUID partner : activity.content().partnerIds()) {
			jdbc.sql("INSERT INTO activity_partner (activity_id, partner_id) VALUES (?, ?)")
				.params(activity.id(), partner)
				.update();
		}
	}

	private List<Activity> load(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = SqlArrays.uuids(rows.stream().map(Row::id).toList());
		Map<UUID, List<UUID>> areas = links("SELECT activity_id, priority_area_id FROM activity_priority_area WHERE activity_id = ANY(:ids)", ids);
		Map<UUID, List<UUID>> causes = links("SELECT activity_id, cause_id FROM activity_cause WHERE activity_id = ANY(:ids)", ids);
		Map<UUID, List<UUID>> goals = links("SELECT activity_id, goal_id FROM activity_goal WHERE activity_id = ANY(:ids)", ids);
		Map<UUID, List<UUID>> steering = links(
				"SELECT activity_id, steering_goal_id FROM activity_steering_goal WHERE activity_id = ANY(:ids)", ids);
		Map<UUID, List<UUID>> partners = links(
				"SELECT activity_id, partner_id FROM activity_partner WHERE activity_id = ANY(:ids)", ids);
		List<Activity> activities = new ArrayList<>(rows.size());
		for (Row r : rows) {
			ActivityContent content = new ActivityContent(r.title(), r.what(), r.how(), r.followUpMethod(),
					r.responsibleParty(), r.responsibleUnitId(), r.responsiblePerson(), r.participants(), r.milestones(),
					r.startDate(), r.endDate(), areas.getOrDefault(r.id(), List.of()), causes.getOrDefault(r.id(), List.of()),
					goals.getOrDefault(r.id(), List.of()), r.preventionLevel(), r.preventionType(), r.horizon(),
					r.targetCount(), r.focusAreaId(), steering.getOrDefault(r.id(), List.of()),
					partners.getOrDefault(r.id(), List.of()));
			activities.add(new Activity(r.id(), r.planId(), content, r.status(), r.signal(), r.doneCount(), r.ordinal(),
					r.updatedBy(), r.updatedAt(), r.version()));
		}
		return activities;
	}

	private Map<UUID, List<UUID>> links(String sql, Object ids) {
		Map<UUID, List<UUID>> links = new HashMap<>();
		jdbc.sql(sql).param("ids", ids).query((ResultSet rs) -> {
			links.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
		});
		return links;
	}
}
