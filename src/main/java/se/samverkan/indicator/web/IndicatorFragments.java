package se.samverkan.indicator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.identity.CurrentActor;
import se.samverkan.indicator.IndicatorReading;
import se.samverkan.platform.charts.LineChart;

/**
 * Figures for fragments that other modules' pages include ({@code indicator/fragments}), called
 * from the template as {@code @indicatorFragments}: so the district overview shows the district's
 * indicators without its controller knowing of them.
 */
@Component("indicatorFragments")
public class IndicatorFragments {

	/** A small multiple: the indicator, the district's series, and its chart. */
	public record Multiple(IndicatorReading.Multiple multiple, LineChart chart, String latest, String previous) {
	}

	private final IndicatorReading reading;

	IndicatorFragments(IndicatorReading reading) {
		this.reading = reading;
	}

	/** The district's indicators as small line charts, for the signed-in reader. */
	public List<Multiple> smallMultiples(UUID districtId) {
		List<Multiple> multiples = new ArrayList<>();
		for (IndicatorReading.Multiple multiple : reading.smallMultiples(CurrentActor.get(), districtId)) {
			var series = multiple.series();
			multiples.add(new Multiple(multiple, Figures.chart(series, 240, 110), Figures.text(series.latest()),
					Figures.text(series.previous())));
		}
		return multiples;
	}
}
