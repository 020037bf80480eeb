package se.samverkan.indicator.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.indicator.Indicator;
import se.samverkan.indicator.IndicatorManagement;
import se.samverkan.indicator.IndicatorPeriod;
import se.samverkan.indicator.IndicatorReading;
import se.samverkan.indicator.IndicatorValue;
import se.samverkan.indicator.MeasurementLevel;
import se.samverkan.organisation.DistrictMap;
import se.samverkan.platform.charts.BarChart;
import se.samverkan.platform.charts.ShadedMap;
import se.samverkan.platform.rules.InvalidInput;

/** The districts compared in one period: bars sorted by value, the map shaded by value, and the table. */
@Controller
class ComparisonPages {

	private final IndicatorManagement indicators;

	private final IndicatorReading reading;

	private final DistrictMap map;

	ComparisonPages(IndicatorManagement indicators, IndicatorReading reading, DistrictMap map) {
		this.indicators = indicators;
		this.reading = reading;
		this.map = map;
	}

	@GetMapping("/indicators/compare")
	String compare(@RequestParam(required = false) UUID indicatorId, @RequestParam(required = false) String period,
			Model model) {
		Actor actor = CurrentActor.get();
		List<Indicator> comparable = indicators.find(actor)
			.stream()
			.filter(indicator -> indicator.level() != MeasurementLevel.MUNICIPALITY)
			.toList();
		model.addAttribute("comparable", comparable);
		Indicator chosen = comparable.stream()
			.filter(indicator -> indicator.id().equals(indicatorId))
			.findFirst()
			.orElse(comparable.isEmpty() ? null : comparable.get(0));
		model.addAttribute("indicator", chosen);
		model.addAttribute("errors", Map.of());
		if (chosen == null) {
			return "indicator/compare";
		}
		String wanted = period == null || period.isBlank() ? latestPeriod(actor, chosen) : period.strip();
		model.addAttribute("period", wanted);
		if (wanted == null) {
			return "indicator/compare";
		}
		IndicatorReading.Compared compared;
		try {
			compared = reading.compare(actor, wanted, List.of(chosen.id())).indicators().get(0);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", Map.of("period", invalid.fieldProblems().get(0).message()));
			return "indicator/compare";
		}
		var format = Figures.format();
		model.addAttribute("compared", compared);
		model.addAttribute("format", format);
		model.addAttribute("bars", BarChart.of(compared.units()
			.stream()
			.map(ranked -> new BarChart.Entry(ranked.unit().name(), ranked.value() == null ? null : ranked.value().value(),
					false))
			.toList(), 640, format));
		if (chosen.level() == MeasurementLevel.DISTRICT) {
			IndicatorPeriod parsed = IndicatorPeriod.parse(wanted);
			LocalDate on = parsed.end().isAfter(LocalDate.now()) ? LocalDate.now() : parsed.end();
			DistrictMap.Drawing drawing = map.districts(on);
			Map<Object, BigDecimal> values = new HashMap<>();
			compared.units().forEach(ranked -> {
				if (ranked.value() != null) {
					values.put(ranked.unit().id(), ranked.value().value());
				}
			});
			List<ShadedMap.Shape> shapes = drawing.shapes()
				.stream()
				.map(shape -> new ShadedMap.Shape(shape.districtId(), shape.name(), shape.path(), shape.labelX(), shape.labelY()))
				.toList();
			model.addAttribute("shaded", ShadedMap.of(drawing.width(), drawing.height(), shapes, values, format, "–"));
		}
		return "indicator/compare";
	}

	@GetMapping("/indicators/compare.csv")
	ResponseEntity<byte[]> compareCsv(@RequestParam UUID indicatorId, @RequestParam String period) throws IOException {
		IndicatorReading.Compared compared = reading.compare(CurrentActor.get(), period, List.of(indicatorId))
			.indicators()
			.get(0);
		List<List<Object>> rows = new ArrayList<>();
		for (IndicatorReading.Ranked ranked : compared.units()) {
			IndicatorValue value = ranked.value();
			rows.add(List.of(ranked.rank() == null ? "" : ranked.rank(), ranked.unit().code(), ranked.unit().name(), period,
					value == null ? "" : Exports.number(value.value()), value == null ? "" : value.state().name(),
					value == null ? "" : value.demo() ? "DEMO" : value.origin()));
		}
		return Exports.csv(compared.indicator().code() + "-" + period + ".csv",
				List.of("rank", "unitCode", "unitName", "period", "value", "state", "source"), rows);
	}

	/** The latest period any unit has a value for, so the page opens on something to see. */
	private String latestPeriod(Actor actor, Indicator indicator) {
		return reading.trend(actor, indicator.id(), IndicatorReading.Selection.ALL)
			.units()
			.stream()
			.map(series -> series.latest())
			.filter(java.util.Objects::nonNull)
			.map(IndicatorValue::period)
			.max(Comparator.naturalOrder())
			.map(IndicatorPeriod::code)
			.orElse(null);
	}
}
