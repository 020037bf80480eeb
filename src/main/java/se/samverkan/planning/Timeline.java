package se.samverkan.planning;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


import org.springframework.web.util.HtmlUtils;

/**
 * A plan's activities as bars across its year, drawn on the server as SVG so the page needs no
 * script: the plan's timeline page shows this drawing and the plan's PDF and DOCX documents hold
 * the very same one. Positions and colours are SVG attributes, which the Content-Security-Policy
 * allows where inline styles are not (the page's stylesheet may still restyle the classes).
 */
public record Timeline(int width, int height, int labelWidth, int chartWidth, List<Tick> ticks, List<Bar> bars, Integer todayX,
		int lateCount) {

	static final int LABEL_WIDTH = 330;

	static final int CHART_WIDTH = 670;

	static final int ROW = 30;

	static final int HEADER = 28;

	public record Tick(int x, String label) {
	}

	public record Bar(Activity activity, String label, int x, int width, int y, int textY, boolean late, boolean clipped) {
	}

	public static Timeline of(int year, List<Activity> activities, LocalDate today, Locale locale) {
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

	/**
	 * The drawing: {@code label} names it for screen readers (its title), {@code todayWord} labels the
	 * line of today's date. Late bars are red with a dashed edge and a warning sign before the name.
	 */
	public String svg(String label, String todayWord) {
		StringBuilder svg = new StringBuilder(512 + bars.size() * 400);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline__svg\" role=\"img\" viewBox=\"0 0 ")
			.append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
			.append(height).append("\" aria-label=\"").append(escape(label)).append("\">");
		svg.append("<title>").append(escape(label)).append("</title>");
		for (Tick tick : ticks) {
			svg.append("<line class=\"timeline__grid\" stroke=\"#d5dade\" x1=\"").append(tick.x()).append("\" x2=\"")
				.append(tick.x()).append("\" y1=\"0\" y2=\"").append(height).append("\"/>");
			text(svg, "timeline__month", tick.x() + 4, 18, 12, "normal", "#1b1b1b", tick.label());
		}
		for (Bar bar : bars) {
			text(svg, "timeline__label", 4, bar.textY(), 13, "normal", "#1b1b1b", (bar.late() ? "⚠ " : "") + bar.label());
			if (bar.width() > 0) {
				svg.append("<rect height=\"18\" rx=\"3\" class=\"tl-bar tl-bar--").append(bar.activity().status())
					.append(bar.late() ? " tl-bar--late" : "").append("\" x=\"").append(bar.x()).append("\" y=\"")
					.append(bar.y()).append("\" width=\"").append(bar.width()).append("\" fill=\"")
					.append(bar.late() ? LATE : colour(bar.activity().status())).append('"')
					.append(bar.late() ? " stroke=\"#1b1b1b\" stroke-width=\"2\" stroke-dasharray=\"4 2\"" : "")
					.append("/>");
			}
		}
		if (todayX != null) {
			svg.append("<line class=\"timeline__today\" stroke=\"#7a4b00\" stroke-width=\"2\" x1=\"").append(todayX)
				.append("\" x2=\"").append(todayX).append("\" y1=\"0\" y2=\"").append(height).append("\"/>");
			text(svg, "timeline__today-label", todayX + 3, height - 4, 12, "bold", "#7a4b00", todayWord);
		}
		svg.append("</svg>");
		return svg.toString();
	}

	/** The colour of a bar that is not late (the page's stylesheet uses the same). */
	static String colour(ActivityStatus status) {
		return switch (status) {
			case ONGOING -> "#00539f";
			case DONE -> "#1d6b2f";
			case POSTPONED, CANCELLED -> "#6b6b6b";
			default -> "#00487a";
		};
	}

	static final String LATE = "#a4001d";

	private static void text(StringBuilder svg, String cssClass, int x, int y, int size, String weight, String colour,
			String text) {
		svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(x).append("\" y=\"").append(y)
			.append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"").append(size).append("\" font-weight=\"")
			.append(weight).append("\" fill=\"").append(colour).append("\">").append(escape(text)).append("</text>");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
