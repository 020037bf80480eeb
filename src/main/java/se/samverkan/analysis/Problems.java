package se.samverkan.analysis;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.platform.database.SqlArrays;
import se.samverkan.platform.rules.VersionConflict;

/** Problems with their places, evidence and cause trees, loaded in a fixed number of queries. */
@Repository
public class Problems {

	private static final String SELECT = """
			SELECT id, district_id, priority_area_id, title, description, priority, sources, version, focus_area_id FROM problem
			""";

	private final JdbcClient jdbc;

	Problems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(UUID id, UUID districtId, UUID priorityAreaId, String title, String description,
			Integer priority, String sources, int version, UUID focusAreaId) {
	}

	/** Hand-written rather than reflective: a golden thread reads hundreds of causes. */
	static final org.springframework.jdbc.core.RowMapper<Cause> CAUSE = (rs, n) -> new Cause(rs.getObject(1, UUID.class),
			rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4), CauseKind.valueOf(rs.getString(5)),
			TriangleSide.valueOf(rs.getString(6)), Factor.valueOf(rs.getString(7)), rs.getString(8), rs.getInt(9));

	public Optional<Problem> byId(UUID id) {
		return load(jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Row.class).list()).stream().findFirst();
	}

	/** The city-wide problems (no district), by priority then title. */
	public List<Problem> cityWide() {
		return load(jdbc.sql(SELECT + " WHERE district_id IS NULL ORDER BY priority NULLS LAST, title, id")
			.query(Row.class)
			.list());
	}

	/**
	 * By priority (unset last), then title; {@code districtIds} null means every district. The
	 * city-wide problems (no district) are listed for every reader, as the city-wide plan is.
	 */
	public List<Problem> find(UUID districtId, Set<UUID> districtIds) {
		StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (districtId != null) {
			sql.append(" AND district_id = :district");
			params.put("district", districtId);
		}
		if (districtIds != null) {
			sql.append(" AND (district_id IS NULL OR district_id = ANY(:districts))");
			params.put("districts", SqlArrays.uuids(districtIds));
		}
		sql.append(" ORDER BY priority NULLS LAST, title, id");
		return load(jdbc.sql(sql.toString()).params(params).query(Row.class).list());
	}

	/** The causes with these ids, whichever problem they belong to. */
	/** The causes by id whose problem is in one of the districts ({@code null}: any, and the city-wide ones). */
	public List<Cause> causes(Collection<UUID> ids, java.util.Set<UUID> districts) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT c.id, c.problem_id, c.parent_id, c.text, c.kind, c.triangle_side, c.factor, c.source, c.ordinal
				FROM cause c JOIN problem p ON p.id = c.problem_id
				WHERE c.id = ANY(:ids) AND (CAST(:all AS boolean) OR p.district_id = ANY(:districts))""")
			.param("ids", SqlArrays.uuids(ids))
			.param("all", districts == null)
			.param("districts", SqlArrays.uuids(districts == null ? List.of() : districts))
			.query(CAUSE)
			.list();
	}

	/** For each of these causes, the district of its problem. */
	public Map<UUID, UUID> districtsOfCauses(Collection<UUID> ids) {
		Map<UUID, UUID> districts = new HashMap<>();
		if (ids.isEmpty()) {
			return districts;
		}
		jdbc.sql("SELECT c.id, p.district_id FROM cause c JOIN problem p ON p.id = c.problem_id WHERE c.id = ANY(:ids)")
			.param("ids", SqlArrays.uuids(ids))
			.query((ResultSet rs) -> {
				districts.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
			});
		return districts;
	}

	public void insert(Problem problem, String username) {
		jdbc.sql("""
				INSERT INTO problem (id, district_id, priority_area_id, title, description, priority, sources, created_by,
				                     focus_area_id)
				VALUES (:id, :district, :area, :title, :description, :priority, :sources, :username, :focus)""")
			.param("focus", problem.focusAreaId())
			.param("id", problem.id())
			.param("district", problem.districtId())
			.param("area", problem.priorityAreaId())
			.param("title", problem.title())
			.param("description", problem.description())
			.param("priority", problem.priority())
			.param("sources", problem.sources())
			.param("username", username)
			.update();
		insertPlacesAndEvidence(problem);
	}

	/**
	 * Locks the problem's row until the transaction ends, so that changes to one cause tree happen
	 * one after the other: two users adding causes at once both succeed, and two moves cannot
	 * together make a cycle.
	 */
	public void lock(UUID problemId) {
		jdbc.sql("SELECT id FROM problem WHERE id = :id FOR UPDATE").param("id", problemId).query(UUID.class).optional();
	}

	/** Bumps the problem's version, refusing if someone changed it since {@code version}. */
	public void touch(UUID problemId, int version) {
		int updated = jdbc.sql("UPDATE problem SET version = version + 1 WHERE id = :id AND version = :version")
			.param("id", problemId)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new VersionConflict("problemet");
		}
	}

	/** Writes what a problem says, with its places and evidence (the version is bumped by {@link #touch}). */
	public void update(Problem problem) {
		jdbc.sql("""
				UPDATE problem SET priority_area_id = :area, title = :title, description = :description,
				       priority = :priority, sources = :sources, focus_area_id = :focus
				WHERE id = :id""")
			.param("id", problem.id())
			.param("focus", problem.focusAreaId())
			.param("area", problem.priorityAreaId())
			.param("title", problem.title())
			.param("description", problem.description())
			.param("priority", problem.priority())
			.param("sources", problem.sources())
			.update();
		jdbc.sql("DELETE FROM problem_place WHERE problem_id = ?").params(problem.id()).update();
		jdbc.sql("DELETE FROM problem_evidence WHERE problem_id = ?").params(problem.id()).update();
		insertPlacesAndEvidence(problem);
	}

	private void insertPlacesAndEvidence(Problem problem) {
		for (UUID place : problem.placeIds()) {
			jdbc.sql("INSERT INTO problem_place (problem_id, place_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
				.params(problem.id(), place)
				.update();
		}
		for (Evidence evidence : problem.evidence()) {
			jdbc.sql("INSERT INTO problem_evidence (problem_id, type, ref_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
				.params(problem.id(), evidence.type().name(), evidence.id())
				.update();
		}
	}

	/** Removes the problem with its places, evidence and causes. */
	public void delete(UUID problemId) {
		jdbc.sql("DELETE FROM problem WHERE id = ?").params(problemId).update();
	}

	public void updateCause(Cause cause) {
		jdbc.sql("UPDATE cause SET text = ?, kind = ?, triangle_side = ?, factor = ?, source = ? WHERE id = ?")
			.params(cause.text(), cause.kind().name(), cause.triangleSide().name(), cause.factor().name(),
					cause.source(), cause.id())
			.update();
	}

	public void deleteCause(UUID causeId) {
		jdbc.sql("DELETE FROM cause WHERE id = ?").params(causeId).update();
	}

	public void insertCause(Cause cause) {
		jdbc.sql("""
				INSERT INTO cause (id, problem_id, parent_id, text, kind, triangle_side, factor, source, ordinal)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(cause.id(), cause.problemId(), cause.parentId(), cause.text(), cause.kind().name(),
					cause.triangleSide().name(), cause.factor().name(), cause.source(), cause.ordinal())
			.update();
	}

	public void moveCause(Cause cause) {
		jdbc.sql("UPDATE cause SET parent_id = ?, kind = ? WHERE id = ?")
			.params(cause.parentId(), cause.kind().name(), cause.id())
			.update();
	}

	private List<Problem> load(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = SqlArrays.uuids(rows.stream().map(Row::id).toList());
		Map<UUID, List<UUID>> places = new HashMap<>();
		jdbc.sql("SELECT problem_id, place_id FROM problem_place WHERE problem_id = ANY(:ids) ORDER BY place_id")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				places.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
			});
		Map<UUID, List<Evidence>> evidence = new HashMap<>();
		jdbc.sql("SELECT problem_id, type, ref_id FROM problem_evidence WHERE problem_id = ANY(:ids) ORDER BY type, ref_id")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				evidence.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
					.add(new Evidence(EvidenceType.valueOf(rs.getString(2)), rs.getObject(3, UUID.class)));
			});
		Map<UUID, List<Cause>> causes = new HashMap<>();
		jdbc.sql("""
				SELECT id, problem_id, parent_id, text, kind, triangle_side, factor, source, ordinal
				FROM cause WHERE problem_id = ANY(:ids) ORDER BY ordinal""")
			.param("ids", ids)
			.query(CAUSE)
			.list()
			.forEach(cause -> causes.computeIfAbsent(cause.problemId(), key -> new ArrayList<>()).add(cause));
		return rows.stream()
			.map(row -> new Problem(row.id(), row.districtId(), row.priorityAreaId(), row.title(), row.description(),
					row.priority(), row.sources(), places.getOrDefault(row.id(), List.of()),
					evidence.getOrDefault(row.id(), List.of()), causes.getOrDefault(row.id(), List.of()), row.version(),
					row.focusAreaId()))
			.toList();
	}
}
