package se.samverkan.indicator;

import java.util.List;

/**
 * What a Kolada import did: values stored new or changed ({@code imported}), values skipped
 * ({@code skipped}: the {@code unchanged} ones already stored as they are, and the {@code unused}
 * ones), and each value that could not be used with why: an unknown KPI or municipality, no value
 * (null), a breakdown by gender (only the total, T, is stored), a period that is not a year.
 */
public record KoladaReport(long imported, long skipped, long unchanged, List<Unused> unused, int pages) {

	public record Unused(String kpi, String municipality, String period, String gender, String reason,
			String message) {
	}

	public KoladaReport {
		unused = List.copyOf(unused);
	}
}
