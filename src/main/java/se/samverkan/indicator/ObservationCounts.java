package se.samverkan.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Counts of observations, which the situation module keeps and this module reads for indicators
 * of source OBSERVATIONS whenever their values are asked for: an observation filed a second ago
 * is in the next figure, with no step in between. Implemented by the situation module (which
 * depends on this one, not the other way round).
 */
public interface ObservationCounts {

	/** An observation category; an OBSERVATIONS indicator names one by code in its {@code sourceRef}. */
	record Category(String code, String name, String priorityAreaCode) {
	}

	/** Observations of a category in a district in a month (Stockholm time). */
	record MonthlyCount(String categoryCode, UUID districtId, YearMonth month, long count) {
	}

	List<Category> categories();

	/**
	 * Counts per category, district and month of the observations that occurred from {@code from}
	 * up to and including {@code to}; {@code districtIds} null for every district. Months without
	 * observations are left out.
	 */
	List<MonthlyCount> monthly(Collection<String> categoryCodes, Collection<UUID> districtIds, LocalDate from,
			LocalDate to);
}
