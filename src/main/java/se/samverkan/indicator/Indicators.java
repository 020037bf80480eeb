package se.samverkan.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.platform.database.SqlArrays;

/** The indicator definitions with the priority areas they follow. */
@Repository
class Indicators {

	private static final String SELECT = """
			SELECT i.id, i.code, i.name, i.unit, i.direction, i.source, i.source_ref, i.level, i.frequency, i.is_public,
			       i.definition, i.limitations, i.updated_by, i.updated_at, i.version,
			       ARRAY(SELECT a.priority_area_id FROM indicator_priority_area a WHERE a.indicator_id = i.id) AS areas
			FROM indicator i
			""";

	private static final RowMapper<Indicator> MAPPER = Indicators::map;

	private final JdbcClient jdbc;

	Indicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Indicator> all() {
		return jdbc.sql(SELECT + " ORDER BY i.code").query(MAPPER).list();
	}

	Optional<Indicator> byId(UUID id) {
		return jdbc.sql(SELECT + " WHERE i.id = :id").param("id", id).query(MAPPER).optional();
	}

	List<Indicator> byIds(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE i.id = ANY(:ids) ORDER BY i.code").param("ids", SqlArrays.uuids(ids)).query(MAPPER).list();
	}

	Optional<Indicator> byCode(String code) {
		return jdbc.sql(SELECT + " WHERE lower(i.code) = lower(:code)").param("code", code).query(MAPPER).optional();
	}

	Optional<Indicator> byKoladaKpi(String kpi) {
		return jdbc.sql(SELECT + " WHERE i.source = 'KOLADA' AND upper(i.source_ref) = upper(:kpi)")
			.param("kpi", kpi)
			.query(MAPPER)
			.optional();
	}

	boolean exists(UUID id) {
		return jdbc.sql("SELECT count(*) FROM indicator WHERE id = :id").param("id", id).query(Long.class).single() > 0;
	}

	/** Locks the definitions, so values of an indicator are written by one transaction at a time. */
	void lock(java.util.Collection<UUID> ids) {
		jdbc.sql("SELECT id FROM indicator WHERE id = ANY(:ids) ORDER BY id FOR UPDATE")
			.param("ids", SqlArrays.uuids(ids))
			.query(UUID.class)
			.list();
	}

	void insert(Indicator indicator, String username) {
		jdbc.sql("""
				INSERT INTO indicator (id, code, name, unit, direction, source, source_ref, level, frequency, is_public,
				                       definition, limitations, created_by, updated_by)
				VALUES (:id, :code, :name, :unit, :direction, :source, :sourceRef, :level, :frequency, :public,
				        :definition, :limitations, :by, :by)""")
			.params(params(indicator))
			.param("by", username)
			.update();
		replaceAreas(indicator);
	}

	/** Saves the definition if nobody saved it since {@code version} was read; false otherwise. */
	boolean update(Indicator indicator, int version, String username) {
		int updated = jdbc.sql("""
				UPDATE indicator SET code = :code, name = :name, unit = :unit, direction = :direction, source = :source,
				       source_ref = :sourceRef, level = :level, frequency = :frequency, is_public = :public,
				       definition = :definition, limitations = :limitations, updated_by = :by, updated_at = now(),
				       version = version + 1
				WHERE id = :id AND version = :version""")
			.params(params(indicator))
			.param("by", username)
			.param("version", version)
			.update();
		if (updated == 1) {
			replaceAreas(indicator);
		}
		return updated == 1;
	}

	private void replaceAreas(Indicator indicator) {
		jdbc.sql("DELETE FROM indicator_priority_area WHERE indicator_id = :id").param("id", indicator.id()).update();
		for (UUID area : indicator.priorityAreaIds()) {
			jdbc.sql("INSERT INTO indicator_priority_area (indicator_id, priority_area_id) VALUES (:id, :area)")
				.param("id", indicator.id())
				.param("area", area)
				.update();
		}
	}

	private static java.util.Map<String, Object> params(Indicator indicator) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("id", indicator.id());
		params.put("code", indicator.code());
		params.put("name", indicator.name());
		params.put("unit", indicator.unit());
		params.put("direction", indicator.direction().name());
		params.put("source", indicator.source().name());
		params.put("sourceRef", indicator.sourceRef());
		params.put("level", indicator.level().name());
		params.put("frequency", indicator.frequency().name());
		params.put("public", indicator.isPublic());
		params.put("definition", indicator.definition());
		params.put("limitations", indicator.limitations());
		return params;
	}

	private static Indicator map(ResultSet rs, int row) throws SQLException {
		List<UUID> areas = new ArrayList<>();
		java.sql.Array array = rs.getArray("areas");
		if (array != null) {
			Arrays.stream((Object[]) array.getArray()).forEach(id -> areas.add((UUID) id));
		}
		return new Indicator(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				rs.getString("unit"), Direction.valueOf(rs.getString("direction")),
				IndicatorSource.valueOf(rs.getString("source")), rs.getString("source_ref"), areas,
				MeasurementLevel.valueOf(rs.getString("level")), Frequency.valueOf(rs.getString("frequency")),
				rs.getBoolean("is_public"), rs.getString("definition"), rs.getString("limitations"),
				rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
	}
}
