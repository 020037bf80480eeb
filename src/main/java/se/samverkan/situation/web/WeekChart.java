package se.samverkan.situation.web;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.samverkan.situation.DistrictOverview.WeekCount;

/**
 * The weekly counts as an SVG bar chart drawn on the server (no script needed), every week of the
 * period present, with zero where nothing was reported. Bars are positioned by SVG attributes,
 * which the Content-Security-Policy allows (style attributes it would not).
 */
public record WeekChart(List<Bar> bars, long max, int width, int height) {

	public record Bar(String week, long count, int x, int y, int barWidth, int barHeight, boolean labelled) {
	}

	static final int HEIGHT = 160;

	static WeekChart of(List<WeekCount> counts, LocalDate from, LocalDate to) {
		Map<String, Long> byWeek = new HashMap<>();
		counts.forEach(count -> byWeek.put(count.week(), count.count()));
		List<String> weeks = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusWeeks(1)) {
			String week = String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			if (!weeks.contains(week)) {
				weeks.add(week);
			}
		}
		String last = String.format("%d-W%02d", to.get(IsoFields.WEEK_BASED_YEAR), to.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		if (!weeks.contains(last)) {
			weeks.add(last);
		}
		long max = Math.max(1, byWeek.values().stream().mapToLong(Long::longValue).max().orElse(1));
		int barWidth = Math.max(4, Math.min(24, 720 / Math.max(1, weeks.size())));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < weeks.size(); i++) {
			long count = byWeek.getOrDefault(weeks.get(i), 0L);
			int height = (int) Math.round(count * (double) HEIGHT / max);
			bars.add(new Bar(weeks.get(i), count, 40 + i * barWidth, 10 + HEIGHT - height, barWidth - 1, height,
					i % Math.max(1, weeks.size() / 8) == 0));
		}
		return new WeekChart(bars, max, 40 + weeks.size() * barWidth + 10, HEIGHT + 50);
	}
}
