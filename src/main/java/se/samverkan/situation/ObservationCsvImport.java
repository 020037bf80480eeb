package se.samverkan.situation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Scope;
import se.samverkan.organisation.DistrictLocator;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.situation.ImportResult.LineError;
import se.samverkan.situation.internal.ObservationFile;
import se.samverkan.situation.internal.ObservationRules;

/**
 * Imports observations from a table (header row with API.md's field names; position as {@code lat}
 * and {@code lon}): CSV as Swedish Excel and other tools save it, or an .xlsx workbook, read by
 * {@link ObservationFile}; a file that is neither is refused naming the field {@code file}. All
 * or nothing: every row is checked first, by the same rules as the form, and any error refuses
 * the whole file with every error listed by line and column. Rows whose
 * {@code externalId} was imported before are skipped, so a file imported twice changes nothing.
 * Valid rows go to PostgreSQL with COPY while the file is still being checked, so checking and
 * storing run side by side; a row with an error stops the COPY and the transaction goes back to
 * before it. Their counts are gathered in memory and merged into the aggregates once.
 */
@Service
public class ObservationCsvImport {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ObservationCsvImport.class);

	static final int MAX_ERRORS = 1000;

	private static final String UNIQUE_VIOLATION = "23505";

	private static final double STOCKHOLM_CENTRE_LAT = 59.3293;

	private static final double STOCKHOLM_CENTRE_LON = 18.0686;

	private final ObservationCategories categories;

	private final Places places;

	private final OrganisationDirectory organisation;

	private final DistrictLocator locator;

	private final AccessPolicy policy;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final ObservationAggregates aggregates;

	ObservationCsvImport(ObservationCategories categories, Places places, OrganisationDirectory organisation,
			DistrictLocator locator, AccessPolicy policy, AuditLog audit, JdbcClient jdbc, DataSource dataSource,
			ObservationAggregates aggregates) {
		this.aggregates = aggregates;
		this.categories = categories;
		this.places = places;
		this.organisation = organisation;
		this.locator = locator;
		this.policy = policy;
		this.audit = audit;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * Where the actor may import observations, refusing (403) one who may import none. Callers ask
	 * before they read an upload, so a file nobody may import is never read.
	 */
	public Scope importScope(Actor actor) {
		// Central coordinators import for the whole city; others within the districts they report in.
		Scope scope = policy.allows(actor, Action.EDIT_CITY_WIDE, null) ? Scope.EVERYTHING
				: policy.scope(actor, Action.REPORT_OBSERVATION);
		if (scope.isEmpty()) {
			throw new se.samverkan.platform.rules.Forbidden();
		}
		return scope;
	}

	/** Imports the file; {@code progress} hears the number of lines read so far. */
	@Transactional
	public ImportResult importFile(Actor actor, Path file, String fileName, LongConsumer progress) {
		Scope scope = importScope(actor);
		// Everything the check looks up is read now: while the rows stream in, the connection is busy with the COPY
		ObservationRules rules = new ObservationRules(new CachedLookups());
		// Imports store one at a time, so two copies of one file cannot both pass the "imported before" test
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('samverkan-observation-import'))").query().singleRow();
		// The trigger is held back for the whole COPY; the counts are merged once at the end
		return aggregates.writeInBulk(() -> importRows(actor, scope, rules, file, fileName, progress));
	}

	private ImportResult importRows(Actor actor, Scope scope, ObservationRules rules, Path file, String fileName,
			LongConsumer progress) {
		long started = System.nanoTime();
		List<LineError> errors = new ArrayList<>();
		ObservationAggregates.Delta counted = new ObservationAggregates.Delta();
		BeforeCopy beforeCopy = new BeforeCopy(TransactionAspectSupport.currentTransactionStatus());
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (ObservationCopy copy = ObservationCopy.into(connection)) {
			long rows = check(actor, scope, rules, file, copy, errors, progress, counted);
			long checked = System.nanoTime();
			if (!errors.isEmpty()) {
				copy.stop();
				beforeCopy.goBack();
				return ImportResult.refused(errors);
			}
			long imported = store(copy, beforeCopy, counted);
			log.info("CSV import of {} rows by {}: checked (and streamed) in {} ms, stored {} new in {} ms more", rows,
					actor.username(), (checked - started) / 1_000_000, imported, (System.nanoTime() - checked) / 1_000_000);
			audit.recordChange("IMPORT", "Observation", null, null, null,
					Map.of("file", String.valueOf(fileName), "rows", rows, "imported", imported, "skipped", rows - imported));
			return new ImportResult(imported, rows - imported, List.of());
		}
		catch (RuntimeException ex) {
			// A file that is no table, say: the COPY has ended (closed), the transaction must be usable for the refusal
			beforeCopy.goBack();
			throw ex;
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** The savepoint before the COPY: a stopped or refused COPY goes back to it, once. */
	private static final class BeforeCopy {

		private final TransactionStatus transaction;

		private Object savepoint;

		BeforeCopy(TransactionStatus transaction) {
			this.transaction = transaction;
			this.savepoint = transaction.createSavepoint();
		}

		void goBack() {
			if (savepoint != null) {
				Object to = savepoint;
				savepoint = null;
				transaction.rollbackToSavepoint(to);
			}
		}
	}

	/**
	 * Checks every row; while no row has failed, each valid one goes to the COPY (and its counts to
	 * {@code counted}). Returns the number of rows.
	 */
	private long check(Actor actor, Scope scope, ObservationRules rules, Path file, ObservationCopy copy,
			List<LineError> errors, LongConsumer progress, ObservationAggregates.Delta counted) {
		OffsetDateTime now = OffsetDateTime.now();
		Set<String> externalIds = new HashSet<>();
		long[] rows = { 0 };
		ObservationFile.Read read = ObservationFile.read(file, errors, (line, input, checks) -> {
			Observation observation = checks.isEmpty() ? rules.check(input, actor.username(), "CSV", checks, now) : null;
			if (observation != null && !scope.includesPlace(observation.districtId(), observation.neighbourhood())) {
				checks.problem("districtId", "scope", "Du får inte rapportera i det stadsdelsområdet.");
			}
			if (observation != null && observation.externalId() != null && !externalIds.add(observation.externalId())) {
				checks.problem("externalId", "duplicate", "externalId " + observation.externalId() + " finns två gånger i filen.");
			}
			if (!checks.isEmpty()) {
				addErrors(errors, line, checks);
			}
			else if (errors.isEmpty()) {
				copy.write(observation);
				counted.add(observation);
			}
			if (++rows[0] % 5000 == 0) {
				progress.accept(line);
			}
		});
		progress.accept(read.lastLine());
		if (read.rows() == 0 && errors.isEmpty()) {
			errors.add(new LineError(2, "Filen innehåller inga rader under rubrikraden."));
		}
		return read.rows();
	}

	/**
	 * Ends the COPY and merges the counts once. Where the table refused the rows because some were
	 * imported before, everything goes back to before the COPY and the kept rows go in through a
	 * temporary table, only the new ones.
	 */
	private long store(ObservationCopy copy, BeforeCopy beforeCopy, ObservationAggregates.Delta counted) {
		try {
			long imported = copy.finish();
			aggregates.merge(counted);
			return imported;
		}
		catch (SQLException ex) {
			beforeCopy.goBack();
			if (!UNIQUE_VIOLATION.equals(ex.getSQLState())) {
				throw new IllegalStateException("COPY of the import failed", ex);
			}
			return copyNew(copy.kept());
		}
	}

	private static void addErrors(List<LineError> errors, long line, FieldChecks checks) {
		for (FieldProblem problem : checks.problems()) {
			if (errors.size() < MAX_ERRORS) {
				String column = ObservationFile.COLUMNS.contains(problem.field()) ? problem.field() : null;
				errors.add(new LineError(line, column, problem.field() + ": " + problem.message()));
			}
		}
	}

	/**
	 * Some rows were imported before: COPY into a temporary table, then insert only the new ones and
	 * count those that were inserted.
	 */
	private long copyNew(Path prepared) {
		jdbc.sql("CREATE TEMP TABLE observation_import (LIKE observation INCLUDING DEFAULTS) ON COMMIT DROP").update();
		copyInto("observation_import", prepared);
		ObservationAggregates.Delta inserted = new ObservationAggregates.Delta();
		aggregates.writeInBulk(() -> {
			jdbc.sql("""
					WITH inserted AS (
					    INSERT INTO observation SELECT * FROM observation_import ON CONFLICT (external_id) DO NOTHING
					    RETURNING district_id, occurred_at, category_code, priority_area_code, status, cell_x, cell_y)
					SELECT * FROM inserted""").query((java.sql.ResultSet rs) -> {
						inserted.add(rs.getObject("district_id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class),
								rs.getString("category_code"), rs.getString("priority_area_code"), rs.getString("status"),
								(Integer) rs.getObject("cell_x"), (Integer) rs.getObject("cell_y"));
					});
			return null;
		});
		aggregates.merge(inserted);
		return inserted.size();
	}

	private long copyInto(String table, Path prepared) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (Reader in = Files.newBufferedReader(prepared, StandardCharsets.UTF_8)) {
			CopyManager copier = connection.unwrap(PGConnection.class).getCopyAPI();
			return copier.copyIn(CopyRow.copyInto(table), in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY of the import failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** The import checks against lookups held in memory: one query each, not one per row. */
	private final class CachedLookups implements ObservationRules.Lookups {

		private final Map<String, ObservationCategory> categoriesByCode = new HashMap<>();

		private final Map<UUID, Place> placesById = new HashMap<>();

		private final Map<UUID, OrganisationalUnit> districts = new HashMap<>();

		CachedLookups() {
			categories.all().forEach(category -> categoriesByCode.put(category.code(), category));
			places.find(null, null).forEach(place -> placesById.put(place.id(), place));
			// Every district that ever was (a row may name a historic one for its date); any other id is no district
			organisation.units(UnitType.DISTRICT, null, null).forEach(district -> districts.put(district.id(), district));
			// The boundaries are read on first use: read them now, not in the middle of the COPY
			locator.locate(STOCKHOLM_CENTRE_LAT, STOCKHOLM_CENTRE_LON, java.time.LocalDate.now());
		}

		@Override
		public ObservationCategory category(String code) {
			return categoriesByCode.get(code);
		}

		@Override
		public Place place(UUID id) {
			return placesById.get(id);
		}

		@Override
		public OrganisationalUnit district(UUID id) {
			return districts.get(id);
		}

		@Override
		public DistrictLocator locator() {
			return locator;
		}
	}
}
