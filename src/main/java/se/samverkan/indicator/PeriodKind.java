package se.samverkan.indicator;

/** The kinds of period a value is for, with their length in months. */
public enum PeriodKind {
	YEAR(12), TERTIAL(4), QUARTER(3), MONTH(1);

	private final int months;

	PeriodKind(int months) {
		this.months = months;
	}

	public int months() {
		return months;
	}
}
