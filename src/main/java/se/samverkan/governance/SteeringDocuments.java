package se.samverkan.governance;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.platform.database.SqlArrays;

/** The register of steering documents and their goals. */
@Repository
class SteeringDocuments {

	private final JdbcClient jdbc;

	SteeringDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(UUID id, String title, String issuer, String description, String source, int version) {
	}

	List<SteeringDocument> all() {
		return load(jdbc.sql("SELECT id, title, issuer, description, source, version FROM steering_document ORDER BY title")
			.query(Row.class)
			.list());
	}

	Optional<SteeringDocument> byId(UUID id) {
		return load(jdbc.sql("SELECT id, title, issuer, description, source, version FROM steering_document WHERE id = :id")
			.param("id", id)
			.query(Row.class)
			.list()).stream().findFirst();
	}

	boolean titleTaken(String title) {
		return jdbc.sql("SELECT count(*) FROM steering_document WHERE lower(title) = lower(:title)")
			.param("title", title)
			.query(Long.class)
			.single() > 0;
	}

	List<SteeringDocument.Goal> goals(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT id, document_id, code, text FROM steering_document_goal WHERE id = ANY(:ids) ORDER BY ordinal")
			.param("ids", SqlArrays.uuids(ids))
			.query(SteeringDocument.Goal.class)
			.list();
	}

	void insert(SteeringDocument document) {
		jdbc.sql("INSERT INTO steering_document (id, title, issuer, description, source) VALUES (?, ?, ?, ?, ?)")
			.params(document.id(), document.title(), document.issuer(), document.description(), document.source())
			.update();
	}

	void insert(SteeringDocument.Goal goal) {
		jdbc.sql("""
				INSERT INTO steering_document_goal (id, document_id, code, text, ordinal)
				VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM steering_document_goal WHERE document_id = ?))""")
			.params(goal.id(), goal.documentId(), goal.code(), goal.text(), goal.documentId())
			.update();
	}

	/** Locks the document's row, so that goals added at once get their own places. */
	void lock(UUID id) {
		jdbc.sql("SELECT id FROM steering_document WHERE id = :id FOR UPDATE").param("id", id).query().listOfRows();
	}

	private List<SteeringDocument> load(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<SteeringDocument.Goal>> goals = new HashMap<>();
		jdbc.sql("""
				SELECT id, document_id, code, text FROM steering_document_goal
				WHERE document_id = ANY(:ids) ORDER BY ordinal""")
			.param("ids", SqlArrays.uuids(rows.stream().map(Row::id).toList()))
			.query((ResultSet rs) -> {
				goals.computeIfAbsent(rs.getObject(2, UUID.class), id -> new ArrayList<>())
					.add(new SteeringDocument.Goal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
							rs.getString(3), rs.getString(4)));
			});
		return rows.stream()
			.map(row -> new SteeringDocument(row.id(), row.title(), row.issuer(), row.description(), row.source(),
					goals.getOrDefault(row.id(), List.of()), row.version()))
			.toList();
	}
}
