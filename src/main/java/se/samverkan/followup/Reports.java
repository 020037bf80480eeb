package se.samverkan.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.platform.database.SqlArrays;
import se.samverkan.platform.rules.RuleViolation;
import se.samverkan.platform.rules.VersionConflict;

/** Follow-up reports and their frozen versions. */
@Repository
public class Reports {

	private static final String SELECT = """
			SELECT id, plan_id, district_id, period, status, edition, narrative::text AS narrative, authors, created_by,
			       created_at, version
			FROM followup_report
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final RowMapper<FollowupReport> mapper;

	Reports(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.mapper = this::map;
	}

	/** A report's state in a list: enough for the reporting status and the compilation. */
	public record Summary(UUID id, UUID planId, UUID districtId, String period, ReportStatus status, int edition) {
	}

	public Optional<FollowupReport> byId(UUID id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(mapper).optional();
	}

	public Optional<FollowupReport> of(UUID planId, String period) {
		return jdbc.sql(SELECT + " WHERE plan_id = :plan AND period = :period")
			.param("plan", planId)
			.param("period", period)
			.query(mapper)
			.optional();
	}

	/**
	 * Reports of a year, or of one plan, newest period first. {@code districts} null: every
	 * district; the city-wide plan's reports are listed for everyone who reads.
	 */
	public List<FollowupReport> find(Integer year, UUID planId, UUID districtId, Set<UUID> districts) {
		StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (year != null) {
			sql.append(" AND year = :year");
			params.put("year", year);
		}
		if (planId != null) {
			sql.append(" AND plan_id = :plan");
			params.put("plan", planId);
		}
		if (districtId != null) {
			sql.append(" AND district_id = :district");
			params.put("district", districtId);
		}
		if (districts != null) {
			sql.append(" AND (district_id IS NULL OR district_id = ANY(:districts))");
			params.put("districts", SqlArrays.uuids(districts));
		}
		sql.append(" ORDER BY year DESC, period DESC, district_id NULLS FIRST");
		return jdbc.sql(sql.toString()).params(params).query(mapper).list();
	}

	/** Every report of a year, light. */
	public List<Summary> summaries(int year) {
		return jdbc.sql("""
				SELECT id, plan_id, district_id, period, status, edition FROM followup_report WHERE year = :year""")
			.param("year", year)
			.query((rs, n) -> new Summary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getString(4), ReportStatus.valueOf(rs.getString(5)), rs.getInt(6)))
			.list();
	}

	/** Refuses a second report for the same plan and period (409, naming the one that exists). */
	void insert(FollowupReport report) {
		of(report.planId(), report.period().code()).ifPresent(existing -> {
			throw new RuleViolation("followup.rule.report-exists", report.period().code(), existing.id());
		});
		try {
			jdbc.sql("""
					INSERT INTO followup_report (id, plan_id, district_id, year, period, status, edition, narrative,
					                             authors, created_by, created_at)
					VALUES (:id, :plan, :district, :year, :period, :status, :edition, CAST(:narrative AS jsonb),
					        :authors, :by, :at)""")
				.param("id", report.id())
				.param("plan", report.planId())
				.param("district", report.districtId())
				.param("year", report.period().year())
				.param("period", report.period().code())
				.param("status", report.status().name())
				.param("edition", report.edition())
				.param("narrative", json.writeValueAsString(report.narrative()))
				.param("authors", SqlArrays.texts(report.authors()))
				.param("by", report.createdBy())
				.param("at", report.createdAt())
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Written at the same moment by someone else: the transaction is spoilt, so it cannot be looked up.
			throw new RuleViolation("followup.rule.report-exists", report.period().code(), "–");
		}
	}

	/** Saves the report if it is still at the version read; else 409 and nothing changed. */
	void update(FollowupReport report) {
		int updated = jdbc.sql("""
				UPDATE followup_report SET status = :status, edition = :edition, narrative = CAST(:narrative AS jsonb),
				       authors = :authors, updated_at = now(), version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", report.status().name())
			.param("edition", report.edition())
			.param("narrative", json.writeValueAsString(report.narrative()))
			.param("authors", SqlArrays.texts(report.authors()))
			.param("id", report.id())
			.param("version", report.version())
			.update();
		if (updated == 0) {
			throw new VersionConflict("rapporten");
		}
	}

	void insertVersion(ReportVersion version) {
		jdbc.sql("""
				INSERT INTO followup_report_version (report_id, number, snapshot, narrative, authors, submitted_by,
				                                     submitted_at)
				VALUES (:report, :number, CAST(:snapshot AS jsonb), CAST(:narrative AS jsonb), :authors, :by, :at)""")
			.param("report", version.reportId())
			.param("number", version.number())
			.param("snapshot", json.writeValueAsString(version.snapshot()))
			.param("narrative", json.writeValueAsString(version.narrative()))
			.param("authors", SqlArrays.texts(version.authors()))
			.param("by", version.submittedBy())
			.param("at", version.submittedAt())
			.update();
	}

	void decide(UUID reportId, int number, ReportStatus outcome, String by, String comment) {
		jdbc.sql("""
				UPDATE followup_report_version SET outcome = :outcome, decided_by = :by, decided_at = now(), comment = :comment
				WHERE report_id = :report AND number = :number""")
			.param("outcome", outcome.name())
			.param("by", by)
			.param("comment", comment)
			.param("report", reportId)
			.param("number", number)
			.update();
	}

	/** Every submitted version of a report, oldest first. */
	public List<ReportVersion> versions(UUID reportId) {
		return jdbc.sql(VERSIONS + " WHERE report_id = :report ORDER BY number")
			.param("report", reportId)
			.query(this::version)
			.list();
	}

	public Optional<ReportVersion> version(UUID reportId, int number) {
		return jdbc.sql(VERSIONS + " WHERE report_id = :report AND number = :number")
			.param("report", reportId)
			.param("number", number)
			.query(this::version)
			.optional();
	}

	/** The latest submitted version of each report, for reading many frozen snapshots at once. */
	public Map<UUID, ReportVersion> latestVersions(Collection<UUID> reportIds) {
		Map<UUID, ReportVersion> latest = new HashMap<>();
		if (reportIds.isEmpty()) {
			return latest;
		}
		jdbc.sql(VERSIONS + """
				 WHERE report_id = ANY(:ids)
				   AND number = (SELECT max(v.number) FROM followup_report_version v WHERE v.report_id = followup_report_version.report_id)""")
			.param("ids", SqlArrays.uuids(reportIds))
			.query(this::version)
			.list()
			.forEach(version -> latest.put(version.reportId(), version));
		return latest;
	}

	private static final String VERSIONS = """
			SELECT report_id, number, snapshot::text AS snapshot, narrative::text AS narrative, authors, submitted_by,
			       submitted_at, outcome, decided_by, decided_at, comment
			FROM followup_report_version""";

	private ReportVersion version(ResultSet rs, int row) throws SQLException {
		return new ReportVersion(rs.getObject("report_id", UUID.class), rs.getInt("number"),
				json.readValue(rs.getString("snapshot"), ReportSnapshot.class),
				json.readValue(rs.getString("narrative"), Narrative.class), texts(rs.getArray("authors")),
				rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class),
				rs.getString("outcome") == null ? null : ReportStatus.valueOf(rs.getString("outcome")),
				rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class), rs.getString("comment"));
	}

	private FollowupReport map(ResultSet rs, int row) throws SQLException {
		String period = rs.getString("period");
		return new FollowupReport(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
				rs.getObject("district_id", UUID.class), ReportPeriod.parse(period).orElseThrow(),
				ReportStatus.valueOf(rs.getString("status")), rs.getInt("edition"),
				json.readValue(rs.getString("narrative"), Narrative.class), texts(rs.getArray("authors")),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
	}

	private static List<String> texts(java.sql.Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}
}
