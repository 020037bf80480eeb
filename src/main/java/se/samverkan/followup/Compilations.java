package se.samverkan.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.platform.database.SqlArrays;
import se.samverkan.platform.rules.RuleViolation;
import se.samverkan.platform.rules.VersionConflict;

/** Yearly compilations and their carry-over proposals. */
@Repository
public class Compilations {

	private static final String SELECT = """
			SELECT id, year, status, content::text AS content, next_year_plan_id, created_by, created_at, published_by,
			       published_at, version
			FROM annual_compilation""";

	private static final String PROPOSALS = """
			SELECT id, compilation_id, district_id, activity_id, activity_title, activity_status, status, decided_by,
			       decided_at, reason, new_activity_id, version
			FROM carry_over_proposal""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Compilations(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<AnnualCompilation> byId(UUID id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::map).optional();
	}

	public Optional<AnnualCompilation> ofYear(int year) {
		return jdbc.sql(SELECT + " WHERE year = :year").param("year", year).query(this::map).optional();
	}

	/** Which compilation a year has and whether it is published, without reading its content. */
	public record State(UUID id, int year, String status, OffsetDateTime publishedAt) {
	}

	public Optional<State> stateOf(int year) {
		return jdbc.sql("SELECT id, year, status, published_at FROM annual_compilation WHERE year = :year")
			.param("year", year)
			.query(State.class)
			.optional();
	}

	/** Newest first, without their content. */
	public List<State> states() {
		return jdbc.sql("SELECT id, year, status, published_at FROM annual_compilation ORDER BY year DESC")
			.query(State.class)
			.list();
	}

	/** Refuses a second compilation of the year (409, naming the one that exists). */
	void insert(AnnualCompilation compilation) {
		lockYear(compilation.year());
		ofYear(compilation.year()).ifPresent(existing -> {
			throw new RuleViolation("followup.rule.compilation-exists", compilation.year(), existing.id());
		});
		try {
			jdbc.sql("""
					INSERT INTO annual_compilation (id, year, status, content, next_year_plan_id, created_by, created_at)
					VALUES (:id, :year, :status, CAST(:content AS jsonb), :plan, :by, :at)""")
				.param("id", compilation.id())
				.param("year", compilation.year())
				.param("status", compilation.status())
				.param("content", json.writeValueAsString(compilation.content()))
				.param("plan", compilation.nextYearPlanId())
				.param("by", compilation.createdBy())
				.param("at", compilation.createdAt())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("followup.rule.compilation-exists", compilation.year(), "–");
		}
	}

	/** Serialises compiling a year: two coordinators pressing at once make one compilation, not two plans. */
	void lockYear(int year) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('annual-compilation'), :year)").param("year", year).query().singleRow();
	}

	void publish(AnnualCompilation compilation, String by) {
		int updated = jdbc.sql("""
				UPDATE annual_compilation SET status = 'PUBLISHED', published_by = :by, published_at = now(),
				       version = version + 1
				WHERE id = :id AND version = :version AND status = 'DRAFT'""")
			.param("by", by)
			.param("id", compilation.id())
			.param("version", compilation.version())
			.update();
		if (updated == 0) {
			throw new VersionConflict("årssammanställningen");
		}
	}

	void insertProposal(CarryOverProposal proposal) {
		jdbc.sql("""
				INSERT INTO carry_over_proposal (id, compilation_id, district_id, activity_id, activity_title,
				                                 activity_status, status)
				VALUES (?, ?, ?, ?, ?, ?, 'PROPOSED')""")
			.params(proposal.id(), proposal.compilationId(), proposal.districtId(), proposal.activityId(),
					proposal.activityTitle(), proposal.activityStatus())
			.update();
	}

	public Optional<CarryOverProposal> proposal(UUID id) {
		return jdbc.sql(PROPOSALS + " WHERE id = :id").param("id", id).query(CarryOverProposal.class).optional();
	}

	/** Proposals of a compilation, for the districts given (null: every district). */
	public List<CarryOverProposal> proposals(UUID compilationId, Set<UUID> districts) {
		return jdbc.sql(PROPOSALS + """
				 WHERE compilation_id = :compilation AND (CAST(:all AS boolean) OR district_id = ANY(:districts))
				ORDER BY district_id, activity_title""")
			.param("compilation", compilationId)
			.param("all", districts == null)
			.param("districts", SqlArrays.uuids(districts == null ? Set.of() : districts))
			.query(CarryOverProposal.class)
			.list();
	}

	/** Open proposals in the districts (null: every district), for the start page. */
	public List<CarryOverProposal> openProposals(Set<UUID> districts) {
		return jdbc.sql(PROPOSALS + """
				 WHERE status = 'PROPOSED' AND (CAST(:all AS boolean) OR district_id = ANY(:districts))
				ORDER BY district_id, activity_title""")
			.param("all", districts == null)
			.param("districts", SqlArrays.uuids(districts == null ? Set.of() : districts))
			.query(CarryOverProposal.class)
			.list();
	}

	void decide(CarryOverProposal proposal, String status, String by, String reason, UUID newActivityId) {
		int updated = jdbc.sql("""
				UPDATE carry_over_proposal SET status = :status, decided_by = :by, decided_at = now(), reason = :reason,
				       new_activity_id = :activity, version = version + 1
				WHERE id = :id AND version = :version AND status = 'PROPOSED'""")
			.param("status", status)
			.param("by", by)
			.param("reason", reason)
			.param("activity", newActivityId)
			.param("id", proposal.id())
			.param("version", proposal.version())
			.update();
		if (updated == 0) {
			throw new RuleViolation("followup.rule.proposal-decided");
		}
	}

	private AnnualCompilation map(ResultSet rs, int row) throws SQLException {
		return new AnnualCompilation(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getString("status"),
				json.readValue(rs.getString("content"), CompilationContent.class),
				rs.getObject("next_year_plan_id", UUID.class), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getString("published_by"),
				rs.getObject("published_at", OffsetDateTime.class), rs.getInt("version"));
	}
}
