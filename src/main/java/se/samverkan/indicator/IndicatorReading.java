package se.samverkan.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Scope;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.NotFound;

/**
 * Reading values: an indicator's values and trend per unit, the comparison of districts in one
 * period, the latest value for a goal, the development shown in a situation picture, the small
 * multiples of a district, and the public values. A reader sees the municipality's values and the
 * units in their scope, and anywhere the approved values of a public indicator (they are public).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorReading {

	/** How many years back a trend of counted values reaches. */
	static final int COMPUTED_YEARS = 10;

	/** Which units a request names: some units, and perhaps the municipality; or, when {@code all}, every one. */
	public record Selection(boolean all, Set<UUID> units, boolean municipality) {

		public static final Selection ALL = new Selection(true, Set.of(), true);
	}

	/** An indicator's trend: each unit's series with its baseline and target. */
	public record Trend(Indicator indicator, List<UnitSeries> units, List<IndicatorTargets.Target> goals) {
	}

	/** One unit's value in a comparison (null where there is none), with its rank by value. */
	public record Ranked(UnitRef unit, IndicatorValue value, Integer rank) {
	}

	/** One indicator across the units of its level in a period, highest value first. */
	public record Compared(Indicator indicator, List<Ranked> units, IndicatorValue municipality) {
	}

	public record Comparison(IndicatorPeriod period, List<Compared> indicators) {
	}

	/** An indicator's development for a situation picture's section: the latest value known by the period's end against the one before. */
	public record Development(UUID indicatorId, String code, String name, String unit, String direction,
			UUID unitId, String unitName, String period, BigDecimal value, String previousPeriod,
			BigDecimal previousValue, BigDecimal change, Boolean better, String state, boolean demo) {
	}

	/** One small multiple: an indicator and a unit's series. */
	public record Multiple(Indicator indicator, UnitSeries series) {
	}

	/** A value as the public sees it: withheld ({@code value} null, {@code suppressed}) when it counts fewer than 5 events. */
	public record PublicValue(UUID unitId, String unitCode, String unitName, String period, BigDecimal value,
			boolean suppressed, boolean demo) {
	}

	private final Indicators indicators;

	private final IndicatorValues values;

	private final ComputedValues computed;

	private final ValueUnits units;

	private final ObjectProvider<IndicatorTargets> targets;

	private final AccessPolicy policy;

	IndicatorReading(Indicators indicators, IndicatorValues values, ComputedValues computed, ValueUnits units,
			ObjectProvider<IndicatorTargets> targets, AccessPolicy policy) {
		this.indicators = indicators;
		this.values = values;
		this.computed = computed;
		this.units = units;
		this.targets = targets;
		this.policy = policy;
	}

	/** Reads the units a request names: ids, or the municipality code; a blank list is every unit. */
	public Selection selection(List<String> texts, String field) {
		List<String> given = texts == null ? List.of()
				: texts.stream().filter(Objects::nonNull).flatMap(text -> List.of(text.split(",")).stream())
					.map(String::strip).filter(text -> !text.isEmpty()).toList();
		if (given.isEmpty()) {
			return Selection.ALL;
		}
		Set<UUID> ids = new LinkedHashSet<>();
		boolean municipality = false;
		for (String text : given) {
			if (text.equalsIgnoreCase(units.municipalityCode())) {
				municipality = true;
				continue;
			}
			try {
				ids.add(UUID.fromString(text));
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInput.of(field, "invalid", "”" + text + "” är varken ett enhets-id eller " + units.municipalityCode()
						+ " (hela kommunen).");
			}
		}
		return new Selection(false, Set.copyOf(ids), municipality);
	}

	/** The values of an indicator the actor may read, unit by unit in period order. */
	public List<IndicatorValue> values(Actor actor, UUID indicatorId, Selection selection) {
		Indicator indicator = readable(actor, indicatorId);
		return read(actor, indicator, selection);
	}

	/** Per unit: its values, the latest against the one before, and the baseline and target of the goal that names the indicator. */
	public Trend trend(Actor actor, UUID indicatorId, Selection selection) {
		Indicator indicator = readable(actor, indicatorId);
		Map<UUID, List<IndicatorValue>> byUnit = new LinkedHashMap<>();
		if (!selection.all()) {
			if (selection.municipality()) {
				byUnit.put(null, new ArrayList<>());
			}
			selection.units().forEach(unit -> byUnit.put(unit, new ArrayList<>()));
		}
		for (IndicatorValue value : read(actor, indicator, selection)) {
			byUnit.computeIfAbsent(value.unitId(), unit -> new ArrayList<>()).add(value);
		}
		List<IndicatorTargets.Target> goals = goals(List.of(indicator.id()));
		List<UnitSeries> series = new ArrayList<>();
		byUnit.forEach((unit, unitValues) -> series.add(series(indicator, unit, unitValues, goals)));
		series.sort(Comparator.comparing((UnitSeries s) -> !s.unit().isMunicipality()).thenComparing(s -> s.unit().name()));
		return new Trend(indicator, series, goals);
	}

	/** Every unit's value of each indicator in the period; by default the indicators measured below the municipality. */
	public Comparison compare(Actor actor, String periodText, List<UUID> indicatorIds) {
		Scope scope = readerScope(actor);
		IndicatorPeriod period;
		try {
			period = IndicatorPeriod.parse(periodText);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("period", periodText == null || periodText.isBlank() ? "required" : "format", ex.getMessage());
		}
		List<Indicator> chosen;
		if (indicatorIds == null || indicatorIds.isEmpty()) {
			chosen = indicators.all().stream().filter(indicator -> indicator.level() != MeasurementLevel.MUNICIPALITY).toList();
		}
		else {
			chosen = indicators.byIds(indicatorIds);
			if (chosen.size() < new HashSet<>(indicatorIds).size()) {
				throw InvalidInput.of("indicatorIds", "unknown", "Någon av indikatorerna finns inte.");
			}
		}
		Map<UUID, List<IndicatorValue>> byIndicator = new HashMap<>();
		values.ofPeriod(chosen.stream().filter(indicator -> !indicator.computed()).map(Indicator::id).toList(), period.code())
			.forEach(value -> byIndicator.computeIfAbsent(value.indicatorId(), id -> new ArrayList<>()).add(value));
		List<Indicator> counted = chosen.stream()
			.filter(Indicator::computed)
			.filter(indicator -> indicator.periodKind() == period.kind())
			.toList();
		computed.series(counted, null, period.start(), period.end())
			.forEach((id, list) -> byIndicator.put(id, list.stream().filter(v -> v.period().equals(period)).toList()));
		LocalDate on = period.end().isAfter(ComputedValues.today()) ? ComputedValues.today() : period.end();
		List<Compared> compared = new ArrayList<>();
		for (Indicator indicator : chosen) {
			Predicate<IndicatorValue> may = readable(scope, indicator);
			Map<UUID, IndicatorValue> found = new HashMap<>();
			IndicatorValue municipality = null;
			for (IndicatorValue value : byIndicator.getOrDefault(indicator.id(), List.of())) {
				if (!may.test(value)) {
					continue;
				}
				if (value.unitId() == null) {
					municipality = value;
				}
				else {
					found.put(value.unitId(), value);
				}
			}
			List<Ranked> ranked = new ArrayList<>();
			if (indicator.level().unitType() != null) {
				for (OrganisationalUnit unit : units.validOn(indicator.level().unitType(), on)) {
					ranked.add(new Ranked(new UnitRef(unit.id(), unit.code(), unit.name()), found.get(unit.id()), null));
				}
			}
			compared.add(new Compared(indicator, rank(ranked), municipality));
		}
		return new Comparison(period, compared);
	}

	/** The latest value of each indicator for the unit (null: the municipality), for goals. Computed ones: the latest ended period. */
	public Map<UUID, IndicatorValue> latest(Collection<UUID> indicatorIds, UUID unitId) {
		Map<UUID, IndicatorValue> latest = new HashMap<>();
		List<Indicator> found = indicators.byIds(indicatorIds.stream().filter(Objects::nonNull).distinct().toList());
		latest.putAll(values.latest(found.stream().filter(i -> !i.computed()).map(Indicator::id).toList(), unitId));
		List<Indicator> counted = found.stream().filter(Indicator::computed).toList();
		if (unitId != null && !counted.isEmpty()) {
			LocalDate today = ComputedValues.today();
			computed.series(counted, Set.of(unitId), today.minusYears(1), today).forEach((id, list) -> {
				IndicatorValue last = lastOf(list);
				if (last != null) {
					latest.put(id, last);
				}
			});
		}
		return latest;
	}

	/**
	 * The development of the priority area's indicators for a situation picture of a district (null:
	 * the whole city) and the period from {@code from} to {@code to}: for each, the latest value
	 * known by the period's end, and the one before it. District-level indicators are shown for the
	 * district, the rest for the municipality.
	 */
	public List<Development> development(UUID districtId, UUID priorityAreaId, LocalDate from, LocalDate to) {
		List<Development> developments = new ArrayList<>();
		for (Indicator indicator : indicators.all()) {
			if (!indicator.priorityAreaIds().contains(priorityAreaId)) {
				continue;
			}
			UUID unit = districtId != null && indicator.level() == MeasurementLevel.DISTRICT ? districtId : null;
			if (unit == null && indicator.computed()) {
				continue;
			}
			List<IndicatorValue> series = indicator.computed()
					? computed.series(indicator, Set.of(unit), to.minusYears(2), to)
					: values.seriesForUnit(List.of(indicator.id()), unit);
			List<IndicatorValue> known = series.stream().filter(value -> !value.period().start().isAfter(to)).toList();
			if (known.isEmpty()) {
				continue;
			}
			IndicatorValue latest = known.get(known.size() - 1);
			IndicatorValue previous = known.size() > 1 ? known.get(known.size() - 2) : null;
			UnitRef ref = units.ref(unit);
			developments.add(new Development(indicator.id(), indicator.code(), indicator.name(), indicator.unit(),
					indicator.direction().name(), unit, ref.name(), latest.period().code(), latest.value(),
					previous == null ? null : previous.period().code(), previous == null ? null : previous.value(),
					previous == null ? null : latest.value().subtract(previous.value()),
					previous == null ? null : indicator.direction().better(previous.value(), latest.value()),
					latest.state().name(), latest.demo()));
		}
		return developments;
	}

	/** A district's indicators as small multiples: each district-level indicator's series for the district. */
	public List<Multiple> smallMultiples(Actor actor, UUID districtId) {
		policy.require(actor, Action.READ, districtId);
		List<Indicator> district = indicators.all().stream().filter(i -> i.level() == MeasurementLevel.DISTRICT).toList();
		Map<UUID, List<IndicatorValue>> byIndicator = new HashMap<>();
		values.seriesForUnit(district.stream().filter(i -> !i.computed()).map(Indicator::id).toList(), districtId)
			.forEach(value -> byIndicator.computeIfAbsent(value.indicatorId(), id -> new ArrayList<>()).add(value));
		LocalDate today = ComputedValues.today();
		byIndicator.putAll(computed.series(district.stream().filter(Indicator::computed).toList(), Set.of(districtId),
				today.minusYears(3), today));
		List<IndicatorTargets.Target> goals = goals(district.stream().map(Indicator::id).toList());
		List<Multiple> multiples = new ArrayList<>();
		// Measured indicators first; a counted one only where something was counted (the overview shows the rest).
		for (boolean counted : new boolean[] { false, true }) {
			for (Indicator indicator : district) {
				List<IndicatorValue> series = byIndicator.getOrDefault(indicator.id(), List.of());
				boolean any = series.stream().anyMatch(value -> value.value().signum() != 0);
				if (indicator.computed() == counted && !series.isEmpty() && (!counted || any)) {
					multiples.add(new Multiple(indicator, series(indicator, districtId, series, goals)));
				}
			}
		}
		return multiples;
	}

	/** The indicators marked public, for anyone. */
	public List<Indicator> publicIndicators() {
		return indicators.all().stream().filter(Indicator::isPublic).toList();
	}

	/** The approved values of a public indicator, for anyone; a value counting fewer than 5 events is withheld. */
	public List<PublicValue> publicValues(UUID indicatorId, Selection selection) {
		Indicator indicator = indicators.byId(indicatorId)
			.filter(Indicator::isPublic)
			.orElseThrow(() -> new NotFound("indicator", indicatorId));
		if (indicator.computed()) {
			return List.of();
		}
		List<PublicValue> published = new ArrayList<>();
		for (IndicatorValue value : stored(indicator, selection)) {
			if (value.state() != ValueState.APPROVED) {
				continue;
			}
			UnitRef unit = units.ref(value.unitId());
			boolean withheld = value.withheldFromPublic();
			published.add(new PublicValue(value.unitId(), unit.code(), unit.name(), value.period().code(),
					withheld ? null : value.value(), withheld, value.demo()));
		}
		return published;
	}

	/** The unit a value is for, as shown. */
	public UnitRef unit(UUID unitId) {
		return units.ref(unitId);
	}

	public String municipalityCode() {
		return units.municipalityCode();
	}

	private List<IndicatorValue> read(Actor actor, Indicator indicator, Selection selection) {
		Scope scope = readerScope(actor);
		Predicate<IndicatorValue> may = readable(scope, indicator);
		List<IndicatorValue> found;
		if (indicator.computed()) {
			Set<UUID> districts = selection.all() ? scope.unitIdsOrNull() : selection.units();
			LocalDate today = ComputedValues.today();
			found = computed.series(indicator, districts, today.minusYears(COMPUTED_YEARS - 1L).withDayOfYear(1), today);
		}
		else {
			found = stored(indicator, selection);
		}
		return found.stream().filter(may).toList();
	}

	private List<IndicatorValue> stored(Indicator indicator, Selection selection) {
		return selection.all() ? values.series(indicator.id(), null, true)
				: values.series(indicator.id(), selection.units(), selection.municipality());
	}

	private UnitSeries series(Indicator indicator, UUID unit, List<IndicatorValue> list, List<IndicatorTargets.Target> goals) {
		IndicatorValue latest = lastOf(list);
		int at = latest == null ? -1 : list.indexOf(latest);
		IndicatorValue previous = at > 0 ? list.get(at - 1) : null;
		IndicatorTargets.Target goal = goals.stream()
			.filter(target -> target.indicatorId().equals(indicator.id()) && Objects.equals(target.districtId(), unit))
			.max(Comparator.comparingInt(IndicatorTargets.Target::planYear))
			.orElse(null);
		UnitSeries.Baseline baseline = null;
		UnitSeries.Target target = null;
		if (goal != null) {
			BigDecimal baselineValue = goal.baselineValue();
			if (baselineValue == null && goal.baselinePeriod() != null) {
				baselineValue = list.stream()
					.filter(value -> value.period().code().equals(goal.baselinePeriod().strip()))
					.map(IndicatorValue::value)
					.findFirst()
					.orElse(null);
			}
			if (baselineValue != null) {
				baseline = new UnitSeries.Baseline(goal.baselinePeriod(), baselineValue);
			}
			if (goal.targetValue() != null) {
				target = new UnitSeries.Target(goal.goalId(), goal.goalTitle(), goal.planYear(), goal.targetValue(),
						goal.targetDate());
			}
		}
		BigDecimal change = baseline == null || latest == null ? null : latest.value().subtract(baseline.value());
		return new UnitSeries(units.ref(unit), list, latest, previous, baseline, target, change,
				baseline == null || latest == null ? null : indicator.direction().better(baseline.value(), latest.value()),
				previous == null ? null : indicator.direction().better(previous.value(), latest.value()));
	}

	/** The last value; for counted values the last of an ended period, where there is one. */
	private static IndicatorValue lastOf(List<IndicatorValue> list) {
		for (int i = list.size() - 1; i >= 0; i--) {
			if (list.get(i).complete()) {
				return list.get(i);
			}
		}
		return list.isEmpty() ? null : list.get(list.size() - 1);
	}

	private static List<Ranked> rank(List<Ranked> units) {
		List<Ranked> sorted = new ArrayList<>(units);
		sorted.sort(Comparator.comparing((Ranked r) -> r.value() == null)
			.thenComparing((Ranked r) -> r.value() == null ? BigDecimal.ZERO : r.value().value(), Comparator.reverseOrder())
			.thenComparing(r -> r.unit().name()));
		List<Ranked> ranked = new ArrayList<>();
		int rank = 0;
		for (Ranked unit : sorted) {
			ranked.add(new Ranked(unit.unit(), unit.value(), unit.value() == null ? null : ++rank));
		}
		return ranked;
	}

	private List<IndicatorTargets.Target> goals(List<UUID> indicatorIds) {
		IndicatorTargets source = targets.getIfAvailable();
		return source == null || indicatorIds.isEmpty() ? List.of() : source.targetsFor(indicatorIds);
	}

	private Indicator readable(Actor actor, UUID indicatorId) {
		readerScope(actor);
		return indicators.byId(indicatorId).orElseThrow(() -> new NotFound("indicator", indicatorId));
	}

	private Scope readerScope(Actor actor) {
		Scope scope = policy.scope(actor, Action.READ);
		if (scope.isEmpty()) {
			throw new Forbidden();
		}
		return scope;
	}

	private static Predicate<IndicatorValue> readable(Scope scope, Indicator indicator) {
		return value -> value.unitId() == null || scope.includes(value.unitId())
				|| (indicator.isPublic() && value.state() == ValueState.APPROVED);
	}

}
