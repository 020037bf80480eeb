package se.samverkan.situation;

import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Population figures a test sets, ahead of any real source; none unless a test sets them. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PopulationFigures implements DistrictPopulation {

	private final Map<String, Long> figures = new ConcurrentHashMap<>();

	void set(UUID districtId, int year, long inhabitants) {
		figures.put(districtId + "@" + year, inhabitants);
	}

	void clear() {
		figures.clear();
	}

	@Override
	public OptionalLong inhabitants(UUID districtId, int year) {
		Long known = figures.get(districtId + "@" + year);
		return known == null ? OptionalLong.empty() : OptionalLong.of(known);
	}
}
