package se.samverkan.platform.charts;

import java.util.ArrayList;
import java.util.List;

/** A value axis with "nice" ticks (1, 2, 2.5 or 5 times a power of ten) covering the values. */
record Scale(double min, double max, List<Double> ticks) {

	static Scale of(double low, double high, int wanted) {
		double lo = Math.min(low, high);
		double hi = Math.max(low, high);
		if (hi - lo < 1e-9) {
			hi = lo == 0 ? 1 : lo + Math.abs(lo) * 0.1;
			lo = lo == 0 ? 0 : lo - Math.abs(lo) * 0.1;
		}
		double step = niceStep((hi - lo) / Math.max(1, wanted));
		double start = Math.floor(lo / step) * step;
		double end = Math.ceil(hi / step) * step;
		List<Double> ticks = new ArrayList<>();
		for (double tick = start; tick <= end + step / 2; tick += step) {
			ticks.add(Math.abs(tick) < step / 1e6 ? 0 : tick);
		}
		return new Scale(start, end, ticks);
	}

	private static double niceStep(double raw) {
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		double fraction = raw / power;
		double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
		return nice * power;
	}

	/** Where the value lies between {@code bottom} and {@code top} (SVG y grows downwards). */
	double position(double value, double bottom, double top) {
		return round(bottom - (value - min) / (max - min) * (bottom - top));
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
