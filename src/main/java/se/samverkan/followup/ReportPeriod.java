package se.samverkan.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of the city's reporting cycle: tertial 1 (January-April, "2026-T1"), tertial 2
 * (May-August, "2026-T2") and the whole year ("2026"), which also covers the third tertial.
 */
public record ReportPeriod(String code, int year, Kind kind) {

	public enum Kind {
		T1, T2, YEAR
	}

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(T1|T2))?");

	/** The period, or empty when the text is no period of the cycle. */
	public static java.util.Optional<ReportPeriod> parse(String code) {
		Matcher matcher = code == null ? null : FORMAT.matcher(code.trim());
		if (matcher == null || !matcher.matches()) {
			return java.util.Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year < 2000 || year > 2100) {
			return java.util.Optional.empty();
		}
		Kind kind = matcher.group(2) == null ? Kind.YEAR : Kind.valueOf(matcher.group(2));
		return java.util.Optional.of(of(year, kind));
	}

	public static ReportPeriod of(int year, Kind kind) {
		return new ReportPeriod(kind == Kind.YEAR ? String.valueOf(year) : year + "-" + kind.name(), year, kind);
	}

	/** The periods of a year, in order. */
	public static List<ReportPeriod> of(int year) {
		return List.of(of(year, Kind.T1), of(year, Kind.T2), of(year, Kind.YEAR));
	}

	public LocalDate start() {
		return kind == Kind.T2 ? LocalDate.of(year, 5, 1) : LocalDate.of(year, 1, 1);
	}

	public LocalDate end() {
		return switch (kind) {
			case T1 -> LocalDate.of(year, 4, 30);
			case T2 -> LocalDate.of(year, 8, 31);
			case YEAR -> LocalDate.of(year, 12, 31);
		};
	}
}
