package se.samverkan.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;

/**
 * Values of indicators counted from observations, computed when read from the situation module's
 * monthly counts: every district that existed in a period gets a value for it, zero where nothing
 * was observed. A period that has not ended yet is marked incomplete.
 */
@Component
class ComputedValues {

	static final String ORIGIN = "OBSERVATIONS";

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final ObjectProvider<ObservationCounts> counts;

	private final ValueUnits units;

	ComputedValues(ObjectProvider<ObservationCounts> counts, ValueUnits units) {
		this.counts = counts;
		this.units = units;
	}

	static LocalDate today() {
		return LocalDate.now(STOCKHOLM);
	}

	/**
	 * The values of the indicators (all of source OBSERVATIONS) for the districts ({@code null}:
	 * all) in the periods from the one holding {@code from} to the one holding {@code to}.
	 */
	Map<UUID, List<IndicatorValue>> series(List<Indicator> indicators, Collection<UUID> districtIds, LocalDate from,
			LocalDate to) {
		Map<UUID, List<IndicatorValue>> series = new LinkedHashMap<>();
		ObservationCounts source = counts.getIfAvailable();
		if (indicators.isEmpty() || source == null) {
			indicators.forEach(indicator -> series.put(indicator.id(), List.of()));
			return series;
		}
		LocalDate today = today();
		LocalDate end = to.isAfter(today) ? today : to;
		Map<String, Long> monthly = new HashMap<>();
		List<String> categories = indicators.stream().map(Indicator::sourceRef).distinct().toList();
		LocalDate start = IndicatorPeriod.containing(PeriodKind.YEAR, from).start();
		for (ObservationCounts.MonthlyCount count : source.monthly(categories, districtIds, start, end)) {
			monthly.merge(count.categoryCode() + "/" + count.districtId() + "/" + count.month(), count.count(), Long::sum);
		}
		Map<LocalDate, List<OrganisationalUnit>> districtsOn = new HashMap<>();
		for (Indicator indicator : indicators) {
			List<IndicatorValue> values = new ArrayList<>();
			for (IndicatorPeriod period : IndicatorPeriod.between(indicator.periodKind(), from, end)) {
				LocalDate on = period.end().isAfter(today) ? today : period.end();
				for (OrganisationalUnit district : districtsOn.computeIfAbsent(on, date -> units.validOn(UnitType.DISTRICT, date))) {
					if (districtIds != null && !districtIds.contains(district.id())) {
						continue;
					}
					long count = 0;
					for (YearMonth month = period.firstMonth(); !month.atDay(1).isAfter(period.end()); month = month.plusMonths(1)) {
						count += monthly.getOrDefault(indicator.sourceRef() + "/" + district.id() + "/" + month, 0L);
					}
					values.add(new IndicatorValue(indicator.id(), district.id(), period, BigDecimal.valueOf(count), count,
							ValueState.COMPUTED, ORIGIN, null, null, null, null, null, period.end().isBefore(today)));
				}
			}
			values.sort(java.util.Comparator.comparing((IndicatorValue value) -> value.unitId().toString())
				.thenComparing(IndicatorValue::period));
			series.put(indicator.id(), values);
		}
		return series;
	}

	List<IndicatorValue> series(Indicator indicator, Set<UUID> districtIds, LocalDate from, LocalDate to) {
		return series(List.of(indicator), districtIds, from, to).get(indicator.id());
	}
}
