package se.samverkan.bench;

import java.util.Arrays;

/** Timings for the benchmarks: a call run a number of times after a warm-up, reported as p50 and p95. */
final class Timing {

	interface Call {

		Object run() throws Exception;
	}

	private Timing() {
	}

	/** p50 and p95 in milliseconds over {@code runs} calls, after {@code warmUp} calls that are not counted. */
	static double[] p50p95(int warmUp, int runs, Call call) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			call.run();
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			call.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return new double[] { millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1] };
	}
}
