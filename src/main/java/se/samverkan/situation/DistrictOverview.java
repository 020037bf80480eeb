package se.samverkan.situation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.organisation.DistrictLocator;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.NotFound;

/**
 * A district's observations over a period: the total, by category, by priority area, by ISO week,
 * by status, and the hotspots (the busiest ~250 m grid cells with their neighbourhood). A district
 * counts the observations filed under the districts it continued (Järva those of Rinkeby-Kista and
 * Spånga-Tensta), so its history does not start at the merger; a former district counts only its
 * own. Read from the aggregates, never from the raw rows.
 */
@Service
public class DistrictOverview {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	public record Overview(UUID districtId, LocalDate from, LocalDate to, String categoryCode, long total,
			List<CategoryCount> byCategory, List<AreaCount> byPriorityArea, List<WeekCount> byWeek,
			List<Hotspot> hotspots, List<StatusCount> byStatus, Set<UUID> countedDistrictIds) {
	}

	public record Hotspot(double lat, double lon, long count, String neighbourhood) {
	}

	public record CategoryCount(String categoryCode, long count) {
	}

	public record AreaCount(String priorityAreaCode, long count) {
	}

	public record WeekCount(String week, long count) {
	}

	public record StatusCount(String status, long count) {
	}

	private final ObservationCounts counts;

	private final AccessPolicy policy;

	private final DistrictLocator locator;

	private final OrganisationDirectory organisation;

	private final ObservationCategories categories;

	DistrictOverview(ObservationCounts counts, AccessPolicy policy, DistrictLocator locator,
			OrganisationDirectory organisation, ObservationCategories categories) {
		this.counts = counts;
		this.policy = policy;
		this.locator = locator;
		this.organisation = organisation;
		this.categories = categories;
	}

	/** {@code from} and {@code to} both included (whole days, Stockholm time). */
	@Transactional(readOnly = true)
	public Overview overview(Actor actor, UUID districtId, LocalDate from, LocalDate to, String categoryCode) {
		if (organisation.unit(districtId).filter(unit -> unit.type() == UnitType.DISTRICT).isEmpty()) {
			throw new NotFound("district", districtId);
		}
		policy.require(actor, Action.READ, districtId);
		categories.requireKnown(categoryCode);
		return compute(districtId, from, to, categoryCode);
	}

	Overview compute(UUID districtId, LocalDate from, LocalDate to, String categoryCode) {
		Set<UUID> districts = organisation.lineage(districtId);
		ObservationCounts.Tally tally = counts.tally(districts, from, to, categoryCode);
		List<ObservationCounts.Cell> cells = counts.busiestCells(districts, from, to, categoryCode,
				OverviewFigures.HOTSPOTS, LocalDate.now(STOCKHOLM));
		return new Overview(districtId, from, to, categoryCode, tally.total(), OverviewFigures.byCategory(tally),
				OverviewFigures.byPriorityArea(tally), OverviewFigures.byWeek(tally),
				OverviewFigures.hotspots(cells, locator, to), OverviewFigures.byStatus(tally), districts);
	}
}
