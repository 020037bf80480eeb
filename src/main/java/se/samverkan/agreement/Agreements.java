package se.samverkan.agreement;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.platform.database.SqlArrays;
import se.samverkan.platform.rules.VersionConflict;

/** Agreements with their parties, focus areas, reasons and signatures. */
@Repository
public class Agreements {

	private static final String SELECT = """
			SELECT id, kind, title, goal, district_id, valid_from, valid_to, revision_interval_years, status,
			       supersedes_id, version, revision_needed_for, situation_picture_id
			FROM agreement
			""";

	private final JdbcClient jdbc;

	Agreements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(UUID id, AgreementKind kind, String title, String goal, UUID districtId, LocalDate validFrom,
			LocalDate validTo, int revisionIntervalYears, AgreementStatus status, UUID supersedesId, int version,
			UUID revisionNeededFor, UUID situationPictureId) {
	}

	public Optional<Agreement> byId(UUID id) {
		return load(jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Row.class).list()).stream().findFirst();
	}

	/** Newest first; {@code districtIds} null means every district. */
	public List<Agreement> find(AgreementKind kind, UUID districtId, Set<UUID> districtIds) {
		StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (kind != null) {
			sql.append(" AND kind = :kind");
			params.put("kind", kind.name());
		}
		if (districtId != null) {
			sql.append(" AND district_id = :district");
			params.put("district", districtId);
		}
		if (districtIds != null) {
			sql.append(" AND (kind = 'OVERARCHING' OR district_id = ANY(:districts))");
			params.put("districts", SqlArrays.uuids(districtIds));
		}
		sql.append(" ORDER BY valid_from DESC, created_at DESC");
		return load(jdbc.sql(sql.toString()).params(params).query(Row.class).list());
	}

	/** The overarching agreement in force on the date (signed, not superseded by then). */
	public Optional<Agreement> overarchingOn(LocalDate date) {
		return load(jdbc.sql(SELECT + """
				 WHERE kind = 'OVERARCHING' AND status IN ('SIGNED', 'SUPERSEDED')
				   AND valid_from <= :date AND (valid_to IS NULL OR valid_to >= :date)
				 ORDER BY valid_from DESC LIMIT 1""").param("date", date).query(Row.class).list()).stream().findFirst();
	}

	/**
	 * The overarching agreement the parties work under: the signed one (signing a revision supersedes
	 * the one before, so there is one), the newest if ever two.
	 */
	public Optional<Agreement> currentSigned() {
		return load(jdbc.sql(SELECT + """
				 WHERE kind = 'OVERARCHING' AND status = 'SIGNED'
				 ORDER BY valid_from DESC LIMIT 1""").query(Row.class).list()).stream().findFirst();
	}

	/** The open (unsigned) revision of an overarching agreement, if there is one. */
	public Optional<Agreement> openRevisionOf(UUID overarchingId) {
		return load(jdbc.sql(SELECT + """
				 WHERE kind = 'OVERARCHING' AND supersedes_id = :id AND status IN ('DRAFT', 'AWAITING_SIGNATURES')""")
			.param("id", overarchingId)
			.query(Row.class)
			.list()).stream().findFirst();
	}

	/** Every priority area of every overarching agreement, with the agreement it belongs to. */
	public Map<UUID, UUID> agreementOfEveryArea() {
		Map<UUID, UUID> agreements = new HashMap<>();
		jdbc.sql("SELECT id, agreement_id FROM priority_area")
			.query((ResultSet rs) -> {
				agreements.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
			});
		return agreements;
	}

	public List<PriorityArea> allPriorityAreas() {
		return jdbc.sql("SELECT id, code, name, name_en, description, ordinal FROM priority_area ORDER BY ordinal")
			.query(PriorityArea.class)
			.list();
	}

	/** The mapping of areas to the earlier areas they continue: area id -> earlier area ids. */
	public Map<UUID, List<UUID>> mapsFrom() {
		Map<UUID, List<UUID>> mapping = new HashMap<>();
		jdbc.sql("SELECT area_id, maps_from_id FROM priority_area_mapping")
			.query((ResultSet rs) -> {
				mapping.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
			});
		return mapping;
	}

	/**
	 * Replaces a draft's priority areas: an area whose code is kept keeps its id (and row), new codes
	 * are added, dropped codes removed; then the mapping to the earlier areas is written anew.
	 */
	void replacePriorityAreas(UUID agreementId, List<PriorityArea> areas, Map<String, List<UUID>> mapsFromByCode) {
		Map<String, UUID> existing = new HashMap<>();
		priorityAreasOf(agreementId).forEach(area -> existing.put(area.code(), area.id()));
		jdbc.sql("DELETE FROM priority_area_mapping WHERE area_id IN (SELECT id FROM priority_area WHERE agreement_id = :id)")
			.param("id", agreementId)
			.update();
		Set<String> kept = new java.util.HashSet<>();
		for (PriorityArea area : areas) {
			UUID id = existing.get(area.code());
			if (id != null) {
				kept.add(area.code());
				jdbc.sql("UPDATE priority_area SET name = ?, name_en = ?, description = ?, ordinal = ? WHERE id = ?")
					.params(area.name(), area.nameEn(), area.description(), area.ordinal(), id)
					.update();
			}
			else {
				id = area.id();
				insertPriorityArea(agreementId, area);
			}
			for (UUID from : mapsFromByCode.getOrDefault(area.code(), List.of())) {
				jdbc.sql("INSERT INTO priority_area_mapping (area_id, maps_from_id) VALUES (?, ?)").params(id, from).update();
			}
		}
		existing.forEach((code, id) -> {
			if (!kept.contains(code)) {
				jdbc.sql("DELETE FROM priority_area WHERE id = :id").param("id", id).update();
			}
		});
	}

	/** The ids of the local agreements not yet superseded. */
	public List<Agreement> openLocal() {
		return load(jdbc.sql(SELECT + " WHERE kind = 'LOCAL' AND status <> 'SUPERSEDED' ORDER BY valid_from")
			.query(Row.class)
			.list());
	}

	public List<PriorityArea> priorityAreasOf(UUID agreementId) {
		return jdbc.sql("""
				SELECT id, code, name, name_en, description, ordinal FROM priority_area
				WHERE agreement_id = :id ORDER BY ordinal""")
			.param("id", agreementId)
			.query(PriorityArea.class)
			.list();
	}

	public void insert(Agreement agreement) {
		jdbc.sql("""
				INSERT INTO agreement (id, kind, title, goal, district_id, valid_from, valid_to, revision_interval_years,
				                       next_revision_due, status, supersedes_id, situation_picture_id)
				VALUES (:id, :kind, :title, :goal, :district, :validFrom, :validTo, :interval, :due, :status, :supersedes,
				        :picture)""")
			.param("picture", agreement.situationPictureId())
			.param("id", agreement.id())
			.param("kind", agreement.kind().name())
			.param("title", agreement.title())
			.param("goal", agreement.goal())
			.param("district", agreement.districtId())
			.param("validFrom", agreement.validFrom())
			.param("validTo", agreement.validTo())
			.param("interval", agreement.revisionIntervalYears())
			.param("due", agreement.nextRevisionDue())
			.param("status", agreement.status().name())
			.param("supersedes", agreement.supersedesId())
			.update();
		writeChildren(agreement);
	}

	/** Saves the changed agreement if nobody changed it since {@code agreement.version()} was read. */
	public void update(Agreement agreement) {
		int updated = jdbc.sql("""
				UPDATE agreement SET title = :title, goal = :goal, valid_from = :validFrom, valid_to = :validTo,
				       next_revision_due = :due, status = :status, revision_needed_for = :revisionNeededFor,
				       situation_picture_id = :picture, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("title", agreement.title())
			.param("goal", agreement.goal())
			.param("revisionNeededFor", agreement.revisionNeededFor())
			.param("picture", agreement.situationPictureId())
			.param("validFrom", agreement.validFrom())
			.param("validTo", agreement.validTo())
			.param("due", agreement.nextRevisionDue())
			.param("status", agreement.status().name())
			.param("id", agreement.id())
			.param("version", agreement.version())
			.update();
		if (updated == 0) {
			throw new VersionConflict("överenskommelsen");
		}
		jdbc.sql("DELETE FROM agreement_party WHERE agreement_id = :id").param("id", agreement.id()).update();
		jdbc.sql("DELETE FROM focus_area WHERE agreement_id = :id").param("id", agreement.id()).update();
		jdbc.sql("DELETE FROM priority_area_not_addressed WHERE agreement_id = :id").param("id", agreement.id()).update();
		jdbc.sql("DELETE FROM agreement_signature WHERE agreement_id = :id").param("id", agreement.id()).update();
		writeChildren(agreement);
	}

	void insertPriorityArea(UUID agreementId, PriorityArea area) {
		jdbc.sql("""
				INSERT INTO priority_area (id, agreement_id, code, name, name_en, description, ordinal)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(area.id(), agreementId, area.code(), area.name(), area.nameEn(), area.description(), area.ordinal())
			.update();
	}

	void recordSignature(UUID agreementId, Signature signature) {
		jdbc.sql("""
				INSERT INTO agreement_signature (agreement_id, party, signed_by, username, signed_at, note)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(agreementId, signature.party(), signature.signedBy(), signature.username(), signature.signedAt(),
					signature.note())
			.update();
	}

	private void writeChildren(Agreement agreement) {
		Map<UUID, String> partyOfUnit = agreement.partyUnitParties();
		for (UUID unit : agreement.partyUnitIds()) {
			jdbc.sql("INSERT INTO agreement_party (agreement_id, unit_id, party) VALUES (?, ?, ?)")
				.params(agreement.id(), unit, partyOfUnit.get(unit))
				.update();
		}
		int ordinal = 0;
		for (FocusArea focus : agreement.focusAreas()) {
			jdbc.sql("""
					INSERT INTO focus_area (id, agreement_id, priority_area_id, title, description, ordinal, continues_id)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(focus.id(), agreement.id(), focus.priorityAreaId(), focus.title(), focus.description(), ordinal++,
						focus.continuesId())
				.update();
		}
		for (NotAddressed reason : agreement.notAddressed()) {
			jdbc.sql("INSERT INTO priority_area_not_addressed (agreement_id, priority_area_id, reason) VALUES (?, ?, ?)")
				.params(agreement.id(), reason.priorityAreaId(), reason.reason())
				.update();
		}
		for (Signature signature : agreement.signatures()) {
			recordSignature(agreement.id(), signature);
		}
	}

	private List<Agreement> load(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = SqlArrays.uuids(rows.stream().map(Row::id).toList());
		Map<UUID, Map<UUID, String>> parties = new HashMap<>();
		jdbc.sql("SELECT agreement_id, unit_id, party FROM agreement_party WHERE agreement_id = ANY(:ids) ORDER BY party, unit_id")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				parties.computeIfAbsent(rs.getObject(1, UUID.class), id -> new LinkedHashMap<>())
					.put(rs.getObject(2, UUID.class), rs.getString(3));
			});
		Map<UUID, List<FocusArea>> focus = new HashMap<>();
		jdbc.sql("""
				SELECT agreement_id, id, title, priority_area_id, description, continues_id FROM focus_area
				WHERE agreement_id = ANY(:ids) ORDER BY ordinal""")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				focus.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new FocusArea(rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
							rs.getString(5), rs.getObject(6, UUID.class)));
			});
		Map<UUID, List<NotAddressed>> reasons = new HashMap<>();
		jdbc.sql("SELECT agreement_id, priority_area_id, reason FROM priority_area_not_addressed WHERE agreement_id = ANY(:ids)")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				reasons.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new NotAddressed(rs.getObject(2, UUID.class), rs.getString(3)));
			});
		Map<UUID, List<Signature>> signatures = new HashMap<>();
		jdbc.sql("""
				SELECT agreement_id, party, signed_by, username, signed_at, note FROM agreement_signature
				WHERE agreement_id = ANY(:ids) ORDER BY signed_at""")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				signatures.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new Signature(rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getObject(5, OffsetDateTime.class), rs.getString(6)));
			});
		List<Agreement> agreements = new ArrayList<>();
		for (Row row : rows) {
			Map<UUID, String> partyUnits = parties.getOrDefault(row.id(), Map.of());
			Agreement agreement = new Agreement(row.id(), row.kind(), row.title(), row.goal(), row.districtId(), partyUnits,
					row.validFrom(), row.validTo(),
					row.revisionIntervalYears(), row.status(), row.supersedesId(), focus.getOrDefault(row.id(), List.of()),
					reasons.getOrDefault(row.id(), List.of()), signatures.getOrDefault(row.id(), List.of()), row.version());
			agreement.restore(row.revisionNeededFor(), row.situationPictureId());
			agreements.add(agreement);
		}
		return agreements;
	}
}
