package se.samverkan.situation;

import java.util.OptionalLong;
import java.util.UUID;

/**
 * The number of inhabitants of a district, where a real figure is known, so the city overview can
 * show observations per 1,000 inhabitants. The situation module holds no population figures of its
 * own and never estimates one: a module that has them (the indicator module, from the city's
 * statistics or Kolada) provides this as a bean. Without one, or without a figure for a district
 * and year, the overview shows counts only and says why.
 */
public interface DistrictPopulation {

	/** Inhabitants of the district (one of today's, with its predecessors' area) in the year, if known. */
	OptionalLong inhabitants(UUID districtId, int year);
}
