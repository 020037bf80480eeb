package se.samverkan.platform.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Horizontal bars in the order given (the caller sorts), a name to the left of each and its value
 * at its end; an entry without a value gets no bar and the text "–".
 */
public record BarChart(int width, int height, int labelWidth, List<Bar> bars, List<LineChart.Tick> ticks,
		double zero) {

	public record Entry(String label, BigDecimal value, boolean highlighted) {
	}

	public record Bar(String label, double y, double x, double length, String value, boolean highlighted,
			boolean missing) {
	}

	static final int ROW = 26;

	public static BarChart of(List<Entry> entries, int width, Function<BigDecimal, String> format) {
		int labelWidth = 170;
		int plotRight = width - 70;
		double low = 0;
		double high = 0;
		for (Entry entry : entries) {
			if (entry.value() != null) {
				low = Math.min(low, entry.value().doubleValue());
				high = Math.max(high, entry.value().doubleValue());
			}
		}
		Scale scale = Scale.of(low, high, 4);
		double span = scale.max() - scale.min();
		double zero = Scale.round(labelWidth + (0 - scale.min()) / span * (plotRight - labelWidth));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			double y = 8 + i * ROW;
			if (entry.value() == null) {
				bars.add(new Bar(entry.label(), y, zero, 0, "–", entry.highlighted(), true));
				continue;
			}
			double end = Scale.round(labelWidth + (entry.value().doubleValue() - scale.min()) / span * (plotRight - labelWidth));
			bars.add(new Bar(entry.label(), y, Math.min(zero, end), Scale.round(Math.abs(end - zero)),
					format.apply(entry.value()), entry.highlighted(), false));
		}
		List<LineChart.Tick> ticks = scale.ticks().stream()
			.map(tick -> new LineChart.Tick(Scale.round(labelWidth + (tick - scale.min()) / span * (plotRight - labelWidth)),
					format.apply(BigDecimal.valueOf(tick).stripTrailingZeros())))
			.toList();
		return new BarChart(width, 8 + entries.size() * ROW + 24, labelWidth, bars, ticks, zero);
	}
}
