package se.samverkan.situation;

import java.io.BufferedWriter;
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
import org.springframework.transaction.annotation.Transactional;

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
 * Valid rows go to PostgreSQL with COPY, so a million rows take seconds, not minutes; their counts
 * are gathered in memory while the file is checked and merged into the aggregates once.
 */
@Service
public class ObservationCsvImport {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ObservationCsvImport.class);

	static final int MAX_ERRORS = 1000;

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
		Path prepared = null;
		try {
			prepared = Files.createTempFile("samverkan-import", ".copy");
			List<LineError> errors = new ArrayList<>();
			long started = System.nanoTime();
			Set<String> externalIds = new HashSet<>();
			ObservationAggregates.Delta counted = new ObservationAggregates.Delta();
			long rows = prepare(actor, scope, file, prepared, errors, progress, externalIds, counted);
			if (!errors.isEmpty()) {
				return ImportResult.refused(errors);
			}
			long checked = System.nanoTime();
			// Imports store one at a time, so two copies of one file cannot both pass the "imported before" check.
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('samverkan-observation-import'))").query().singleRow();
			long imported = anyImportedBefore(externalIds) ? copyNew(prepared) : copyAll(prepared, counted);
			log.info("CSV import of {} rows by {}: checked in {} ms, stored {} new in {} ms", rows, actor.username(),
					(checked - started) / 1_000_000, imported, (System.nanoTime() - checked) / 1_000_000);
			audit.recordChange("IMPORT", "Observation", null, null, null,
					Map.of("file", String.valueOf(fileName), "rows", rows, "imported", imported, "skipped", rows - imported));
			return new ImportResult(imported, rows - imported, List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (prepared != null) {
				prepared.toFile().delete();
			}
		}
	}

	/** Checks every row and writes the valid ones as COPY text; returns the number of rows. */
	private long prepare(Actor actor, Scope scope, Path file, Path prepared, List<LineError> errors,
			LongConsumer progress, Set<String> externalIds, ObservationAggregates.Delta counted) throws IOException {
		ObservationRules rules = new ObservationRules(new CachedLookups());
		OffsetDateTime now = OffsetDateTime.now();
		ObservationFile.Read read;
		long[] rows = { 0 };
		try (BufferedWriter out = Files.newBufferedWriter(prepared, StandardCharsets.UTF_8)) {
			read = ObservationFile.read(file, errors, (line, input, checks) -> {
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
					write(out, observation);
					counted.add(observation);
				}
				if (++rows[0] % 5000 == 0) {
					progress.accept(line);
				}
			});
		}
		progress.accept(read.lastLine());
		if (read.rows() == 0 && errors.isEmpty()) {
			errors.add(new LineError(2, "Filen innehåller inga rader under rubrikraden."));
		}
		return read.rows();
	}

	private static void write(BufferedWriter out, Observation observation) {
		try {
			CopyRow.write(out, observation);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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

	/** Whether any of the file's external ids is stored already (asked in chunks). */
	private boolean anyImportedBefore(Set<String> externalIds) {
		List<String> ids = new ArrayList<>(externalIds);
		for (int from = 0; from < ids.size(); from += 50_000) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 50_000));
			boolean found = jdbc.sql("SELECT EXISTS (SELECT 1 FROM observation WHERE external_id = ANY(:ids))")
				.param("ids", new org.springframework.jdbc.support.SqlArrayValue("text", chunk.toArray()))
				.query(Boolean.class)
				.single();
			if (found) {
				return true;
			}
		}
		return false;
	}

	/** Nothing was imported before: the rows go straight into the table with COPY, their counts once. */
	private long copyAll(Path prepared, ObservationAggregates.Delta counted) {
		long imported = aggregates.writeInBulk(() -> copyInto("observation", prepared));
		aggregates.merge(counted);
		return imported;
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
			return copier.copyIn("COPY " + table + " (" + CopyRow.COLUMNS + ") FROM STDIN WITH (FORMAT csv)", in);
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
			organisation.units(UnitType.DISTRICT, null, java.time.LocalDate.now())
				.forEach(district -> districts.put(district.id(), district));
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
			return districts.computeIfAbsent(id, unknown -> organisation.unit(unknown).orElse(null));
		}

		@Override
		public DistrictLocator locator() {
			return locator;
		}
	}
}
