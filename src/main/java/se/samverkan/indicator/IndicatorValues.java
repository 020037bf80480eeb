package se.samverkan.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.platform.database.CopyIn;
import se.samverkan.platform.database.SqlArrays;

/**
 * Stored values. Writes go through a staging table: the incoming values are copied in (COPY, so a
 * file of 100,000 lines takes a second), compared with what is stored in one query, and only what
 * changed is written, so importing the same figures twice changes nothing.
 */
@Repository
class IndicatorValues {

	private static final String COLUMNS = """
			indicator_id, unit_id, period, value, event_count, state, origin, note, updated_by, updated_at, approved_by,
			approved_at""";

	private static final String NIL = "'00000000-0000-0000-0000-000000000000'::uuid";

	private static final RowMapper<IndicatorValue> MAPPER = IndicatorValues::map;

	/** A change as staged against what was stored: the old figures (null when new) and the new. */
	record Change(long line, UUID indicatorId, UUID unitId, String period, BigDecimal oldValue, Long oldCount,
			String oldState, BigDecimal value, Long eventCount, String state, boolean valueChanged) {
	}

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	IndicatorValues(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * One indicator's values in period order unit by unit; {@code units} null for every unit,
	 * otherwise those units and, with {@code municipality}, the municipality as a whole.
	 */
	List<IndicatorValue> series(UUID indicatorId, Collection<UUID> units, boolean municipality) {
		String filter = units == null ? "" : " AND (unit_id = ANY(:units) OR (:municipality AND unit_id IS NULL))";
		var query = jdbc.sql("SELECT " + COLUMNS + " FROM indicator_value WHERE indicator_id = :id" + filter
				+ " ORDER BY unit_id NULLS FIRST, period_start").param("id", indicatorId);
		if (units != null) {
			query = query.param("units", SqlArrays.uuids(units)).param("municipality", municipality);
		}
		return query.query(MAPPER).list();
	}

	/** The series of several indicators for one unit (null: the municipality), in period order. */
	List<IndicatorValue> seriesForUnit(Collection<UUID> indicatorIds, UUID unitId) {
		if (indicatorIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM indicator_value WHERE indicator_id = ANY(:ids)"
				+ " AND COALESCE(unit_id, " + NIL + ") = COALESCE(CAST(:unit AS uuid), " + NIL + ") ORDER BY indicator_id, period_start")
			.param("ids", SqlArrays.uuids(indicatorIds))
			.param("unit", unitId)
			.query(MAPPER)
			.list();
	}

	/** The values of the indicators for one period. */
	List<IndicatorValue> ofPeriod(Collection<UUID> indicatorIds, String period) {
		if (indicatorIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM indicator_value WHERE period = :period AND indicator_id = ANY(:ids)")
			.param("period", period)
			.param("ids", SqlArrays.uuids(indicatorIds))
			.query(MAPPER)
			.list();
	}

	/** The latest value of each indicator for the unit (null: the municipality). */
	Map<UUID, IndicatorValue> latest(Collection<UUID> indicatorIds, UUID unitId) {
		Map<UUID, IndicatorValue> latest = new HashMap<>();
		if (indicatorIds.isEmpty()) {
			return latest;
		}
		jdbc.sql("SELECT DISTINCT ON (indicator_id) " + COLUMNS + " FROM indicator_value"
				+ " WHERE indicator_id = ANY(:ids) AND COALESCE(unit_id, " + NIL + ") = COALESCE(CAST(:unit AS uuid), " + NIL + ")"
				+ " ORDER BY indicator_id, period_start DESC")
			.param("ids", SqlArrays.uuids(indicatorIds))
			.param("unit", unitId)
			.query(MAPPER)
			.list()
			.forEach(value -> latest.put(value.indicatorId(), value));
		return latest;
	}

	Optional<IndicatorValue> one(UUID indicatorId, UUID unitId, String period) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM indicator_value WHERE indicator_id = :id AND period = :period"
				+ " AND COALESCE(unit_id, " + NIL + ") = COALESCE(CAST(:unit AS uuid), " + NIL + ")")
			.param("id", indicatorId)
			.param("unit", unitId)
			.param("period", period)
			.query(MAPPER)
			.optional();
	}

	long count(UUID indicatorId) {
		return jdbc.sql("SELECT count(*) FROM indicator_value WHERE indicator_id = :id").param("id", indicatorId)
			.query(Long.class)
			.single();
	}

	/** Copies the checked values into this transaction's staging table. */
	void stage(List<ValueRules.Checked> values) {
		jdbc.sql("""
				CREATE TEMP TABLE IF NOT EXISTS indicator_value_incoming (
				    line BIGINT NOT NULL, indicator_id UUID NOT NULL, unit_id UUID, period VARCHAR(7) NOT NULL,
				    period_start DATE NOT NULL, period_end DATE NOT NULL, value NUMERIC NOT NULL, event_count BIGINT,
				    state VARCHAR(20), note TEXT
				) ON COMMIT DELETE ROWS""").update();
		jdbc.sql("TRUNCATE indicator_value_incoming").update();
		CopyIn.rows(dataSource, "indicator_value_incoming",
				List.of("line", "indicator_id", "unit_id", "period", "period_start", "period_end", "value", "event_count",
						"state", "note"),
				() -> values.stream()
					.<List<?>>map(v -> java.util.Arrays.<Object>asList(v.line(), v.indicatorId(), v.unitId(), v.period().code(),
							v.period().start(), v.period().end(), v.value().toPlainString(), v.eventCount(),
							v.state() == null ? null : v.state().name(), v.note()))
					.iterator());
		// The planner knows the staged rows' number and spread before comparing them with the stored.
		jdbc.sql("ANALYZE indicator_value_incoming").update();
	}

	/** The staged values that change something: new, another figure, another state or note. */
	List<Change> stagedChanges() {
		return jdbc.sql(STAGED + """
				SELECT line, indicator_id, unit_id, period, old_value, old_count, old_state, value, event_count, new_state,
				       value_changed
				FROM staged WHERE changes ORDER BY line""")
			.query((rs, row) -> new Change(rs.getLong("line"), rs.getObject("indicator_id", UUID.class),
					rs.getObject("unit_id", UUID.class), rs.getString("period"), rs.getBigDecimal("old_value"),
					(Long) rs.getObject("old_count"), rs.getString("old_state"), rs.getBigDecimal("value"),
					(Long) rs.getObject("event_count"), rs.getString("new_state"), rs.getBoolean("value_changed")))
			.list();
	}

	/** Writes the staged changes; returns how many values were new or changed. */
	int applyStaged(String origin, String username) {
		return jdbc.sql(STAGED + """
				INSERT INTO indicator_value (indicator_id, unit_id, period, period_start, period_end, value, event_count,
				                             state, origin, note, updated_by, updated_at, approved_by, approved_at)
				SELECT indicator_id, unit_id, period, period_start, period_end, value, event_count, new_state,
				       CASE WHEN value_changed THEN :origin ELSE old_origin END, COALESCE(note, old_note), :by, now(),
				       CASE WHEN new_state <> 'APPROVED' THEN NULL WHEN old_state = 'APPROVED' AND NOT value_changed
				            THEN old_approved_by ELSE :by END,
				       CASE WHEN new_state <> 'APPROVED' THEN NULL WHEN old_state = 'APPROVED' AND NOT value_changed
				            THEN old_approved_at ELSE now() END
				FROM staged WHERE changes
				ON CONFLICT (indicator_id, (COALESCE(unit_id, '00000000-0000-0000-0000-000000000000'::uuid)), period)
				DO UPDATE SET value = EXCLUDED.value, event_count = EXCLUDED.event_count, state = EXCLUDED.state,
				    origin = EXCLUDED.origin, note = EXCLUDED.note, updated_by = EXCLUDED.updated_by,
				    updated_at = EXCLUDED.updated_at, approved_by = EXCLUDED.approved_by, approved_at = EXCLUDED.approved_at""")
			.param("origin", origin)
			.param("by", username)
			.update();
	}

	/** The staged values against the stored: the state each gets, and whether anything changes. */
	private static final String STAGED = """
			WITH compared AS (
			    SELECT i.*, v.value AS old_value, v.event_count AS old_count, v.state AS old_state,
			           v.origin AS old_origin, v.note AS old_note, v.approved_by AS old_approved_by,
			           v.approved_at AS old_approved_at,
			           (v.indicator_id IS NULL OR v.value <> i.value OR v.event_count IS DISTINCT FROM i.event_count)
			               AS value_changed
			    FROM indicator_value_incoming i
			    LEFT JOIN indicator_value v ON v.indicator_id = i.indicator_id AND v.period = i.period
			         AND COALESCE(v.unit_id, '00000000-0000-0000-0000-000000000000'::uuid)
			             = COALESCE(i.unit_id, '00000000-0000-0000-0000-000000000000'::uuid)
			), decided AS (
			    SELECT c.*, CASE WHEN c.state IS NOT NULL THEN c.state
			                     WHEN NOT c.value_changed THEN c.old_state ELSE 'PRELIMINARY' END AS new_state
			    FROM compared c
			), staged AS (
			    SELECT d.*, (d.value_changed OR d.new_state IS DISTINCT FROM d.old_state
			                 OR (d.note IS NOT NULL AND d.note IS DISTINCT FROM d.old_note)) AS changes
			    FROM decided d
			)
			""";

	/**
	 * Approves preliminary values: those of the units and periods given, or every one of the
	 * indicator's when none are. Returns them as they are now.
	 */
	List<IndicatorValue> approve(UUID indicatorId, List<UUID> units, List<String> periods, String username) {
		String which = periods.isEmpty() ? "" : """
				 AND (COALESCE(unit_id, '00000000-0000-0000-0000-000000000000'::uuid), period) IN
				     (SELECT COALESCE(u, '00000000-0000-0000-0000-000000000000'::uuid), p
				      FROM unnest(CAST(:units AS uuid[]), CAST(:periods AS varchar[])) AS k(u, p))""";
		var query = jdbc.sql("UPDATE indicator_value SET state = 'APPROVED', approved_by = :by, approved_at = now()"
				+ " WHERE indicator_id = :id AND state = 'PRELIMINARY'" + which + " RETURNING " + COLUMNS)
			.param("by", username)
			.param("id", indicatorId);
		if (!periods.isEmpty()) {
			query = query.param("units", new org.springframework.jdbc.support.SqlArrayValue("uuid", units.toArray()))
				.param("periods", new org.springframework.jdbc.support.SqlArrayValue("varchar", periods.toArray()));
		}
		return query.query(MAPPER).list();
	}

	private static IndicatorValue map(ResultSet rs, int row) throws SQLException {
		return new IndicatorValue(rs.getObject("indicator_id", UUID.class), rs.getObject("unit_id", UUID.class),
				IndicatorPeriod.parse(rs.getString("period")), rs.getBigDecimal("value"), (Long) rs.getObject("event_count"),
				ValueState.valueOf(rs.getString("state")), rs.getString("origin"), rs.getString("note"),
				rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class), rs.getString("approved_by"),
				rs.getObject("approved_at", OffsetDateTime.class), true);
	}
}
