package se.samverkan.indicator;

/** Which way is better. NEUTRAL for context figures such as the population, where neither is. */
public enum Direction {
	LOWER_IS_BETTER, HIGHER_IS_BETTER, NEUTRAL;

	/** Whether going from {@code before} to {@code after} is better; null when neither is. */
	public Boolean better(java.math.BigDecimal before, java.math.BigDecimal after) {
		if (this == NEUTRAL || before == null || after == null || before.compareTo(after) == 0) {
			return null;
		}
		return (after.compareTo(before) < 0) == (this == LOWER_IS_BETTER);
	}
}
