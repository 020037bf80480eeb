package se.samverkan.situation.api;

import java.time.LocalDate;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.identity.CurrentActor;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.situation.CityOverview;
import se.samverkan.situation.ObservationAggregates;
import se.samverkan.situation.OverviewPeriod;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Situation picture")
class CityOverviewController {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final CityOverview overview;

	private final ObservationAggregates aggregates;

	CityOverviewController(CityOverview overview, ObservationAggregates aggregates) {
		this.overview = overview;
		this.aggregates = aggregates;
	}

	@Operation(summary = "The whole city over a period (readers whose scope is the whole city)",
			description = "Every observation is counted under one of today's districts (a former district's under the "
					+ "district that continued it), so byDistrict adds up to total and each district's count equals its "
					+ "own overview. previousCount is the period of the same length just before; perThousandInhabitants "
					+ "is null where no population figure is known. from and to are included; without them the last "
					+ "twelve months up to today.")
	@GetMapping("/overview")
	CityOverview.Overview overview(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String categoryCode) {
		return overview.overview(CurrentActor.get(), OverviewPeriod.of(from, to, LocalDate.now(STOCKHOLM)),
				FieldChecks.clean(categoryCode));
	}

	@Operation(summary = "Count every observation again into the overview aggregates (administrators)",
			description = "For after a restore or a bulk load that bypassed the application. Writers wait while it "
					+ "runs; overviews keep answering from the old counts until it is done. 'before' says how many "
					+ "aggregate rows differed from the raw rows.")
	@PostMapping("/observation-aggregates/rebuild")
	ObservationAggregates.Rebuilt rebuild() {
		return aggregates.rebuild(CurrentActor.get());
	}

	@Operation(summary = "Compare the overview aggregates with the raw observations (administrators)")
	@GetMapping("/observation-aggregates/check")
	ObservationAggregates.Check check() {
		return aggregates.check(CurrentActor.get());
	}
}
