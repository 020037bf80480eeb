package se.samverkan.platform.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A series over periods as a line with its points, and two optional reference lines: a target
 * (dashed) and a baseline (dotted). Points of an unfinished period are drawn hollow.
 */
public record LineChart(int width, int height, int left, int right, int top, int bottom, String path,
		List<Point> points, List<Tick> yTicks, List<Tick> xTicks, Line target, Line baseline, String summary) {

	/** One value: its period's label, the figure, whether its period has ended. */
	public record Entry(String label, BigDecimal value, boolean complete) {
	}

	public record Point(double x, double y, String label, String value, boolean complete) {
	}

	public record Tick(double position, String label) {
	}

	public record Line(double y, String label) {
	}

	/**
	 * Lays out the entries (in order) in a chart {@code width} by {@code height}; {@code target}
	 * and {@code baseline} may be null; {@code format} writes a number as the reader reads it.
	 */
	public static LineChart of(List<Entry> entries, BigDecimal target, BigDecimal baseline, int width, int height,
			Function<BigDecimal, String> format) {
		int right = width - 12;
		int top = 12;
		int bottom = height - (width < 300 ? 22 : 30);
		double low = 0;
		double high = 0;
		boolean first = true;
		for (Entry entry : entries) {
			double value = entry.value().doubleValue();
			low = first ? Math.min(0, value) : Math.min(low, value);
			high = first ? value : Math.max(high, value);
			first = false;
		}
		for (BigDecimal reference : new BigDecimal[] { target, baseline }) {
			if (reference != null) {
				low = Math.min(low, reference.doubleValue());
				high = Math.max(high, reference.doubleValue());
			}
		}
		Scale scale = Scale.of(low, high, height < 120 ? 2 : 4);
		List<String> tickLabels = scale.ticks().stream().map(tick -> format.apply(BigDecimal.valueOf(tick).stripTrailingZeros())).toList();
		// Room on the left for the longest value label (about 7.5 units a character at the charts' font size).
		int left = 8 + (int) Math.ceil(7.5 * tickLabels.stream().mapToInt(String::length).max().orElse(1));
		List<Tick> yTicks = new ArrayList<>();
		for (int i = 0; i < tickLabels.size(); i++) {
			yTicks.add(new Tick(scale.position(scale.ticks().get(i), bottom, top), tickLabels.get(i)));
		}
		List<Point> points = new ArrayList<>();
		StringBuilder path = new StringBuilder();
		int count = entries.size();
		for (int i = 0; i < count; i++) {
			Entry entry = entries.get(i);
			double x = count == 1 ? (left + right) / 2.0 : Scale.round(left + (right - left) * (double) i / (count - 1));
			double y = scale.position(entry.value().doubleValue(), bottom, top);
			points.add(new Point(x, y, entry.label(), format.apply(entry.value()), entry.complete()));
			path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
		}
		// Evenly spaced period labels that always include the latest.
		int every = Math.max(1, (int) Math.ceil(count / (width < 300 ? 3.0 : 6.0)));
		List<Tick> xTicks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			if ((count - 1 - i) % every == 0) {
				xTicks.add(new Tick(points.get(i).x(), points.get(i).label()));
			}
		}
		Line targetLine = target == null ? null : new Line(scale.position(target.doubleValue(), bottom, top), format.apply(target));
		Line baselineLine = baseline == null ? null
				: new Line(scale.position(baseline.doubleValue(), bottom, top), format.apply(baseline));
		String summary = entries.isEmpty() ? "" : entries.get(0).label() + ": " + format.apply(entries.get(0).value())
				+ " … " + entries.get(count - 1).label() + ": " + format.apply(entries.get(count - 1).value());
		return new LineChart(width, height, left, right, top, bottom, path.toString(), points, yTicks, xTicks,
				targetLine, baselineLine, summary);
	}
}
