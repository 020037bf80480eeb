package se.samverkan.platform.documents;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A horizontal bar chart drawn as SVG markup, for the pages and the PDF documents alike (one way
 * to draw). Each bar may be split into coloured segments (activities by status per district);
 * colours are SVG attributes, which the Content-Security-Policy allows and which openhtmltopdf's
 * SVG support draws, and a legend names every colour in words, so colour is never the only signal.
 * The figures always go beside it as a table.
 */
public final class BarChart {

	/** A part of a bar: its value, colour and name (in the legend). */
	public record Segment(String name, long value, String colour) {
	}

	/** One bar: its label and its segments, drawn left to right. */
	public record Bar(String label, List<Segment> segments) {

		public long total() {
			return segments.stream().mapToLong(Segment::value).sum();
		}
	}

	private static final int LABEL_WIDTH = 170;

	private static final int BAR_AREA = 380;

	private static final int ROW = 24;

	private BarChart() {
	}

	/** The chart's SVG, {@code title} read out by screen readers as its name. */
	public static String svg(String title, List<Bar> bars) {
		long max = Math.max(1, bars.stream().mapToLong(Bar::total).max().orElse(1));
		List<Segment> legend = new ArrayList<>();
		bars.forEach(bar -> bar.segments().forEach(segment -> {
			if (legend.stream().noneMatch(known -> known.name().equals(segment.name()))) {
				legend.add(segment);
			}
		}));
		boolean showLegend = legend.size() > 1;
		int legendHeight = showLegend ? 22 * ((legend.size() + 2) / 3) + 8 : 0;
		int width = LABEL_WIDTH + BAR_AREA + 60;
		int height = 10 + bars.size() * ROW + legendHeight + 10;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(width)
			.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
			.append("\" aria-label=\"").append(escape(title)).append("\">");
		svg.append("<title>").append(escape(title)).append("</title>");
		int y = 10;
		for (Bar bar : bars) {
			svg.append(textAt(LABEL_WIDTH - 8, y + 16, "end", shorten(bar.label())));
			double x = LABEL_WIDTH;
			for (Segment segment : bar.segments()) {
				double w = segment.value() * (double) BAR_AREA / max;
				if (w > 0) {
					svg.append(String.format(java.util.Locale.ROOT,
							"<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", x, y + 3, w, ROW - 6,
							segment.colour()));
				}
				x += w;
			}
			svg.append(textAt((int) Math.round(x) + 6, y + 16, "start", String.valueOf(bar.total())));
			y += ROW;
		}
		if (showLegend) {
			y += 12;
			for (int i = 0; i < legend.size(); i++) {
				int lx = 10 + (i % 3) * 200;
				int ly = y + (i / 3) * 22;
				svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly).append("\" width=\"14\" height=\"14\" fill=\"")
					.append(legend.get(i).colour()).append("\"/>");
				svg.append(textAt(lx + 20, ly + 12, "start", legend.get(i).name()));
			}
		}
		svg.append("</svg>");
		return svg.toString();
	}

	private static String textAt(int x, int y, String anchor, String text) {
		return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor
				+ "\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\" fill=\"#1b1b1b\">" + escape(text) + "</text>";
	}

	private static String shorten(String label) {
		return label.length() <= 26 ? label : label.substring(0, 25) + "…";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}
}
