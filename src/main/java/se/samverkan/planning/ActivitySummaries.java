package se.samverkan.planning;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.platform.database.SqlArrays;

/**
 * Activities by title and status only, for other modules: joint communication links to them, and
 * the public pages say what is being done in each district. Nothing here names a person (no
 * responsible person, no participants). Callers decide who may see which: {@link #byIds} returns
 * activities of draft plans too, {@link #latestEstablished} only an established plan's.
 */
@Service
public class ActivitySummaries {

	/** An activity as others may show it: its title and status, and where it belongs. */
	public record ActivitySummary(UUID id, String title, ActivityStatus status, UUID planId, PlanScope planScope,
			UUID districtId, int year, PlanStatus planStatus, List<UUID> priorityAreaIds, OffsetDateTime updatedAt) {
	}

	/** A plan (established, where asked for) and its activities in the plan's order; {@code establishedAt} null for a draft. */
	public record PlanActivities(UUID planId, PlanScope scope, UUID districtId, int year, OffsetDateTime establishedAt,
			List<ActivitySummary> activities) {

		/** The latest change: establishing the plan or the newest progress or edit of an activity. */
		public OffsetDateTime lastChanged() {
			OffsetDateTime latest = establishedAt;
			for (ActivitySummary activity : activities) {
				if (latest == null || activity.updatedAt().isAfter(latest)) {
					latest = activity.updatedAt();
				}
			}
			return latest;
		}
	}

	private static final String SELECT = """
			SELECT a.id, a.title, a.status, a.updated_at, p.id AS plan_id, p.scope, p.district_id, p.year,
			       p.status AS plan_status,
			       array(SELECT ap.priority_area_id FROM activity_priority_area ap WHERE ap.activity_id = a.id) AS areas
			FROM activity a JOIN action_plan p ON p.id = a.plan_id
			""";

	private static final RowMapper<ActivitySummary> ROW = (rs, n) -> new ActivitySummary(rs.getObject("id", UUID.class),
			rs.getString("title"), ActivityStatus.valueOf(rs.getString("status")), rs.getObject("plan_id", UUID.class),
			PlanScope.valueOf(rs.getString("scope")), rs.getObject("district_id", UUID.class), rs.getInt("year"),
			PlanStatus.valueOf(rs.getString("plan_status")), uuids(rs, "areas"),
			rs.getObject("updated_at", OffsetDateTime.class));

	private final JdbcClient jdbc;

	ActivitySummaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The activities that exist among {@code ids}, in no particular order. */
	@Transactional(readOnly = true)
	public List<ActivitySummary> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE a.id = ANY(:ids)").param("ids", SqlArrays.uuids(ids)).query(ROW).list();
	}

	/**
	 * The newest established plan of a district (the city-wide handlingsplan when {@code districtId}
	 * is null) for this year or an earlier one, with its activities.
	 */
	@Transactional(readOnly = true)
	public Optional<PlanActivities> latestEstablished(UUID districtId, LocalDate today) {
		return latest(districtId, today, true);
	}

	/**
	 * The newest plan of a district (or the city-wide one), established or not, for this year or an
	 * earlier one, with its activities: what a writer may link to.
	 */
	@Transactional(readOnly = true)
	public Optional<PlanActivities> latestPlan(UUID districtId, LocalDate today) {
		return latest(districtId, today, false);
	}

	private Optional<PlanActivities> latest(UUID districtId, LocalDate today, boolean establishedOnly) {
		record Plan(UUID id, PlanScope scope, UUID districtId, int year, OffsetDateTime establishedAt) {
		}
		String where = districtId == null ? "scope = 'CITY_WIDE'" : "scope = 'LOCAL' AND district_id = :district";
		var statement = jdbc.sql("SELECT id, scope, district_id, year, established_at FROM action_plan WHERE " + where
				+ (establishedOnly ? " AND status = 'ESTABLISHED'" : "") + " AND year <= :year ORDER BY year DESC LIMIT 1")
			.param("year", today.getYear());
		if (districtId != null) {
			statement = statement.param("district", districtId);
		}
		return statement.query(Plan.class)
			.optional()
			.map(plan -> new PlanActivities(plan.id(), plan.scope(), plan.districtId(), plan.year(),
					plan.establishedAt(), jdbc.sql(SELECT + " WHERE a.plan_id = :plan ORDER BY a.ordinal")
						.param("plan", plan.id())
						.query(ROW)
						.list()));
	}

	private static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
	}
}
