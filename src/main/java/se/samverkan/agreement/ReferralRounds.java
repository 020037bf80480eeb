package se.samverkan.agreement;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.platform.database.SqlArrays;

/** Referral rounds with their recipients, documents and responses. */
@Repository
public class ReferralRounds {

	private final JdbcClient jdbc;

	ReferralRounds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(UUID id, String caseNumber, String title, UUID agreementId, LocalDate sentOn, LocalDate dueDate,
			boolean recordedAfterTheFact, int version) {
	}

	private record ResponseRow(UUID id, UUID roundId, UUID unitId, String caseNumber, String caseOfficer,
			LocalDate decisionDate, LocalDate meetingDate, String proposedDecision, String summary, String text,
			String recordedBy, java.time.OffsetDateTime recordedAt, LocalDate statementDate) {

		ReferralResponse response(List<ReferralResponse.Consultation> consultations) {
			return new ReferralResponse(id, roundId, unitId, caseNumber, caseOfficer, decisionDate, meetingDate,
					proposedDecision, summary, text, recordedBy, recordedAt, statementDate, consultations);
		}
	}

	public List<ReferralRound> all() {
		return load(jdbc.sql("""
				SELECT id, case_number, title, agreement_id, sent_on, due_date, recorded_after_the_fact, version FROM referral_round
				ORDER BY due_date DESC""").query(Row.class).list());
	}

	public Optional<ReferralRound> byId(UUID id) {
		return load(jdbc.sql("""
				SELECT id, case_number, title, agreement_id, sent_on, due_date, recorded_after_the_fact, version FROM referral_round
				WHERE id = :id""").param("id", id).query(Row.class).list()).stream().findFirst();
	}

	public boolean caseNumberTaken(String caseNumber) {
		return jdbc.sql("SELECT count(*) FROM referral_round WHERE lower(case_number) = lower(:number)")
			.param("number", caseNumber)
			.query(Long.class)
			.single() > 0;
	}

	public void insert(ReferralRound round) {
		jdbc.sql("""
				INSERT INTO referral_round (id, case_number, title, agreement_id, sent_on, due_date, recorded_after_the_fact)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(round.id(), round.caseNumber(), round.title(), round.agreementId(), round.sentOn(), round.dueDate(),
					round.recordedAfterTheFact())
			.update();
		for (UUID unit : round.recipientUnitIds()) {
			jdbc.sql("INSERT INTO referral_recipient (round_id, unit_id) VALUES (?, ?)").params(round.id(), unit).update();
		}
		int ordinal = 0;
		for (String document : round.documents()) {
			jdbc.sql("INSERT INTO referral_document (id, round_id, title, ordinal) VALUES (?, ?, ?, ?)")
				.params(UUID.randomUUID(), round.id(), document, ordinal++)
				.update();
		}
	}

	/** Locks the round so that two responses from one unit cannot both pass the check. */
	public void lock(UUID roundId) {
		jdbc.sql("SELECT id FROM referral_round WHERE id = :id FOR UPDATE").param("id", roundId).query().listOfRows();
	}

	public List<ReferralResponse> responses(UUID roundId) {
		return responses(List.of(roundId)).getOrDefault(roundId, List.of());
	}

	public Map<UUID, List<ReferralResponse>> responses(List<UUID> roundIds) {
		Map<UUID, List<ReferralResponse>> responses = new HashMap<>();
		if (roundIds.isEmpty()) {
			return responses;
		}
		List<ResponseRow> rows = jdbc.sql("""
				SELECT id, round_id, unit_id, case_number, case_officer, decision_date, meeting_date, proposed_decision,
				       summary, text, recorded_by, recorded_at, statement_date
				FROM referral_response WHERE round_id = ANY(:ids) ORDER BY recorded_at""")
			.param("ids", SqlArrays.uuids(roundIds))
			.query(ResponseRow.class)
			.list();
		Map<UUID, List<ReferralResponse.Consultation>> consultations = new HashMap<>();
		if (!rows.isEmpty()) {
			jdbc.sql("""
					SELECT response_id, date, body FROM referral_consultation
					WHERE response_id = ANY(:ids) ORDER BY ordinal""")
				.param("ids", SqlArrays.uuids(rows.stream().map(ResponseRow::id).toList()))
				.query((ResultSet rs) -> {
					consultations.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
						.add(new ReferralResponse.Consultation(rs.getObject(2, LocalDate.class), rs.getString(3)));
				});
		}
		for (ResponseRow row : rows) {
			responses.computeIfAbsent(row.roundId(), id -> new ArrayList<>())
				.add(row.response(consultations.getOrDefault(row.id(), List.of())));
		}
		return responses;
	}

	public void insert(ReferralResponse response) {
		jdbc.sql("""
				INSERT INTO referral_response (id, round_id, unit_id, case_number, case_officer, decision_date,
				       meeting_date, proposed_decision, summary, text, recorded_by, statement_date)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(response.id(), response.roundId(), response.unitId(), response.caseNumber(), response.caseOfficer(),
					response.decisionDate(), response.meetingDate(), response.proposedDecision(), response.summary(),
					response.text(), response.recordedBy(), response.statementDate())
			.update();
		int ordinal = 0;
		for (ReferralResponse.Consultation consultation : response.consultations()) {
			jdbc.sql("INSERT INTO referral_consultation (response_id, ordinal, date, body) VALUES (?, ?, ?, ?)")
				.params(response.id(), ordinal++, consultation.date(), consultation.body())
				.update();
		}
	}

	/** The requests of a round's answers, in the order they were entered. */
	public List<ReferralRequest> requests(UUID roundId) {
		return jdbc.sql("""
				SELECT id, round_id, response_id, ordinal, text, decision, reason, decided_by, decided_at, created_by,
				       created_at, version
				FROM referral_request WHERE round_id = :round ORDER BY ordinal""")
			.param("round", roundId)
			.query(ReferralRequest.class)
			.list();
	}

	public Optional<ReferralRequest> request(UUID id) {
		return jdbc.sql("""
				SELECT id, round_id, response_id, ordinal, text, decision, reason, decided_by, decided_at, created_by,
				       created_at, version
				FROM referral_request WHERE id = :id""")
			.param("id", id)
			.query(ReferralRequest.class)
			.optional();
	}

	/** How many requests in answers to rounds on the agreement are not yet decided. */
	public long undecidedRequestsOn(UUID agreementId) {
		return jdbc.sql("""
				SELECT count(*) FROM referral_request q JOIN referral_round r ON r.id = q.round_id
				WHERE r.agreement_id = :agreement AND q.decision IS NULL""")
			.param("agreement", agreementId)
			.query(Long.class)
			.single();
	}

	public void insert(ReferralRequest request) {
		jdbc.sql("""
				INSERT INTO referral_request (id, round_id, response_id, ordinal, text, created_by)
				VALUES (?, ?, ?, (SELECT COALESCE(MAX(ordinal), -1) + 1 FROM referral_request WHERE round_id = ?), ?, ?)""")
			.params(request.id(), request.roundId(), request.responseId(), request.roundId(), request.text(),
					request.createdBy())
			.update();
	}

	/** Records the decision if nobody decided since {@code version} was read; false otherwise. */
	public boolean decide(UUID id, int version, ReferralRequest.Decision decision, String reason, String by) {
		return jdbc.sql("""
				UPDATE referral_request SET decision = :decision, reason = :reason, decided_by = :by, decided_at = now(),
				       version = version + 1
				WHERE id = :id AND version = :version""")
			.param("decision", decision.name())
			.param("reason", reason)
			.param("by", by)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	private List<ReferralRound> load(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = SqlArrays.uuids(rows.stream().map(Row::id).toList());
		Map<UUID, List<UUID>> recipients = new HashMap<>();
		jdbc.sql("SELECT round_id, unit_id FROM referral_recipient WHERE round_id = ANY(:ids)")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				recipients.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
			});
		Map<UUID, List<String>> documents = new HashMap<>();
		jdbc.sql("SELECT round_id, title FROM referral_document WHERE round_id = ANY(:ids) ORDER BY ordinal")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				documents.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(rs.getString(2));
			});
		return rows.stream()
			.map(row -> new ReferralRound(row.id(), row.caseNumber(), row.title(), row.agreementId(), row.sentOn(),
					row.dueDate(), documents.getOrDefault(row.id(), List.of()), recipients.getOrDefault(row.id(), List.of()),
					row.recordedAfterTheFact(), row.version()))
			.toList();
	}
}
