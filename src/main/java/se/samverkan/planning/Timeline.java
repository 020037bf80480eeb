package se.samverkan.planning.web;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.samverkan.planning.Activity;

/**
 * A plan's activities as bars across its year, computed on the server so the page needs no script:
 * the template draws each bar with SVG attributes (x, width), which the Content-Security-Policy
 * allows where inline styles are not.
 */
record Timeline(int width, int height, int labelWidth, int chartWidth, List<Tick> ticks, List<Bar> bars, Integer todayX,
		int lateCount) {

	static final int LABEL_WIDTH = 330;

	static final int CHART_WIDTH = 670;

	static final int ROW = 30;

	static final int HEADER = 28;

	record Tick(int x, String label) {
	}

	record Bar(Activity activity, String label, int x, int width, int y, int textY, boolean late, boolean clipped) {
	}

	static Timeline of(int year, List<Activity> activities, LocalDate today, Locale locale) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		double days = ChronoUnit.DAYS.between(first, last) + 1;
		List<Tick> ticks = new ArrayList<>();
		for (Month month : Month.values()) {
			LocalDate start = LocalDate.of(year, month, 1);
			ticks.add(new Tick(LABEL_WIDTH + (int) Math.round(ChronoUnit.DAYS.between(first, start) / days * CHART_WIDTH),
					month.getDisplayName(TextStyle.SHORT, locale)));
		}
		List<Bar> bars = new ArrayList<>();
		int late = 0;
		int row = 0;
		for (Activity activity : activities) {
			LocalDate from = activity.content().startDate().isBefore(first) ? first : activity.content().startDate();
			LocalDate to = activity.content().endDate().isAfter(last) ? last : activity.content().endDate();
			boolean clipped = from != activity.content().startDate() || to != activity.content().endDate();
			int x = LABEL_WIDTH;
			int width = 0;
			if (!to.isBefore(first) && !from.isAfter(last)) {
				x = LABEL_WIDTH + (int) Math.round(ChronoUnit.DAYS.between(first, from) / days * CHART_WIDTH);
				width = Math.max(3, (int) Math.round((ChronoUnit.DAYS.between(from, to) + 1) / days * CHART_WIDTH));
			}
			boolean isLate = activity.isLate(today);
			if (isLate) {
				late++;
			}
			int y = HEADER + row * ROW + 6;
			bars.add(new Bar(activity, shorten(activity.content().title(), 40), x, width, y, y + 13, isLate, clipped));
			row++;
		}
		Integer todayX = today.getYear() == year
				? LABEL_WIDTH + (int) Math.round(ChronoUnit.DAYS.between(first, today) / days * CHART_WIDTH) : null;
		return new Timeline(LABEL_WIDTH + CHART_WIDTH, HEADER + Math.max(1, row) * ROW + 8, LABEL_WIDTH, CHART_WIDTH,
				ticks, bars, todayX, late);
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
