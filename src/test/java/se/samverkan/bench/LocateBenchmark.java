package se.samverkan.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.organisation.DistrictLocator;
import se.samverkan.support.IntegrationTest;

/**
 * Point lookups per second, in-process, on the real 117 Stockholm boundaries: random points in a
 * box around the city (about 38 % fall inside a neighbourhood and 62 % outside, which is the fast
 * case for the index when the point misses every envelope and the slow one when it falls in an
 * envelope but outside the polygon; the run prints the share it found). Run with {@code ./mvnw -Pbench verify}; prints, never asserts timing.
 */
@IntegrationTest
class LocateBenchmark {

	@Autowired
	DistrictLocator locator;

	@Test
	void pointLookupsPerSecond() {
		LocalDate today = LocalDate.now();
		SplittableRandom random = new SplittableRandom(42);
		int points = 200_000;
		double[] lat = new double[points];
		double[] lon = new double[points];
		for (int i = 0; i < points; i++) {
			lat[i] = 59.22 + random.nextDouble() * 0.22;
			lon[i] = 17.76 + random.nextDouble() * 0.40;
		}
		int found = 0;
		for (int round = 0; round < 3; round++) {
			found = run(lat, lon, today);
		}
		long start = System.nanoTime();
		int rounds = 10;
		for (int round = 0; round < rounds; round++) {
			found = run(lat, lon, today);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("BENCH locate: %,.0f lookups/s single-threaded (%d points x %d rounds in %.2f s; %.0f %% inside)%n",
				points * (double) rounds / seconds, points, rounds, seconds, 100.0 * found / points);
	}

	private int run(double[] lat, double[] lon, LocalDate date) {
		int found = 0;
		for (int i = 0; i < lat.length; i++) {
			if (locator.locate(lat[i], lon[i], date).isPresent()) {
				found++;
			}
		}
		return found;
	}
}
