package se.samverkan.organisation.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import se.samverkan.organisation.DistrictLocator;
import se.samverkan.organisation.Location;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.NotFound;

/** The organisation as it was on a chosen date: units by type, and one unit with its links. */
@Controller
class OrganisationPages {

	private final OrganisationDirectory directory;

	private final se.samverkan.organisation.DistrictBoundaries boundaries;

	private final DistrictLocator locator;

	OrganisationPages(OrganisationDirectory directory, se.samverkan.organisation.DistrictBoundaries boundaries,
			DistrictLocator locator) {
		this.directory = directory;
		this.boundaries = boundaries;
		this.locator = locator;
	}

	@GetMapping("/organisation")
	String units(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) UnitType type, Model model) {
		LocalDate day = date == null ? LocalDate.now() : date;
		model.addAttribute("date", day);
		model.addAttribute("type", type);
		model.addAttribute("types", UnitType.values());
		model.addAttribute("units", directory.units(type, null, day));
		return "organisation/units";
	}

	/** A district's boundary as GeoJSON for the pages' maps (the session's counterpart of the API's). */
	@GetMapping(value = "/map/districts/{id}/boundary", produces = "application/geo+json")
	@org.springframework.web.bind.annotation.ResponseBody
	String boundary(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return boundaries.geoJson(id, date == null ? LocalDate.now() : date).orElseThrow(() -> new NotFound("district", id));
	}

	/**
	 * Where a point lies, for the observation form to name the district and neighbourhood before
	 * sending (the session's counterpart of the API's geo/locate): 404 outside the municipality,
	 * 400 naming lat or lon when out of range.
	 */
	@GetMapping(value = "/map/locate", produces = "application/json")
	@ResponseBody
	Location locate(@RequestParam double lat, @RequestParam double lon) {
		return locator.locateOrRefuse(lat, lon, LocalDate.now());
	}

	@GetMapping("/organisation/units/{id}")
	String unit(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		var unit = directory.unit(id).orElseThrow(() -> new NotFound("unit", id));
		LocalDate day = date != null ? date : unit.isValidOn(LocalDate.now()) ? LocalDate.now()
				: unit.validTo() != null ? unit.validTo() : unit.validFrom();
		model.addAttribute("unit", unit);
		model.addAttribute("date", day);
		model.addAttribute("predecessors", directory.units(unit.predecessorIds()));
		model.addAttribute("successors", directory.units(unit.successorIds()));
		model.addAttribute("coverage", directory.coverage(id, day));
		model.addAttribute("groups", directory.groups(id));
		return "organisation/unit";
	}
}
