package se.samverkan.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.organisation.DistrictLocator;
import se.samverkan.organisation.Location;
import se.samverkan.situation.HotspotGrid;

/**
 * Generates observations in SQL inside the city's real boundaries: 20,000 points are placed in the
 * neighbourhood polygons once (in Java, with the application's own locator, for each of the three
 * district layouts since 2020), a few of them made busy; then every row takes a random point, a
 * random moment in 2021-2025 (evenings and weekends more often), a random category, and the
 * district that held the point's neighbourhood on that day. Rows are written with the aggregate
 * trigger held back, as a bulk writer does, and the aggregates are rebuilt afterwards.
 */
final class BenchObservations {

	static final LocalDate FIRST = LocalDate.of(2021, 1, 1);

	static final int POINTS = 20_000;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	BenchObservations(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Places the sample points (once). */
	void placePoints(DistrictLocator locator) {
		jdbc.sql("""
				CREATE UNLOGGED TABLE IF NOT EXISTS bench_point (id INT PRIMARY KEY, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
				    cell_x INT, cell_y INT, neighbourhood TEXT, district_2021 UUID, district_2024 UUID)""").update();
		if (jdbc.sql("SELECT count(*) FROM bench_point").query(Long.class).single() > 0) {
			return;
		}
		SplittableRandom random = new SplittableRandom(12);
		List<Object[]> rows = new ArrayList<>();
		List<double[]> busy = new ArrayList<>();
		while (rows.size() < POINTS) {
			double lat;
			double lon;
			if (busy.size() >= 40 && random.nextInt(5) == 0) {
				// Around a busy spot (a square, a station): within about 150 m.
				double[] spot = busy.get(random.nextInt(busy.size()));
				lat = spot[0] + (random.nextDouble() - 0.5) * 0.0027;
				lon = spot[1] + (random.nextDouble() - 0.5) * 0.0053;
			}
			else {
				lat = 59.22 + random.nextDouble() * 0.22;
				lon = 17.75 + random.nextDouble() * 0.45;
			}
			Location in2021 = locator.locate(lat, lon, LocalDate.of(2021, 1, 1)).orElse(null);
			Location in2024 = locator.locate(lat, lon, LocalDate.of(2024, 1, 1)).orElse(null);
			if (in2021 == null || in2024 == null) {
				continue;
			}
			if (busy.size() < 40) {
				busy.add(new double[] { lat, lon });
			}
			rows.add(new Object[] { rows.size() + 1, lat, lon, HotspotGrid.cellX(lon), HotspotGrid.cellY(lat),
					in2024.neighbourhood(), in2021.districtId(), in2024.districtId() });
		}
		for (Object[] row : rows) {
			jdbc.sql("INSERT INTO bench_point VALUES (:id, :lat, :lon, :x, :y, :n, :d2021, :d2024)")
				.param("id", row[0]).param("lat", row[1]).param("lon", row[2]).param("x", row[3]).param("y", row[4])
				.param("n", row[5]).param("d2021", (UUID) row[6]).param("d2024", row[7])
				.update();
		}
	}

	/** Adds {@code count} observations in chunks of a million; answers the seconds it took. */
	double generate(long count) {
		long start = System.nanoTime();
		for (long done = 0; done < count; done += 1_000_000) {
			long chunk = Math.min(1_000_000, count - done);
			transactions.executeWithoutResult(status -> {
				jdbc.sql("SELECT set_config('samverkan.observation_aggregates', 'merged-by-writer', true)").query().singleRow();
				jdbc.sql("""
						INSERT INTO observation (id, occurred_at, reported_at, reported_by, source, lat, lon, cell_x, cell_y,
						                         district_id, neighbourhood, category_code, priority_area_code, severity, status)
						SELECT gen_random_uuid(), r.ts, r.ts, 'bench', 'API', p.lat, p.lon, p.cell_x, p.cell_y,
						       CASE WHEN r.ts < timestamptz '2023-07-01 00:00+02' THEN p.district_2021 ELSE p.district_2024 END,
						       p.neighbourhood, c.code, c.priority_area_code, 1 + (r.g % 4),
						       CASE WHEN r.g % 5 = 0 THEN 'HANDLED' ELSE 'NEW' END
						FROM (SELECT g,
						             -- a day in 2021-2025, then an hour that is more often in the evening
						             timestamptz '2021-01-01 00:00+01' + floor(random() * 1826) * interval '1 day'
						               + (CASE WHEN random() < 0.5 THEN 17 + random() * 7 ELSE random() * 24 END) * interval '1 hour' AS ts,
						             1 + floor(random() * :points)::int AS point, 1 + (g % 10) AS category
						      FROM generate_series(1, :n) g) r
						JOIN bench_point p ON p.id = r.point
						JOIN (SELECT code, priority_area_code, row_number() OVER (ORDER BY ordinal) AS n FROM observation_category) c
						  ON c.n = r.category""")
					.param("points", POINTS)
					.param("n", chunk)
					.update();
			});
			System.out.printf("BENCH generated %d of %d rows, %.0f s%n", done + chunk, count, (System.nanoTime() - start) / 1e9);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	void vacuum() {
		jdbc.sql("VACUUM ANALYZE observation").update();
		jdbc.sql("VACUUM ANALYZE observation_count").update();
		jdbc.sql("VACUUM ANALYZE observation_cell_count").update();
	}

	String sizes() {
		return jdbc.sql("""
				SELECT string_agg(t || ' ' || pg_size_pretty(pg_total_relation_size(t::regclass)), ', ')
				FROM unnest(ARRAY['observation', 'observation_count', 'observation_cell_count']) t""")
			.query(String.class)
			.single();
	}

	long rows(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}
}
