package se.samverkan.indicator.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.indicator.IndicatorReading;
import se.samverkan.indicator.api.IndicatorResponses.PublicIndicatorResponse;
import se.samverkan.platform.web.PageOf;

/** Public, no sign-in: the indicators marked public and their approved values. */
@RestController
@RequestMapping("/api/v1/public/indicators")
@Tag(name = "Public")
class PublicIndicatorController {

	private final IndicatorReading reading;

	PublicIndicatorController(IndicatorReading reading) {
		this.reading = reading;
	}

	@GetMapping
	PageOf<PublicIndicatorResponse> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return PageOf.slice(reading.publicIndicators().stream().map(PublicIndicatorResponse::of).toList(), page, size);
	}

	@Operation(summary = "Approved values of a public indicator",
			description = "A value counting fewer than 5 events is withheld: \"value\": null, \"suppressed\": true. An indicator that is not public answers 404.")
	@GetMapping("/{id}/values")
	PageOf<IndicatorReading.PublicValue> values(@PathVariable UUID id, @RequestParam(required = false) List<String> unitId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "500") int size) {
		return PageOf.slice(reading.publicValues(id, reading.selection(unitId, "unitId")), page, size);
	}
}
