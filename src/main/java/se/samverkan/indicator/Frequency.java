package se.samverkan.indicator;

/** How often an indicator is measured, and so which kind of period its values are for. */
public enum Frequency {
	YEARLY(PeriodKind.YEAR), EVERY_THIRD_YEAR(PeriodKind.YEAR), TERTIAL(PeriodKind.TERTIAL),
	QUARTERLY(PeriodKind.QUARTER), MONTHLY(PeriodKind.MONTH);

	private final PeriodKind periodKind;

	Frequency(PeriodKind periodKind) {
		this.periodKind = periodKind;
	}

	public PeriodKind periodKind() {
		return periodKind;
	}
}
