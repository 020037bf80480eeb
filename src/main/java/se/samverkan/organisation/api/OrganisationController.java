package se.samverkan.organisation.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.organisation.Coverage;
import se.samverkan.organisation.DistrictLocator;
import se.samverkan.organisation.Location;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.Party;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.web.PageOf;

/**
 * Reference data: readable by every signed-in user, because every form and report refers to it.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation")
class OrganisationController {

	private final OrganisationDirectory directory;

	private final DistrictLocator locator;

	private final se.samverkan.organisation.DistrictBoundaries boundaries;

	OrganisationController(OrganisationDirectory directory, DistrictLocator locator,
			se.samverkan.organisation.DistrictBoundaries boundaries) {
		this.directory = directory;
		this.locator = locator;
		this.boundaries = boundaries;
	}

	/** The district's boundary on the date, as a GeoJSON geometry (for maps). */
	@GetMapping(value = "/districts/{id}/boundary", produces = "application/geo+json")
	String boundary(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return boundaries.geoJson(id, date == null ? LocalDate.now() : date).orElseThrow(() -> new NotFound("district", id));
	}

	@GetMapping("/parties")
	List<Party> parties() {
		return directory.parties();
	}

	@GetMapping("/units")
	PageOf<UnitResponse> units(@RequestParam(required = false) UnitType type,
			@RequestParam(required = false) String party,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		var units = directory.units(type, party, validOn == null ? LocalDate.now() : validOn)
			.stream()
			.map(UnitResponse::of)
			.toList();
		return PageOf.slice(units, page, size);
	}

	@GetMapping("/units/{id}")
	UnitResponse unit(@PathVariable UUID id) {
		return directory.unit(id).map(UnitResponse::of).orElseThrow(() -> new NotFound("unit", id));
	}

	@GetMapping("/units/{id}/coverage")
	List<CoverageResponse> coverage(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn) {
		directory.unit(id).orElseThrow(() -> new NotFound("unit", id));
		return directory.coverage(id, validOn == null ? LocalDate.now() : validOn)
			.stream()
			.map(CoverageResponse::of)
			.toList();
	}

	@GetMapping("/geo/locate")
	Location locate(@RequestParam double lat, @RequestParam double lon,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return locator.locateOrRefuse(lat, lon, date == null ? LocalDate.now() : date);
	}

	record CoverageResponse(UUID id, String code, String name, String type, String party, LocalDate validFrom,
			LocalDate validTo, boolean partial, String note) {

		static CoverageResponse of(Coverage coverage) {
			var unit = coverage.unit();
			return new CoverageResponse(unit.id(), unit.code(), unit.name(), unit.type().name(), unit.party(),
					coverage.validFrom(), coverage.validTo(), coverage.partial(), coverage.note());
		}
	}
}
