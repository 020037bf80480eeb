package se.samverkan.situation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.organisation.DistrictLocator;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.situation.DistrictOverview.AreaCount;
import se.samverkan.situation.DistrictOverview.CategoryCount;
import se.samverkan.situation.DistrictOverview.Hotspot;
import se.samverkan.situation.DistrictOverview.StatusCount;
import se.samverkan.situation.DistrictOverview.WeekCount;

/**
 * The whole city over a period, for the beredningsgrupp and others whose scope is the whole city:
 * every observation filed under one of today's districts (a former district's under the district
 * that continued it), so the districts add up to the total and each equals that district's own
 * overview; per district the period before and the trend, and a rate per 1,000 inhabitants where a
 * real population figure is known.
 */
@Service
public class CityOverview {

	private static final Logger log = LoggerFactory.getLogger(CityOverview.class);

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/**
	 * One of today's districts: its observations in the period (with its predecessors'), in the
	 * period of the same length before, the trend between them and, where the population is known,
	 * observations per 1,000 inhabitants.
	 */
	public record DistrictCount(UUID districtId, String districtName, long count, long previousCount, Trend trend,
			Double perThousandInhabitants, Long inhabitants, List<AreaCount> byPriorityArea,
			Set<UUID> countedDistrictIds) {
	}

	public record Overview(LocalDate from, LocalDate to, String categoryCode, LocalDate previousFrom,
			LocalDate previousTo, long total, long previousTotal, List<DistrictCount> byDistrict,
			List<CategoryCount> byCategory, List<AreaCount> byPriorityArea, List<WeekCount> byWeek,
			List<StatusCount> byStatus, List<Hotspot> hotspots) {

		/** Whether any district has a population figure, so the map can be shaded by rate. */
		public boolean anyRate() {
			return byDistrict.stream().anyMatch(district -> district.perThousandInhabitants() != null);
		}
	}

	private final ObservationCounts counts;

	private final AccessPolicy policy;

	private final DistrictLocator locator;

	private final OrganisationDirectory organisation;

	private final ObservationCategories categories;

	private final ObjectProvider<DistrictPopulation> populations;

	CityOverview(ObservationCounts counts, AccessPolicy policy, DistrictLocator locator,
			OrganisationDirectory organisation, ObservationCategories categories,
			ObjectProvider<DistrictPopulation> populations) {
		this.counts = counts;
		this.policy = policy;
		this.locator = locator;
		this.organisation = organisation;
		this.categories = categories;
		this.populations = populations;
	}

	/** Whether the actor reads the whole city (and so may see this overview). */
	public boolean mayRead(Actor actor) {
		return policy.scope(actor, Action.READ).everything();
	}

	@Transactional(readOnly = true)
	public Overview overview(Actor actor, OverviewPeriod period, String categoryCode) {
		if (!mayRead(actor)) {
			throw new Forbidden();
		}
		categories.requireKnown(categoryCode);
		return compute(period, categoryCode);
	}

	/** The figures without an access check, for a city-wide situation picture. */
	Overview compute(OverviewPeriod period, String categoryCode) {
		LocalDate today = LocalDate.now(STOCKHOLM);
		Filing filing = filing(today);
		OverviewPeriod previous = period.previous();
		ObservationCounts.Tally tally = counts.tally(filing.everyDistrict(), period.first(), period.last(), categoryCode);
		Map<UUID, Long> before = counts.byDistrict(filing.everyDistrict(), previous.first(), previous.last(),
				categoryCode);
		List<ObservationCounts.Cell> cells = counts.busiestCells(filing.everyDistrict(), period.first(), period.last(),
				categoryCode, OverviewFigures.HOTSPOTS, today);
		List<DistrictCount> byDistrict = new ArrayList<>();
		filing.lineages().forEach((district, lineage) -> {
			long count = sum(tally.byDistrict(), lineage);
			long previousCount = sum(before, lineage);
			OptionalLong inhabitants = inhabitants(district.id(), period.last().getYear());
			Double rate = inhabitants.isPresent() && inhabitants.getAsLong() > 0
					? Math.round(count * 1000.0 / inhabitants.getAsLong() * 100) / 100.0 : null;
			byDistrict.add(new DistrictCount(district.id(), district.name(), count, previousCount,
					Trend.of(count, previousCount), rate, inhabitants.isPresent() ? inhabitants.getAsLong() : null,
					areas(tally.areasByDistrict(), lineage), lineage));
		});
		byDistrict.sort(Comparator.comparing(DistrictCount::districtName));
		long previousTotal = before.values().stream().mapToLong(Long::longValue).sum();
		return new Overview(period.first(), period.last(), categoryCode, previous.first(), previous.last(), tally.total(),
				previousTotal, byDistrict, OverviewFigures.byCategory(tally), OverviewFigures.byPriorityArea(tally),
				OverviewFigures.byWeek(tally), OverviewFigures.byStatus(tally),
				OverviewFigures.hotspots(cells, locator, period.last()));
	}

	/**
	 * Where each district's observations are counted: under one of today's districts, the one that
	 * continued it. Stockholm's districts have only merged; a district split in two would need its
	 * observations divided by their position, which is not done, so it is counted under the first
	 * successor (by name) and a warning is logged. A district that ended without a successor keeps a
	 * line of its own, so the lines still add up to the total.
	 */
	private Filing filing(LocalDate today) {
		List<OrganisationalUnit> every = organisation.units(UnitType.DISTRICT, null, null);
		Map<OrganisationalUnit, Set<UUID>> lineages = new LinkedHashMap<>();
		Set<UUID> filed = new java.util.HashSet<>();
		every.stream().filter(district -> district.isValidOn(today)).forEach(district -> {
			Set<UUID> lineage = new java.util.HashSet<>(organisation.lineage(district.id()));
			Set<UUID> already = new java.util.HashSet<>(lineage);
			already.retainAll(filed);
			if (!already.isEmpty()) {
				log.warn("Districts {} continue into more than one of today's districts; counted under the first", already);
				lineage.removeAll(already);
			}
			filed.addAll(lineage);
			lineages.put(district, Set.copyOf(lineage));
		});
		every.stream()
			.filter(district -> !filed.contains(district.id()))
			.forEach(district -> lineages.put(district, Set.of(district.id())));
		return new Filing(lineages, every.stream().map(OrganisationalUnit::id).toList());
	}

	private record Filing(Map<OrganisationalUnit, Set<UUID>> lineages, List<UUID> everyDistrict) {
	}

	private OptionalLong inhabitants(UUID districtId, int year) {
		return populations.orderedStream()
			.map(population -> population.inhabitants(districtId, year))
			.filter(OptionalLong::isPresent)
			.findFirst()
			.orElse(OptionalLong.empty());
	}

	private static List<AreaCount> areas(Map<UUID, Map<String, Long>> areasByDistrict, Set<UUID> districts) {
		Map<String, Long> areas = new java.util.TreeMap<>();
		districts.forEach(id -> areasByDistrict.getOrDefault(id, Map.of()).forEach((area, n) -> areas.merge(area, n, Long::sum)));
		return areas.entrySet().stream().map(e -> new AreaCount(e.getKey(), e.getValue())).toList();
	}

	private static long sum(Map<UUID, Long> counts, Set<UUID> districts) {
		return districts.stream().mapToLong(id -> counts.getOrDefault(id, 0L)).sum();
	}
}
