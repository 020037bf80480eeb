package se.samverkan.analysis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.analysis.Cause;
import se.samverkan.analysis.CauseInput;
import se.samverkan.analysis.Evidence;
import se.samverkan.analysis.EvidenceType;
import se.samverkan.analysis.Problem;
import se.samverkan.analysis.ProblemCorrections;
import se.samverkan.analysis.ProblemInput;
import se.samverkan.analysis.ProblemManagement;
import se.samverkan.analysis.TriangleSide;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.web.FormValues;
import se.samverkan.platform.web.ProblemMessages;

/**
 * Correcting what was entered wrong: a problem or a cause changed (the form keeps what the user
 * typed when it is refused, a stale version included) or removed after a confirmation page.
 */
@Controller
class ProblemCorrectionPages {

	private final ProblemManagement problems;

	private final ProblemCorrections corrections;

	private final AgreementManagement agreements;

	private final OrganisationDirectory organisation;

	private final se.samverkan.situation.PlaceManagement places;

	private final ProblemMessages messages;

	private final FocusAreaChoices focusAreas;

	ProblemCorrectionPages(ProblemManagement problems, ProblemCorrections corrections, AgreementManagement agreements,
			OrganisationDirectory organisation, se.samverkan.situation.PlaceManagement places,
			ProblemMessages messages, FocusAreaChoices focusAreas) {
		this.focusAreas = focusAreas;
		this.problems = problems;
		this.corrections = corrections;
		this.agreements = agreements;
		this.organisation = organisation;
		this.places = places;
		this.messages = messages;
	}

	@GetMapping("/problems/{id}/edit")
	String editProblem(@PathVariable UUID id, Model model) {
		Problem problem = editable(id);
		FormValues form = FormValues.empty()
			.set("priorityAreaId", problem.priorityAreaId())
			.set("focusAreaId", problem.focusAreaId())
			.set("title", problem.title())
			.set("description", problem.description())
			.set("priority", problem.priority())
			.set("sources", problem.sources())
			.set("version", problem.version())
			.setAll("placeIds", problem.placeIds())
			.setAll("keepEvidence", problem.evidence().stream().map(e -> e.type() + ":" + e.id()).toList());
		return problemForm(problem, form, Map.of(), model);
	}

	@PostMapping("/problems/{id}/edit")
	String updateProblem(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		Problem problem = editable(id);
		FormValues form = new FormValues(values);
		ProblemInput input = new ProblemInput(problem.districtId(), form.uuid("priorityAreaId"), form.text("title"),
				form.text("description"), form.integer("priority"), form.text("sources"), form.uuids("placeIds"),
				evidence(form), form.uuid("focusAreaId"));
		try {
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(List.of());
			}
			corrections.update(CurrentActor.get(), id, input, form.integer("version"));
			redirect.addFlashAttribute("notice", messages.of("analysis.notice.problem-updated"));
			return "redirect:/problems/" + id;
		}
		catch (InvalidInput invalid) {
			return problemForm(problem, form, form.errors(invalid.fieldProblems()), model);
		}
		catch (DomainProblem refused) {
			if (!refused.showsInForm()) {
				throw refused;
			}
			model.addAttribute("problem", messages.of(refused));
			return problemForm(problem, form, Map.of(), model);
		}
	}

	@GetMapping("/problems/{id}/delete")
	String confirmProblemRemoval(@PathVariable UUID id, Model model) {
		Problem problem = editable(id);
		return confirm(model, messages.of("analysis.problem.remove.heading", problem.title()),
				messages.of("analysis.problem.remove.what", problem.causes().size()), "/problems/" + id + "/delete",
				"/problems/" + id, problem.version());
	}

	@PostMapping("/problems/{id}/delete")
	String removeProblem(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		Problem problem = editable(id);
		try {
			corrections.remove(CurrentActor.get(), id, version);
			redirect.addFlashAttribute("notice", messages.of("analysis.notice.problem-removed"));
			return "redirect:/problems?districtId=" + problem.districtId();
		}
		catch (DomainProblem refused) {
			return refusedTo(refused, redirect, "redirect:/problems/" + id);
		}
	}

	@GetMapping("/problems/{id}/causes/{causeId}/edit")
	String editCause(@PathVariable UUID id, @PathVariable UUID causeId, Model model) {
		Problem problem = editable(id);
		Cause cause = problem.cause(causeId).orElseThrow(() -> new NotFound("cause", causeId));
		FormValues form = FormValues.empty()
			.set("text", cause.text())
			.set("kind", cause.kind())
			.set("triangleSide", cause.triangleSide())
			.set("factor", cause.factor())
			.set("source", cause.source())
			.set("version", problem.version());
		return causeForm(problem, causeId, form, Map.of(), model);
	}

	@PostMapping("/problems/{id}/causes/{causeId}/edit")
	String updateCause(@PathVariable UUID id, @PathVariable UUID causeId,
			@RequestParam MultiValueMap<String, String> values, Model model, RedirectAttributes redirect) {
		Problem problem = editable(id);
		problem.cause(causeId).orElseThrow(() -> new NotFound("cause", causeId));
		FormValues form = new FormValues(values);
		CauseInput input = new CauseInput(form.text("text"), null, form.text("kind"), form.text("triangleSide"),
				form.text("factor"), form.text("source"));
		try {
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(List.of());
			}
			corrections.updateCause(CurrentActor.get(), id, causeId, input, form.integer("version"));
			redirect.addFlashAttribute("notice", messages.of("analysis.notice.cause-updated"));
			return "redirect:/problems/" + id + "#cause-" + causeId;
		}
		catch (InvalidInput invalid) {
			return causeForm(problem, causeId, form, form.errors(invalid.fieldProblems()), model);
		}
		catch (DomainProblem refused) {
			if (!refused.showsInForm()) {
				throw refused;
			}
			model.addAttribute("problem", messages.of(refused));
			return causeForm(problem, causeId, form, Map.of(), model);
		}
	}

	@GetMapping("/problems/{id}/causes/{causeId}/delete")
	String confirmCauseRemoval(@PathVariable UUID id, @PathVariable UUID causeId, Model model) {
		Problem problem = editable(id);
		Cause cause = problem.cause(causeId).orElseThrow(() -> new NotFound("cause", causeId));
		return confirm(model, messages.of("analysis.cause.remove.heading"), cause.text(),
				"/problems/" + id + "/causes/" + causeId + "/delete", "/problems/" + id, problem.version());
	}

	@PostMapping("/problems/{id}/causes/{causeId}/delete")
	String removeCause(@PathVariable UUID id, @PathVariable UUID causeId,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		editable(id);
		try {
			corrections.removeCause(CurrentActor.get(), id, causeId, version);
			redirect.addFlashAttribute("notice", messages.of("analysis.notice.cause-removed"));
		}
		catch (DomainProblem refused) {
			return refusedTo(refused, redirect, "redirect:/problems/" + id);
		}
		return "redirect:/problems/" + id;
	}

	/** The problem, if the user may correct it (a reader gets 403, as for the other editing pages). */
	private Problem editable(UUID id) {
		Actor actor = CurrentActor.get();
		Problem problem = problems.get(actor, id);
		if (!problems.mayAnalyse(actor, problem.districtId())) {
			throw new Forbidden();
		}
		return problem;
	}

	private String refusedTo(DomainProblem refused, RedirectAttributes redirect, String target) {
		if (!refused.showsInForm()) {
			throw refused;
		}
		redirect.addFlashAttribute("problem", messages.of(refused));
		return target;
	}

	private static List<Evidence> evidence(FormValues form) {
		List<Evidence> evidence = new ArrayList<>();
		for (String kept : form.all("keepEvidence")) {
			String[] parts = kept.split(":", 2);
			EvidenceType type = parts.length == 2 ? type(parts[0]) : null;
			UUID id = parts.length == 2 ? uuid(parts[1]) : null;
			if (type != null && id != null) {
				evidence.add(new Evidence(type, id));
			}
		}
		EvidenceType added = type(form.text("evidenceType"));
		UUID addedId = form.uuid("evidenceId");
		if (added != null && addedId != null) {
			evidence.add(new Evidence(added, addedId));
		}
		return evidence;
	}

	private static EvidenceType type(String name) {
		return java.util.Arrays.stream(EvidenceType.values()).filter(t -> t.name().equals(name)).findFirst().orElse(null);
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private String problemForm(Problem problem, FormValues form, Map<String, String> errors, Model model) {
		model.addAttribute("editing", problem);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("districtName", problem.districtId() == null ? messages.of("analysis.citywide")
				: organisation.unit(problem.districtId()).map(u -> u.name()).orElse(""));
		model.addAttribute("districts", List.of());
		model.addAttribute("focusAreas", problem.districtId() == null ? Map.of()
				: focusAreas.of(organisation.unit(problem.districtId()).stream().toList()));
		model.addAttribute("areas", agreements.currentPriorityAreas());
		model.addAttribute("evidenceTypes", EvidenceType.values());
		model.addAttribute("places", places.find(CurrentActor.get(), problem.districtId()));
		return "analysis/problem-form";
	}

	private String causeForm(Problem problem, UUID causeId, FormValues form, Map<String, String> errors, Model model) {
		model.addAttribute("p", problem);
		model.addAttribute("causeId", causeId);
		model.addAttribute("sides", TriangleSide.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "analysis/cause-form";
	}

	private String confirm(Model model, String heading, String what, String action, String back, int version) {
		model.addAttribute("heading", heading);
		model.addAttribute("backText", messages.of("analysis.back.problem"));
		model.addAttribute("what", what);
		model.addAttribute("action", action);
		model.addAttribute("back", back);
		model.addAttribute("version", version);
		return "confirm-removal";
	}
}
