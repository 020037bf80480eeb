package se.samverkan.indicator.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.i18n.LocaleContextHolder;

import se.samverkan.indicator.IndicatorValue;
import se.samverkan.indicator.UnitSeries;
import se.samverkan.platform.charts.LineChart;
import se.samverkan.platform.web.NumberText;

/** Numbers as the reader writes them (21,5 in Swedish, 21.5 in English) and the charts of a series. */
final class Figures {

	private Figures() {
	}

	static Function<BigDecimal, String> format() {
		Locale locale = LocaleContextHolder.getLocale();
		return value -> NumberText.format(value, locale);
	}

	/** A unit's series as a line chart with the goal's target and baseline, if any. */
	static LineChart chart(UnitSeries series, int width, int height) {
		List<LineChart.Entry> entries = series.values()
			.stream()
			.map(value -> new LineChart.Entry(value.period().code(), value.value(), value.complete()))
			.toList();
		return LineChart.of(entries, series.target() == null ? null : series.target().value(),
				series.baseline() == null ? null : series.baseline().value(), width, height, format());
	}

	static String text(IndicatorValue value) {
		return value == null ? "–" : format().apply(value.value());
	}
}
