package se.samverkan.situation;

/**
 * The direction of a figure against the previous period. A change within ±10 % is FLAT; with
 * fewer than 5 in both periods, or nothing to compare with, it is UNKNOWN (too few to read a
 * direction from).
 */
public enum Trend {
	UP, FLAT, DOWN, UNKNOWN;

	static final int MINIMUM = 5;

	public static Trend of(long current, long previous) {
		if (Math.max(current, previous) < MINIMUM || previous == 0) {
			return UNKNOWN;
		}
		double change = (current - previous) / (double) previous;
		return change > 0.10 ? UP : change < -0.10 ? DOWN : FLAT;
	}
}
