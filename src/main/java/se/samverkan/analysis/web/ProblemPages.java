package se.samverkan.analysis.web;

import se.samverkan.platform.web.FormValues;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.analysis.Cause;
import se.samverkan.analysis.CauseInput;
import se.samverkan.analysis.Evidence;
import se.samverkan.analysis.EvidenceType;
import se.samverkan.analysis.Problem;
import se.samverkan.analysis.ProblemInput;
import se.samverkan.analysis.ProblemManagement;
import se.samverkan.analysis.TriangleSide;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.ProblemMessages;

/** The problem pages: the list, registering a problem, and the root cause analysis (tree and triangle). */
@Controller
class ProblemPages {

	private final ProblemManagement problems;

	private final AgreementManagement agreements;

	private final OrganisationDirectory organisation;

	private final ProblemMessages messages;

	private final se.samverkan.situation.PlaceManagement places;

	private final FocusAreaChoices focusAreas;

	ProblemPages(ProblemManagement problems, AgreementManagement agreements, OrganisationDirectory organisation,
			ProblemMessages messages, se.samverkan.situation.PlaceManagement places, FocusAreaChoices focusAreas) {
		this.focusAreas = focusAreas;
		this.places = places;
		this.problems = problems;
		this.agreements = agreements;
		this.organisation = organisation;
		this.messages = messages;
	}

	@GetMapping("/problems")
	String list(@RequestParam(required = false) UUID districtId, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("problems", problems.find(actor, districtId));
		model.addAttribute("districtId", districtId);
		model.addAttribute("districts", readableDistricts(actor));
		model.addAttribute("districtNames", districtNames());
		model.addAttribute("areaNames", areaNames());
		model.addAttribute("mayRegister", !problems.editableDistricts(actor).isEmpty() || problems.mayAnalyse(actor, null));
		return "analysis/problems";
	}

	/** A new problem, directly or from a situation picture section ({@code sectionId}) or an observation. */
	@GetMapping("/problems/new")
	String newProblem(@RequestParam(required = false) String districtId, @RequestParam(required = false) String sectionId,
			@RequestParam(required = false) String observationId, @RequestParam(required = false) String priorityAreaId,
			Model model) {
		FormValues form = FormValues.empty().set("districtId", districtId).set("priorityAreaId", priorityAreaId);
		if (sectionId != null) {
			form.set("evidenceType", EvidenceType.SITUATION_PICTURE).set("evidenceId", sectionId);
		}
		else if (observationId != null) {
			form.set("evidenceType", EvidenceType.OBSERVATION).set("evidenceId", observationId);
		}
		List<OrganisationalUnit> districts = problems.editableDistricts(CurrentActor.get());
		if ((districtId == null || districtId.isBlank()) && districts.size() == 1) {
			form.set("districtId", districts.get(0).id());
		}
		return problemForm(form, Map.of(), model);
	}

	@PostMapping("/problems")
	String register(@RequestParam MultiValueMap<String, String> values, Model model, RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		UUID evidenceId = form.uuid("evidenceId");
		String evidenceType = form.text("evidenceType");
		List<Evidence> evidence = evidenceId == null || evidenceType == null ? List.of()
				: java.util.Arrays.stream(EvidenceType.values())
					.filter(type -> type.name().equals(evidenceType))
					.map(type -> new Evidence(type, evidenceId))
					.toList();
		ProblemInput input = new ProblemInput(form.uuid("districtId"), form.uuid("priorityAreaId"), form.text("title"),
				form.text("description"), form.integer("priority"), form.text("sources"), form.uuids("placeIds"),
				evidence, form.uuid("focusAreaId"));
		try {
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(List.of());
			}
			Problem problem = problems.register(CurrentActor.get(), input);
			redirect.addFlashAttribute("notice", messages.of("analysis.notice.registered"));
			return "redirect:/problems/" + problem.id();
		}
		catch (InvalidInput invalid) {
			return problemForm(form, form.errors(invalid.fieldProblems()), model);
		}
	}

	@GetMapping("/problems/{id}")
	String problem(@PathVariable UUID id, @RequestParam(defaultValue = "tree") String view, Model model) {
		return problemPage(problems.get(CurrentActor.get(), id), view, FormValues.empty(), Map.of(), model);
	}

	@PostMapping("/problems/{id}/causes")
	String addCause(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		FormValues form = new FormValues(values);
		CauseInput input = new CauseInput(form.text("text"), form.uuid("parentCauseId"), form.text("kind"),
				form.text("triangleSide"), form.text("factor"), form.text("source"));
		try {
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(List.of());
			}
			problems.addCause(actor, id, input);
			redirect.addFlashAttribute("notice", messages.of("analysis.notice.cause-added"));
			return "redirect:/problems/" + id + "?view=" + view(form.text("view"));
		}
		catch (InvalidInput invalid) {
			return problemPage(problems.get(actor, id), form.text("view"), form, form.errors(invalid.fieldProblems()),
					model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return problemPage(problems.get(actor, id), form.text("view"), form, Map.of(), model);
		}
	}

	@PostMapping("/problems/{id}/causes/{causeId}/move")
	String moveCause(@PathVariable UUID id, @PathVariable UUID causeId,
			@RequestParam(required = false) String parentCauseId, RedirectAttributes redirect) {
		try {
			UUID parent = parentCauseId == null || parentCauseId.isBlank() ? null : UUID.fromString(parentCauseId);
			problems.moveCause(CurrentActor.get(), id, causeId, parent);
			redirect.addFlashAttribute("notice", messages.of("analysis.notice.cause-moved"));
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problem", invalid.fieldProblems().isEmpty() ? messages.of(invalid)
					: invalid.fieldProblems().get(0).message());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", messages.of("samverkan.problem.invalid-input"));
		}
		return "redirect:/problems/" + id;
	}

	private String problemPage(Problem problem, String view, FormValues form, Map<String, String> errors, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("p", problem);
		model.addAttribute("view", view(view));
		model.addAttribute("tree", problem.tree());
		model.addAttribute("columns", List.of(TriangleSide.OFFENDER, TriangleSide.VICTIM, TriangleSide.PLACE));
		model.addAttribute("sides", TriangleSide.values());
		model.addAttribute("causeTexts", problem.causes().stream().collect(Collectors.toMap(Cause::id, Cause::text)));
		model.addAttribute("districtName", problem.districtId() == null ? messages.of("analysis.citywide")
				: districtNames().get(problem.districtId()));
		model.addAttribute("placeNames", places.find(actor, problem.districtId())
			.stream()
			.collect(Collectors.toMap(se.samverkan.situation.Place::id, se.samverkan.situation.Place::name)));
		model.addAttribute("areaName", areaNames().get(problem.priorityAreaId()));
		model.addAttribute("mayEdit", problems.mayAnalyse(actor, problem.districtId()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "analysis/problem";
	}

	private static String view(String view) {
		return "triangle".equals(view) ? "triangle" : "tree";
	}

	private String problemForm(FormValues form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		List<OrganisationalUnit> districts = problems.editableDistricts(CurrentActor.get());
		model.addAttribute("districts", districts);
		model.addAttribute("mayCityWide", problems.mayAnalyse(CurrentActor.get(), null));
		model.addAttribute("areas", agreements.currentPriorityAreas());
		model.addAttribute("focusAreas", focusAreas.of(districts));
		model.addAttribute("evidenceTypes", EvidenceType.values());
		model.addAttribute("places", places.find(CurrentActor.get(), null));
		return "analysis/problem-form";
	}


	private List<OrganisationalUnit> readableDistricts(Actor actor) {
		var scope = problems.readableDistricts(actor);
		return organisation.units(UnitType.DISTRICT, null, LocalDate.now())
			.stream()
			.filter(district -> scope == null || scope.contains(district.id()))
			.toList();
	}

	private Map<UUID, String> districtNames() {
		return organisation.units(UnitType.DISTRICT, null, LocalDate.now())
			.stream()
			.collect(Collectors.toMap(OrganisationalUnit::id, OrganisationalUnit::name, (a, b) -> a));
	}

	private Map<UUID, String> areaNames() {
		return agreements.currentPriorityAreas()
			.stream()
			.collect(Collectors.toMap(PriorityArea::id, PriorityArea::name, (a, b) -> a));
	}
}
