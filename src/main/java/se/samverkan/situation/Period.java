package se.samverkan.situation;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year ("2025") or a tertial ("2025-T2", May to August), as the city's
 * follow-up uses them.
 */
public record Period(String code, LocalDate start, LocalDate end) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-T([123]))?");

	public static Period parse(String code) {
		Matcher matcher = code == null ? null : FORMAT.matcher(code.trim());
		if (matcher == null || !matcher.matches()) {
			throw new IllegalArgumentException("Perioden skrivs som 2025 eller 2025-T1, 2025-T2, 2025-T3.");
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year < 1990 || year > 2100) {
			throw new IllegalArgumentException("Året ska ligga mellan 1990 och 2100.");
		}
		if (matcher.group(2) == null) {
			return new Period(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}
		int tertial = Integer.parseInt(matcher.group(2));
		LocalDate start = LocalDate.of(year, (tertial - 1) * 4 + 1, 1);
		return new Period(year + "-T" + tertial, start, start.plusMonths(4).minusDays(1));
	}

	/** The period just before: the year before, or the tertial before. */
	public Period previous() {
		if (!code.contains("-T")) {
			return parse(String.valueOf(start.getYear() - 1));
		}
		int tertial = Integer.parseInt(code.substring(code.length() - 1));
		return tertial == 1 ? parse((start.getYear() - 1) + "-T3") : parse(start.getYear() + "-T" + (tertial - 1));
	}
}
