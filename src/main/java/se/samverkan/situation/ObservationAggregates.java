package se.samverkan.situation;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;

/**
 * Keeps the observation aggregates (V60) in step with the observations. Everyday changes are
 * followed by a database trigger, row by row, in the same transaction; bulk writers (the CSV
 * import) count their rows in memory as a {@link Delta}, write with the trigger held back, and merge
 * the delta once. The rebuild counts everything again from the raw rows; the check compares.
 */
@Service
public class ObservationAggregates {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final Logger log = LoggerFactory.getLogger(ObservationAggregates.class);

	/** What a rebuild found and stored. */
	public record Rebuilt(long observations, long countRows, long cellRows, long millis, Check before) {
	}

	/** Aggregate rows that differ from a fresh count of the raw rows (missing, extra or wrong). */
	public record Check(long countDifferences, long cellDifferences) {

		public boolean consistent() {
			return countDifferences == 0 && cellDifferences == 0;
		}
	}

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final AccessPolicy policy;

	private final AuditLog audit;

	ObservationAggregates(JdbcClient jdbc, DataSource dataSource, AccessPolicy policy, AuditLog audit) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.policy = policy;
		this.audit = audit;
	}

	/**
	 * Counts every observation again from the raw rows, for administrators (after a restore, or a
	 * bulk load that bypassed the application). Writers wait while it runs; readers see the old
	 * counts until it commits.
	 */
	@Transactional
	public Rebuilt rebuild(Actor actor) {
		policy.require(actor, Action.ADMINISTER, null);
		Rebuilt rebuilt = rebuild();
		audit.recordChange("REBUILD", "ObservationAggregates", null, null,
				Map.of("countDifferences", rebuilt.before().countDifferences(), "cellDifferences",
						rebuilt.before().cellDifferences()),
				Map.of("observations", rebuilt.observations(), "countRows", rebuilt.countRows(), "cellRows",
						rebuilt.cellRows()));
		return rebuilt;
	}

	@Transactional
	Rebuilt rebuild() {
		long started = System.nanoTime();
		jdbc.sql("LOCK TABLE observation IN SHARE MODE").update();
		Check before = check();
		jdbc.sql("SELECT observation_aggregates_rebuild()").query().singleRow();
		return new Rebuilt(count("observation"), count("observation_count"), count("observation_cell_count"),
				(System.nanoTime() - started) / 1_000_000, before);
	}

	/** Compares the stored counts with a fresh count of the raw rows, for administrators. */
	@Transactional(readOnly = true)
	public Check check(Actor actor) {
		policy.require(actor, Action.ADMINISTER, null);
		return check();
	}

	@Transactional(readOnly = true)
	Check check() {
		long counts = jdbc.sql("""
				SELECT count(*) FROM observation_count_fresh f FULL JOIN observation_count c
				  ON (c.grain, c.period_start, c.district_id, c.category_code, c.priority_area_code, c.status)
				   = (f.grain, f.period_start, f.district_id, f.category_code, f.priority_area_code, f.status)
				WHERE f.n IS DISTINCT FROM c.n""").query(Long.class).single();
		long cells = jdbc.sql("""
				SELECT count(*) FROM observation_cell_count_fresh f FULL JOIN observation_cell_count c
				  ON (c.grain, c.category_code, c.period_start, c.district_id, c.cell_x, c.cell_y)
				   = (f.grain, f.category_code, f.period_start, f.district_id, f.cell_x, f.cell_y)
				WHERE f.n IS DISTINCT FROM c.n""").query(Long.class).single();
		return new Check(counts, cells);
	}

	/**
	 * Runs bulk writes to the observations with the row-by-row trigger held back, for a writer that
	 * merges its own {@link Delta} in the same transaction. Each row's foreign keys are checked with
	 * one prepared lookup; the embedded server plans every query for its values
	 * ({@code plan_cache_mode=force_custom_plan}, for reports over skewed data), which would plan
	 * that lookup again for every row (a third of a million-row COPY), so bulk writes plan as
	 * PostgreSQL does by default.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	<T> T writeInBulk(Supplier<T> writes) {
		jdbc.sql("""
				SELECT set_config('samverkan.observation_aggregates', 'merged-by-writer', true),
				       set_config('plan_cache_mode', 'auto', true)""").query().singleRow();
		try {
			return writes.get();
		}
		finally {
			jdbc.sql("SELECT set_config('samverkan.observation_aggregates', '', true)").query().singleRow();
			jdbc.sql("SET LOCAL plan_cache_mode TO DEFAULT").update();
		}
	}

	/** Adds the delta's counts to the aggregates, each aggregate row once. */
	@Transactional(propagation = Propagation.MANDATORY)
	void merge(Delta delta) {
		if (delta.counts.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		StringBuilder counts = new StringBuilder();
		delta.counts.forEach((key, n) -> counts.append(key.grain()).append(',').append(key.start()).append(',')
			.append(key.district()).append(',').append(quoted(key.category())).append(',').append(quoted(key.area()))
			.append(',').append(quoted(key.status())).append(',').append(n[0]).append('\n'));
		merge("observation_count", "grain, period_start, district_id, category_code, priority_area_code, status", counts);
		StringBuilder cells = new StringBuilder();
		delta.cells.forEach((key, n) -> cells.append(key.grain()).append(',').append(quoted(key.category())).append(',')
			.append(key.start()).append(',').append(key.district()).append(',').append(key.x()).append(',')
			.append(key.y()).append(',').append(n[0]).append('\n'));
		merge("observation_cell_count", "grain, category_code, period_start, district_id, cell_x, cell_y", cells);
		log.info("Merged the counts of {} observations ({} count rows, {} cell rows) in {} ms", delta.size(),
				delta.counts.size(), delta.cells.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Copies the rows (the key columns, then the count) into a temporary table and adds them to the
	 * aggregate table in key order, so two writers merging at once take their row locks in the same
	 * order.
	 */
	private void merge(String table, String keys, CharSequence rows) {
		jdbc.sql("CREATE TEMP TABLE " + table + "_delta (LIKE " + table + ") ON COMMIT DROP").update();
		copy("COPY " + table + "_delta (" + keys + ", n) FROM STDIN WITH (FORMAT csv)", rows);
		jdbc.sql("INSERT INTO " + table + " AS c SELECT * FROM " + table + "_delta ORDER BY " + keys + " ON CONFLICT ("
				+ keys + ") DO UPDATE SET n = c.n + EXCLUDED.n").update();
		jdbc.sql("DROP TABLE " + table + "_delta").update();
	}

	private static String quoted(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	private void copy(String sql, CharSequence rows) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not merge observation counts", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	/**
	 * Observation counts gathered in memory, keyed as the aggregate tables are (days, weeks, months
	 * and years of Europe/Stockholm, as the trigger counts them).
	 */
	static final class Delta {

		record CountKey(char grain, LocalDate start, UUID district, String category, String area, String status) {
		}

		record CellKey(char grain, String category, LocalDate start, UUID district, int x, int y) {
		}

		private final Map<CountKey, long[]> counts = new HashMap<>();

		private final Map<CellKey, long[]> cells = new HashMap<>();

		private long observations;

		/** How many observations were added. */
		long size() {
			return observations;
		}

		void add(Observation o) {
			add(o.districtId(), o.occurredAt(), o.categoryCode(), o.priorityAreaCode(), o.status(),
					o.lon() == null ? null : HotspotGrid.cellX(o.lon()), o.lat() == null ? null : HotspotGrid.cellY(o.lat()));
		}

		void add(UUID district, OffsetDateTime occurredAt, String category, String area, String status, Integer cellX,
				Integer cellY) {
			observations++;
			LocalDate day = occurredAt.atZoneSameInstant(STOCKHOLM).toLocalDate();
			increment(counts, new CountKey('D', day, district, category, area, status));
			increment(counts, new CountKey('W', CalendarSlices.startOfWeek(day), district, category, area, status));
			if (cellX != null && cellY != null) {
				LocalDate month = CalendarSlices.startOfMonth(day);
				LocalDate year = CalendarSlices.startOfYear(day);
				increment(cells, new CellKey('M', "*", month, district, cellX, cellY));
				increment(cells, new CellKey('M', category, month, district, cellX, cellY));
				increment(cells, new CellKey('Y', "*", year, district, cellX, cellY));
				increment(cells, new CellKey('Y', category, year, district, cellX, cellY));
			}
		}

		private static <K> void increment(Map<K, long[]> map, K key) {
			map.computeIfAbsent(key, k -> new long[1])[0]++;
		}
	}
}
