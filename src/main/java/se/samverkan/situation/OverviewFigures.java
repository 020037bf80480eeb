package se.samverkan.situation;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import se.samverkan.organisation.DistrictLocator;
import se.samverkan.organisation.Location;
import se.samverkan.situation.DistrictOverview.AreaCount;
import se.samverkan.situation.DistrictOverview.CategoryCount;
import se.samverkan.situation.DistrictOverview.Hotspot;
import se.samverkan.situation.DistrictOverview.StatusCount;
import se.samverkan.situation.DistrictOverview.WeekCount;

/** Turns counts into the lists an overview shows, the same way for a district and for the city. */
final class OverviewFigures {

	static final int HOTSPOTS = 10;

	private OverviewFigures() {
	}

	static List<CategoryCount> byCategory(ObservationCounts.Tally tally) {
		return sorted(tally.byCategory()).stream().map(e -> new CategoryCount(e.getKey(), e.getValue())).toList();
	}

	static List<AreaCount> byPriorityArea(ObservationCounts.Tally tally) {
		return sorted(tally.byPriorityArea()).stream().map(e -> new AreaCount(e.getKey(), e.getValue())).toList();
	}

	static List<StatusCount> byStatus(ObservationCounts.Tally tally) {
		return java.util.Arrays.stream(ObservationStatus.values())
			.map(status -> new StatusCount(status.name(), tally.byStatus().getOrDefault(status.name(), 0L)))
			.toList();
	}

	/** Weeks with observations, in order, as ISO weeks ("2025-W14"). */
	static List<WeekCount> byWeek(ObservationCounts.Tally tally) {
		return tally.byWeek()
			.entrySet()
			.stream()
			.filter(e -> e.getValue() != 0)
			.sorted(Map.Entry.comparingByKey())
			.map(e -> new WeekCount(week(e.getKey()), e.getValue()))
			.toList();
	}

	static String week(LocalDate day) {
		return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** The cells as hotspots at their centre, with the neighbourhood there on {@code date}. */
	static List<Hotspot> hotspots(List<ObservationCounts.Cell> cells, DistrictLocator locator, LocalDate date) {
		List<Hotspot> hotspots = new ArrayList<>();
		for (ObservationCounts.Cell cell : cells) {
			double lat = HotspotGrid.centreLat(cell.y());
			double lon = HotspotGrid.centreLon(cell.x());
			String neighbourhood = locator.locate(lat, lon, date).map(Location::neighbourhood).orElse(null);
			hotspots.add(new Hotspot(round(lat), round(lon), cell.count(), neighbourhood));
		}
		return hotspots;
	}

	private static List<Map.Entry<String, Long>> sorted(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.filter(e -> e.getValue() != 0)
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
			.toList();
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}
}
