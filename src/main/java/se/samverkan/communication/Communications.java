package se.samverkan.communication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.identity.Scope;
import se.samverkan.platform.database.SqlArrays;
import se.samverkan.platform.rules.VersionConflict;

/** Joint communication items with their writers, approvals, linked activities and revisions. */
@Repository
public class Communications {

	private static final String SELECT = """
			SELECT id, title, body, audience, level, district_id, compilation_id, planned_publication, status,
			       author_username, author_party, revision, created_at, updated_at, published_at, published_by,
			       withdrawn_at, withdrawn_by, withdrawal_reason, version
			FROM communication
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Communications(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Who sees which items: published ones by readers in scope (a city-wide one by every reader),
	 * every other state by those who draft and approve in the item's scope.
	 */
	public record Visibility(Scope read, Scope communicate) {
	}

	/**
	 * Filters of a list; null means any. {@code awaitingParty}: drafts that party has not approved;
	 * {@code notWrittenBy}: items that user wrote none of (those they may approve).
	 */
	public record Filter(CommunicationStatus status, Audience audience, UUID districtId, String awaitingParty,
			String notWrittenBy) {

		public static Filter any() {
			return new Filter(null, null, null, null, null);
		}
	}

	private record Row(UUID id, String title, String body, Audience audience, Level level, UUID districtId,
			UUID compilationId, LocalDate plannedPublication, CommunicationStatus status, String authorUsername,
			String authorParty, int revision, OffsetDateTime createdAt, OffsetDateTime updatedAt,
			OffsetDateTime publishedAt, String publishedBy, OffsetDateTime withdrawnAt, String withdrawnBy,
			String withdrawalReason, int version) {
	}

	private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("title"),
			rs.getString("body"), Audience.valueOf(rs.getString("audience")), Level.valueOf(rs.getString("level")),
			rs.getObject("district_id", UUID.class), rs.getObject("compilation_id", UUID.class),
			rs.getObject("planned_publication", LocalDate.class), CommunicationStatus.valueOf(rs.getString("status")),
			rs.getString("author_username"), rs.getString("author_party"), rs.getInt("revision"),
			rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
			rs.getObject("published_at", OffsetDateTime.class), rs.getString("published_by"),
			rs.getObject("withdrawn_at", OffsetDateTime.class), rs.getString("withdrawn_by"),
			rs.getString("withdrawal_reason"), rs.getInt("version"));

	public Optional<Communication> byId(UUID id) {
		return load(jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ROW).list()).stream().findFirst();
	}

	/** Reads the item and locks its row until the transaction ends, so workflow steps on it run one by one. */
	public Optional<Communication> lockById(UUID id) {
		return load(jdbc.sql(SELECT + " WHERE id = :id FOR UPDATE").param("id", id).query(ROW).list()).stream()
			.findFirst();
	}

	/** Items the visibility allows, newest change first, with the total for paging. */
	public List<Communication> find(Visibility visibility, Filter filter, int offset, int limit) {
		var query = where(visibility, filter);
		return load(jdbc.sql(SELECT + query.sql() + " ORDER BY updated_at DESC, id LIMIT :limit OFFSET :offset")
			.params(query.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(ROW)
			.list());
	}

	public long count(Visibility visibility, Filter filter) {
		var query = where(visibility, filter);
		return jdbc.sql("SELECT count(*) FROM communication" + query.sql()).params(query.params()).query(Long.class).single();
	}

	/** Approved items whose planned publication date has come. */
	public List<UUID> dueForPublication(LocalDate today) {
		return jdbc.sql("""
				SELECT id FROM communication
				WHERE status = 'APPROVED' AND planned_publication <= :today ORDER BY planned_publication, id""")
			.param("today", today)
			.query(UUID.class)
			.list();
	}

	public void insert(Communication item) {
		jdbc.sql("""
				INSERT INTO communication (id, title, body, body_html, summary, audience, level, district_id,
				    compilation_id, planned_publication, status, author_username, author_party, revision, created_at,
				    updated_at)
				VALUES (:id, :title, :body, :bodyHtml, :summary, :audience, :level, :district, :compilation, :planned,
				    :status, :author, :authorParty, :revision, :createdAt, :updatedAt)""")
			.params(contentParams(item))
			.param("status", item.status().name())
			.param("author", item.authorUsername())
			.param("authorParty", item.authorParty())
			.param("revision", item.revision())
			.param("createdAt", item.createdAt())
			.param("updatedAt", item.updatedAt())
			.update();
		writeChildren(item);
	}

	/** Saves the changed item if nobody changed it since {@code item.version()} was read. */
	public void update(Communication item) {
		int updated = jdbc.sql("""
				UPDATE communication SET title = :title, body = :body, body_html = :bodyHtml, summary = :summary,
				    audience = :audience, level = :level, district_id = :district, compilation_id = :compilation,
				    planned_publication = :planned, status = :status, revision = :revision, updated_at = :updatedAt,
				    published_at = :publishedAt, published_by = :publishedBy, withdrawn_at = :withdrawnAt,
				    withdrawn_by = :withdrawnBy, withdrawal_reason = :reason, version = version + 1
				WHERE id = :id AND version = :version""")
			.params(contentParams(item))
			.param("status", item.status().name())
			.param("revision", item.revision())
			.param("updatedAt", item.updatedAt())
			.param("publishedAt", item.publishedAt())
			.param("publishedBy", item.publishedBy())
			.param("withdrawnAt", item.withdrawnAt())
			.param("withdrawnBy", item.withdrawnBy())
			.param("reason", item.withdrawalReason())
			.param("version", item.version())
			.update();
		if (updated == 0) {
			throw new VersionConflict("meddelandet");
		}
		jdbc.sql("DELETE FROM communication_writer WHERE communication_id = :id").param("id", item.id()).update();
		jdbc.sql("DELETE FROM communication_activity WHERE communication_id = :id").param("id", item.id()).update();
		jdbc.sql("DELETE FROM communication_approval WHERE communication_id = :id").param("id", item.id()).update();
		writeChildren(item);
	}

	/** Marks an item as seeded for the embedded demo. */
	void markDemo(UUID id) {
		jdbc.sql("UPDATE communication SET demo = true WHERE id = :id").param("id", id).update();
	}

	/** Keeps the item's current content as its revision, for later comparison. */
	public void saveRevision(Communication item, String username) {
		jdbc.sql("""
				INSERT INTO communication_revision (communication_id, revision, saved_by, saved_at, content)
				VALUES (:id, :revision, :username, :at, CAST(:content AS jsonb))""")
			.param("id", item.id())
			.param("revision", item.revision())
			.param("username", username)
			.param("at", item.updatedAt())
			.param("content", json.writeValueAsString(item.content().fields()))
			.update();
	}

	/** The content of an earlier revision, as {@link CommunicationContent#fields()} kept it. */
	public Optional<Map<String, Object>> revision(UUID id, int revision) {
		return jdbc.sql("SELECT content::text FROM communication_revision WHERE communication_id = :id AND revision = :revision")
			.param("id", id)
			.param("revision", revision)
			.query(String.class)
			.optional()
			.map(text -> json.readValue(text, new TypeReference<Map<String, Object>>() {
			}));
	}

	private Map<String, Object> contentParams(Communication item) {
		CommunicationContent content = item.content();
		Map<String, Object> params = new HashMap<>();
		params.put("id", item.id());
		params.put("title", content.title());
		params.put("body", content.body());
		params.put("bodyHtml", item.bodyHtml());
		params.put("summary", item.summary());
		params.put("audience", content.audience().name());
		params.put("level", content.level().name());
		params.put("district", content.districtId());
		params.put("compilation", content.compilationId());
		params.put("planned", content.plannedPublicationDate());
		return params;
	}

	private void writeChildren(Communication item) {
		for (String writer : item.writers()) {
			jdbc.sql("INSERT INTO communication_writer (communication_id, username) VALUES (?, ?)")
				.params(item.id(), writer)
				.update();
		}
		int ordinal = 0;
		for (UUID activity : item.content().activityIds()) {
			jdbc.sql("INSERT INTO communication_activity (communication_id, activity_id, ordinal) VALUES (?, ?, ?)")
				.params(item.id(), activity, ordinal++)
				.update();
		}
		for (Approval approval : item.approvals()) {
			jdbc.sql("""
					INSERT INTO communication_approval (id, communication_id, party, username, display_name, approved_at,
					    revision, voided_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), item.id(), approval.party(), approval.username(), approval.displayName(),
						approval.approvedAt(), approval.revision(), approval.voidedAt())
				.update();
		}
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(Visibility visibility, Filter filter) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = new StringBuilder(" WHERE (");
		sql.append(scoped("status = 'PUBLISHED'", visibility.read(), true, "read", params));
		sql.append(" OR ");
		sql.append(scoped("TRUE", visibility.communicate(), false, "communicate", params));
		sql.append(")");
		if (filter.status() != null) {
			sql.append(" AND status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.audience() != null) {
			sql.append(" AND audience = :audience");
			params.put("audience", filter.audience().name());
		}
		if (filter.districtId() != null) {
			sql.append(" AND district_id = :district");
			params.put("district", filter.districtId());
		}
		if (filter.awaitingParty() != null) {
			sql.append(" AND status = 'DRAFT' AND NOT EXISTS (SELECT 1 FROM communication_approval a")
				.append(" WHERE a.communication_id = communication.id AND a.party = :awaiting AND a.voided_at IS NULL)");
			params.put("awaiting", filter.awaitingParty());
		}
		if (filter.notWrittenBy() != null) {
			sql.append(" AND NOT EXISTS (SELECT 1 FROM communication_writer w")
				.append(" WHERE w.communication_id = communication.id AND lower(w.username) = lower(:writer))");
			params.put("writer", filter.notWrittenBy());
		}
		return new Where(sql.toString(), params);
	}

	/**
	 * A condition limited to a scope: with everything, all items; otherwise the local items of the
	 * scope's districts, and city-wide items too where {@code cityWideWithAnyScope}.
	 */
	private static String scoped(String condition, Scope scope, boolean cityWideWithAnyScope, String name,
			Map<String, Object> params) {
		if (scope.everything()) {
			return "(" + condition + ")";
		}
		if (scope.isEmpty()) {
			return "FALSE";
		}
		params.put(name, SqlArrays.uuids(scope.unitIds()));
		String cityWide = cityWideWithAnyScope ? "level = 'CITY_WIDE' OR " : "";
		return "(" + condition + " AND (" + cityWide + "district_id = ANY(:" + name + ")))";
	}

	private List<Communication> load(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = SqlArrays.uuids(rows.stream().map(Row::id).toList());
		Map<UUID, Set<String>> writers = new HashMap<>();
		jdbc.sql("SELECT communication_id, username FROM communication_writer WHERE communication_id = ANY(:ids)")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				writers.computeIfAbsent(uuid(rs, 1), id -> new LinkedHashSet<>()).add(rs.getString(2));
			});
		Map<UUID, List<UUID>> activities = new HashMap<>();
		jdbc.sql("""
				SELECT communication_id, activity_id FROM communication_activity
				WHERE communication_id = ANY(:ids) ORDER BY ordinal""")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				activities.computeIfAbsent(uuid(rs, 1), id -> new ArrayList<>()).add(uuid(rs, 2));
			});
		Map<UUID, List<Approval>> approvals = new HashMap<>();
		jdbc.sql("""
				SELECT communication_id, party, username, display_name, approved_at, revision, voided_at
				FROM communication_approval WHERE communication_id = ANY(:ids) ORDER BY approved_at, party""")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				approvals.computeIfAbsent(uuid(rs, 1), id -> new ArrayList<>())
					.add(new Approval(rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getObject(5, OffsetDateTime.class), rs.getInt(6), rs.getObject(7, OffsetDateTime.class)));
			});
		List<Communication> items = new ArrayList<>();
		for (Row row : rows) {
			CommunicationContent content = new CommunicationContent(row.title(), row.body(), row.audience(), row.level(),
					row.districtId(), activities.getOrDefault(row.id(), List.of()), row.compilationId(),
					row.plannedPublication());
			items.add(new Communication(row.id(), content, row.status(), row.authorUsername(), row.authorParty(),
					writers.getOrDefault(row.id(), Set.of()), approvals.getOrDefault(row.id(), List.of()), row.revision(),
					row.createdAt(), row.updatedAt(), row.publishedAt(), row.publishedBy(), row.withdrawnAt(),
					row.withdrawnBy(), row.withdrawalReason(), row.version()));
		}
		return items;
	}

	private static UUID uuid(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}
}
