package se.samverkan.situation;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import se.samverkan.situation.DistrictOverview.WeekCount;

/**
 * The weekly counts as an SVG bar chart drawn on the server (no script needed), every week of the
 * period present, with zero where nothing was reported. {@link #svg} is the one drawing: the pages
 * insert it, the PDF draws it and the DOCX holds it as a picture. Bars are positioned and coloured
 * by SVG attributes, which the Content-Security-Policy allows (style attributes it would not); the
 * classes let the page's stylesheet restyle them.
 */
public record WeekChart(List<Bar> bars, long max, int width, int height) {

	public record Bar(String week, long count, int x, int y, int barWidth, int barHeight, boolean labelled) {

		/** The week's number without its year ("14" of "2025-W14"). */
		public int number() {
			return Integer.parseInt(week.substring(week.indexOf('W') + 1));
		}

		public int year() {
			return Integer.parseInt(week.substring(0, 4));
		}
	}

	static final int HEIGHT = 160;

	public static WeekChart of(List<WeekCount> counts, LocalDate from, LocalDate to) {
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

	/**
	 * The chart as SVG markup: {@code label} is its accessible name, {@code weekWord} what stands
	 * before a week's number under the axis ("v." in Swedish, "wk" in English).
	 */
	public String svg(String label, String weekWord) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(width)
			.append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
			.append("\" aria-label=\"").append(escape(label)).append("\">");
		svg.append("<title>").append(escape(label)).append("</title>");
		svg.append("<line x1=\"38\" y1=\"10\" x2=\"38\" y2=\"").append(height - 40)
			.append("\" class=\"axis\" stroke=\"#1b1b1b\"/>");
		tick(svg, 34, 16, "end", String.valueOf(max));
		tick(svg, 34, height - 40, "end", "0");
		for (Bar bar : bars) {
			svg.append("<rect class=\"bar\" fill=\"#00539f\" x=\"").append(bar.x()).append("\" y=\"").append(bar.y())
				.append("\" width=\"").append(bar.barWidth()).append("\" height=\"").append(bar.barHeight()).append("\"/>");
			if (bar.labelled()) {
				tick(svg, bar.x(), height - 24, "start", weekWord + " " + bar.number());
			}
		}
		svg.append("</svg>");
		return svg.toString();
	}

	private static void tick(StringBuilder svg, int x, int y, String anchor, String text) {
		svg.append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"")
			.append(anchor).append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"10\" fill=\"#1b1b1b\">")
			.append(escape(text)).append("</text>");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
