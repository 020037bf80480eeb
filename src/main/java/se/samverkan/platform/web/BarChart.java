package se.samverkan.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts by label as horizontal SVG bars drawn on the server (no script needed); the same figures
 * go in a table beside it. Positions are SVG attributes, which the Content-Security-Policy allows.
 */
public record BarChart(List<Bar> bars, long max, int width, int height) {

	public record Bar(String label, long count, int y, int barWidth, int textY) {
	}

	static final int LABEL_WIDTH = 190;

	static final int BAR_AREA = 200;

	static final int ROW = 26;

	/** One bar per entry, in the map's order; labels are already in the reader's language. */
	public static BarChart of(Map<String, ? extends Number> counts) {
		long max = Math.max(1, counts.values().stream().mapToLong(Number::longValue).max().orElse(1));
		List<Bar> bars = new ArrayList<>();
		int row = 0;
		for (var entry : counts.entrySet()) {
			long count = entry.getValue().longValue();
			int width = (int) Math.round(count * (double) BAR_AREA / max);
			bars.add(new Bar(entry.getKey(), count, 8 + row * ROW, width, 8 + row * ROW + 15));
			row++;
		}
		return new BarChart(bars, max, LABEL_WIDTH + BAR_AREA + 40, 16 + Math.max(1, bars.size()) * ROW);
	}

	public int labelWidth() {
		return LABEL_WIDTH;
	}
}
