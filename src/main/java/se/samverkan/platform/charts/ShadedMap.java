package se.samverkan.platform.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Areas shaded by value in five steps of equal width from the lowest value to the highest (CSS
 * classes {@code shade-1} to {@code shade-5}; {@code shade-none} where there is no value), with a
 * legend. Each area carries its name and value as text, so colour is never the only signal.
 */
public record ShadedMap(int width, int height, List<Area> areas, List<Legend> legend) {

	/** An area to draw: its key, name, SVG path and label point. */
	public record Shape(Object key, String name, String path, double labelX, double labelY) {
	}

	public record Area(String name, String path, String shade, String value, double labelX, double labelY) {
	}

	public record Legend(String shade, String label) {
	}

	static final int STEPS = 5;

	public static ShadedMap of(int width, int height, List<Shape> shapes, Map<Object, BigDecimal> values,
			Function<BigDecimal, String> format, String noValue) {
		BigDecimal low = null;
		BigDecimal high = null;
		for (Shape shape : shapes) {
			BigDecimal value = values.get(shape.key());
			if (value != null) {
				low = low == null || value.compareTo(low) < 0 ? value : low;
				high = high == null || value.compareTo(high) > 0 ? value : high;
			}
		}
		List<Area> areas = new ArrayList<>();
		for (Shape shape : shapes) {
			BigDecimal value = values.get(shape.key());
			String shade = value == null ? "shade-none" : "shade-" + step(value, low, high);
			areas.add(new Area(shape.name(), shape.path(), shade, value == null ? noValue : format.apply(value),
					shape.labelX(), shape.labelY()));
		}
		List<Legend> legend = new ArrayList<>();
		if (low != null) {
			BigDecimal width0 = high.subtract(low).divide(BigDecimal.valueOf(STEPS), 6, RoundingMode.HALF_UP);
			int steps = high.compareTo(low) == 0 ? 1 : STEPS;
			for (int i = 0; i < steps; i++) {
				BigDecimal from = low.add(width0.multiply(BigDecimal.valueOf(i)));
				BigDecimal to = i == steps - 1 ? high : low.add(width0.multiply(BigDecimal.valueOf(i + 1L)));
				legend.add(new Legend("shade-" + (steps == 1 ? 3 : i + 1),
						format.apply(from.stripTrailingZeros()) + " – " + format.apply(to.stripTrailingZeros())));
			}
		}
		if (areas.stream().anyMatch(area -> area.shade().equals("shade-none"))) {
			legend.add(new Legend("shade-none", noValue));
		}
		return new ShadedMap(width, height, areas, legend);
	}

	private static int step(BigDecimal value, BigDecimal low, BigDecimal high) {
		if (high.compareTo(low) == 0) {
			return 3;
		}
		double share = value.subtract(low).doubleValue() / high.subtract(low).doubleValue();
		return Math.min(STEPS, 1 + (int) Math.floor(share * STEPS));
	}
}
