package se.samverkan.governance;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.platform.database.SqlArrays;

/** Steering-group decisions with who was present, oldest first. */
@Repository
class Decisions {

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(UUID id, String subjectType, UUID subjectId, String kind, UUID groupId, String groupName,
			LocalDate decisionDate, String decisionText, String party, String recordedBy, OffsetDateTime recordedAt) {
	}

	List<Decision> of(UUID subjectId) {
		return ofAll(List.of(subjectId)).getOrDefault(subjectId, List.of());
	}

	Map<UUID, List<Decision>> ofAll(List<UUID> subjectIds) {
		Map<UUID, List<Decision>> bySubject = new HashMap<>();
		if (subjectIds.isEmpty()) {
			return bySubject;
		}
		List<Row> rows = jdbc.sql("""
				SELECT id, subject_type, subject_id, kind, group_id, group_name, decision_date, decision_text, party,
				       recorded_by, recorded_at
				FROM steering_decision WHERE subject_id = ANY(:ids) ORDER BY recorded_at, id""")
			.param("ids", SqlArrays.uuids(subjectIds))
			.query(Row.class)
			.list();
		Map<UUID, List<Decision.Present>> present = new HashMap<>();
		if (!rows.isEmpty()) {
			jdbc.sql("""
					SELECT decision_id, member_id, name, party FROM steering_decision_present
					WHERE decision_id = ANY(:ids) ORDER BY name""")
				.param("ids", SqlArrays.uuids(rows.stream().map(Row::id).toList()))
				.query((ResultSet rs) -> {
					present.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
						.add(new Decision.Present(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)));
				});
		}
		for (Row row : rows) {
			bySubject.computeIfAbsent(row.subjectId(), id -> new ArrayList<>())
				.add(new Decision(row.id(), row.subjectType(), row.subjectId(), row.kind(), row.groupId(), row.groupName(),
						row.decisionDate(), row.decisionText(), row.party(), present.getOrDefault(row.id(), List.of()),
						row.recordedBy(), row.recordedAt()));
		}
		return bySubject;
	}

	void insert(Decision decision) {
		jdbc.sql("""
				INSERT INTO steering_decision (id, subject_type, subject_id, kind, group_id, group_name, decision_date,
				                               decision_text, party, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(decision.id(), decision.subjectType(), decision.subjectId(), decision.kind(), decision.groupId(),
					decision.groupName(), decision.decisionDate(), decision.decisionText(), decision.party(), decision.recordedBy(),
					decision.recordedAt())
			.update();
		for (Decision.Present member : decision.present()) {
			jdbc.sql("INSERT INTO steering_decision_present (decision_id, member_id, name, party) VALUES (?, ?, ?, ?)")
				.params(decision.id(), member.memberId(), member.name(), member.party())
				.update();
		}
	}
}
