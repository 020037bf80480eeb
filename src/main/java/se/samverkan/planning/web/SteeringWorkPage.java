package se.samverkan.planning.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.planning.PlanManagement;

/** The work serving one steering document, grouped by its goals (the compilation read by the city's goals). */
@Controller
class SteeringWorkPage {

	private final PlanManagement plans;

	private final OrganisationDirectory organisation;

	SteeringWorkPage(PlanManagement plans, OrganisationDirectory organisation) {
		this.plans = plans;
		this.organisation = organisation;
	}

	@GetMapping("/steering-documents/{id}")
	String work(@PathVariable UUID id, @RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("work", plans.steeringWork(CurrentActor.get(), id, year));
		model.addAttribute("year", year);
		Map<UUID, String> names = organisation.units(UnitType.DISTRICT, null, LocalDate.now())
			.stream()
			.collect(Collectors.toMap(OrganisationalUnit::id, OrganisationalUnit::name, (a, b) -> a));
		model.addAttribute("districtNames", names);
		return "planning/steering-work";
	}
}
