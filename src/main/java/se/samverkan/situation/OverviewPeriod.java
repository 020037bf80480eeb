package se.samverkan.situation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import se.samverkan.platform.rules.FieldChecks;

/**
 * The days an overview covers, {@code first} to {@code last} both included, with the period of the
 * same length just before it (for trends). Without dates: the last twelve months up to today.
 */
public record OverviewPeriod(LocalDate first, LocalDate last) {

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	static final int MAX_YEARS = 20;

	/** The period asked for, refused with the field named when it is backwards, too long or out of range. */
	public static OverviewPeriod of(LocalDate from, LocalDate to, LocalDate today) {
		LocalDate last = to == null ? today : to;
		LocalDate first = from == null ? last.minusYears(1).plusDays(1) : from;
		FieldChecks checks = new FieldChecks();
		outOfRange(checks, "from", from);
		outOfRange(checks, "to", to);
		checks.throwIfAny();
		checks.notBefore("from", last, first, "Från-datum ligger efter till-datum.");
		if (!first.isAfter(last) && first.plusYears(MAX_YEARS).isBefore(last)) {
			checks.problem("from", "range", "En översikt omfattar högst " + MAX_YEARS + " år.");
		}
		checks.throwIfAny();
		return new OverviewPeriod(first, last);
	}

	/** As {@link #of}, but a page shows the default period instead of refusing. */
	public static OverviewPeriod lenient(LocalDate from, LocalDate to, LocalDate today) {
		try {
			return of(from, to, today);
		}
		catch (se.samverkan.platform.rules.InvalidInput ex) {
			try {
				return of(null, to, today);
			}
			catch (se.samverkan.platform.rules.InvalidInput again) {
				return of(null, null, today);
			}
		}
	}

	private static void outOfRange(FieldChecks checks, String field, LocalDate date) {
		if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
			checks.problem(field, "range", "Datumet ska ligga mellan " + EARLIEST + " och " + LATEST + ".");
		}
	}

	public long days() {
		return ChronoUnit.DAYS.between(first, last) + 1;
	}

	/** The period of the same length that ends the day before this one starts. */
	public OverviewPeriod previous() {
		return new OverviewPeriod(first.minusDays(days()), first.minusDays(1));
	}
}
