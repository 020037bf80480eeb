package se.samverkan.situation.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.DistrictBoundaries;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.web.ProblemMessages;
import se.samverkan.situation.CityOverview;
import se.samverkan.situation.CityOverview.DistrictCount;
import se.samverkan.situation.ObservationCategory;
import se.samverkan.situation.ObservationReporting;
import se.samverkan.situation.OverviewPeriod;
import se.samverkan.situation.WeekChart;

/**
 * The city-wide overview page: today's districts on a map shaded by count (or by rate per 1,000
 * inhabitants where the population is known), the same figures as a table, and the city's figures
 * by category, priority area, week and hotspot. A district on the map or in the table opens its
 * own overview for the same period and category.
 */
@Controller
class CityOverviewPage {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final CityOverview overview;

	private final ObservationReporting reporting;

	private final DistrictBoundaries boundaries;

	private final ProblemMessages messages;

	CityOverviewPage(CityOverview overview, ObservationReporting reporting, DistrictBoundaries boundaries,
			ProblemMessages messages) {
		this.overview = overview;
		this.reporting = reporting;
		this.boundaries = boundaries;
		this.messages = messages;
	}

	@GetMapping("/overview")
	String overview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String categoryCode, @RequestParam(required = false) String shade,
			Model model) {
		Actor actor = CurrentActor.get();
		if (!overview.mayRead(actor)) {
			throw new Forbidden();
		}
		LocalDate today = LocalDate.now(STOCKHOLM);
		OverviewPeriod period = OverviewPeriod.lenient(from, to, today);
		List<ObservationCategory> categories = reporting.categories();
		Map<String, String> categoryNames = new LinkedHashMap<>();
		categories.forEach(category -> categoryNames.put(category.code(), category.name()));
		String category = categoryNames.containsKey(FieldChecks.clean(categoryCode)) ? categoryCode.trim() : null;
		CityOverview.Overview figures = overview.overview(actor, period, category);
		boolean byRate = "rate".equals(shade) && figures.anyRate();
		model.addAttribute("period", period);
		model.addAttribute("categoryCode", category);
		model.addAttribute("categories", categories);
		model.addAttribute("categoryNames", categoryNames);
		model.addAttribute("byRate", byRate);
		model.addAttribute("overview", figures);
		model.addAttribute("map", map(figures, period, category, byRate, today));
		model.addAttribute("chart", WeekChart.of(figures.byWeek(), period.first(), period.last()));
		model.addAttribute("links", links(figures, period, category));
		return "situation/city-overview";
	}

	private DistrictMap map(CityOverview.Overview figures, OverviewPeriod period, String category, boolean byRate,
			LocalDate today) {
		List<DistrictMap.Input> inputs = new ArrayList<>();
		for (DistrictCount district : figures.byDistrict()) {
			boundaries.geometry(district.districtId(), today).ifPresent(boundary -> {
				Double value = byRate ? district.perThousandInhabitants() : Double.valueOf(district.count());
				String label = value == null ? "–" : byRate ? decimal(value) : String.valueOf(district.count());
				String description = byRate && value != null
						? messages.of("city.map.district.rate", district.districtName(), decimal(value), district.count())
						: messages.of("city.map.district", district.districtName(), district.count(),
								messages.of("picture.trend." + district.trend()));
				inputs.add(new DistrictMap.Input(district.districtName(), boundary, value, label,
						districtLink(district, period, category), description));
			});
		}
		return DistrictMap.of(inputs, byRate);
	}

	private static Map<java.util.UUID, String> links(CityOverview.Overview figures, OverviewPeriod period, String category) {
		Map<java.util.UUID, String> links = new LinkedHashMap<>();
		figures.byDistrict().forEach(district -> links.put(district.districtId(), districtLink(district, period, category)));
		return links;
	}

	private static String districtLink(DistrictCount district, OverviewPeriod period, String category) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/districts/{id}/overview")
			.queryParam("from", period.first())
			.queryParam("to", period.last());
		if (category != null) {
			link.queryParam("categoryCode", category);
		}
		return link.buildAndExpand(district.districtId()).toUriString();
	}

	static String decimal(double value) {
		java.text.NumberFormat format = java.text.NumberFormat
			.getNumberInstance(org.springframework.context.i18n.LocaleContextHolder.getLocale());
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}
}
