package se.samverkan.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A typed period: a year ("2025"), a tertial ("2025-T1", January to April, as the city's
 * follow-up counts), a quarter ("2025-Q2") or a month ("2025-05"). Periods order by their start,
 * the longer first.
 */
public record IndicatorPeriod(String code, PeriodKind kind, LocalDate start, LocalDate end)
		implements Comparable<IndicatorPeriod> {

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:T(\\d+)|Q(\\d+)|(\\d{1,2})))?");

	public static final String FORMS = "Perioden skrivs som 2025 (år), 2025-T1 (tertial), 2025-Q2 (kvartal) eller 2025-05 (månad).";

	/** Reads a period; an unknown form or an impossible one ("2025-T4", "2025-13") is refused with why. */
	public static IndicatorPeriod parse(String text) {
		Matcher form = text == null ? null : FORM.matcher(text.strip());
		if (form == null || !form.matches()) {
			throw new IllegalArgumentException(FORMS);
		}
		int year = Integer.parseInt(form.group(1));
		if (year < 1900 || year > 2100) {
			throw new IllegalArgumentException("Året ska ligga mellan 1900 och 2100.");
		}
		if (form.group(2) != null) {
			int tertial = Integer.parseInt(form.group(2));
			if (tertial < 1 || tertial > 3) {
				throw new IllegalArgumentException("Ett år har tre tertialer: T1, T2 och T3.");
			}
			return of(PeriodKind.TERTIAL, year, tertial);
		}
		if (form.group(3) != null) {
			int quarter = Integer.parseInt(form.group(3));
			if (quarter < 1 || quarter > 4) {
				throw new IllegalArgumentException("Ett år har fyra kvartal: Q1 till Q4.");
			}
			return of(PeriodKind.QUARTER, year, quarter);
		}
		if (form.group(4) != null) {
			int month = Integer.parseInt(form.group(4));
			if (month < 1 || month > 12 || form.group(4).length() != 2) {
				throw new IllegalArgumentException("Månaden skrivs med två siffror, 01–12, till exempel 2025-05.");
			}
			return of(PeriodKind.MONTH, year, month);
		}
		return of(PeriodKind.YEAR, year, 1);
	}

	/** The {@code number}th period of the kind in the year (1 for the year itself). */
	public static IndicatorPeriod of(PeriodKind kind, int year, int number) {
		LocalDate start = LocalDate.of(year, (number - 1) * kind.months() + 1, 1);
		LocalDate end = start.plusMonths(kind.months()).minusDays(1);
		String code = switch (kind) {
			case YEAR -> String.valueOf(year);
			case TERTIAL -> year + "-T" + number;
			case QUARTER -> year + "-Q" + number;
			case MONTH -> String.format("%d-%02d", year, number);
		};
		return new IndicatorPeriod(code, kind, start, end);
	}

	/** The period of the kind that holds the day. */
	public static IndicatorPeriod containing(PeriodKind kind, LocalDate day) {
		return of(kind, day.getYear(), (day.getMonthValue() - 1) / kind.months() + 1);
	}

	/** Every period of the kind from the one holding {@code from} to the one holding {@code to}. */
	public static List<IndicatorPeriod> between(PeriodKind kind, LocalDate from, LocalDate to) {
		List<IndicatorPeriod> periods = new ArrayList<>();
		for (IndicatorPeriod period = containing(kind, from); !period.start().isAfter(to); period = period.next()) {
			periods.add(period);
		}
		return periods;
	}

	public IndicatorPeriod next() {
		return containing(kind, end.plusDays(1));
	}

	public IndicatorPeriod previous() {
		return containing(kind, start.minusDays(1));
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(start) && !day.isAfter(end);
	}

	/** Whether the months of this period lie within the other (a month within its tertial, say). */
	public boolean within(IndicatorPeriod other) {
		return !start.isBefore(other.start) && !end.isAfter(other.end);
	}

	public YearMonth firstMonth() {
		return YearMonth.from(start);
	}

	@Override
	public int compareTo(IndicatorPeriod other) {
		int byStart = start.compareTo(other.start);
		return byStart != 0 ? byStart : kind.compareTo(other.kind);
	}

	@Override
	public String toString() {
		return code;
	}
}
