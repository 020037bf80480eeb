package se.samverkan.situation.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.web.ProblemMessages;
import se.samverkan.situation.CategoryManagement;
import se.samverkan.situation.ObservationCategory;
import se.samverkan.situation.ObservationReporting;

/** Observation categories for administrators and central coordinators to keep up to date. */
@Controller
class CategoryPages {

	private final ObservationReporting reporting;

	private final CategoryManagement categories;

	private final AgreementManagement agreements;

	private final AccessPolicy policy;

	private final ProblemMessages messages;

	CategoryPages(ObservationReporting reporting, CategoryManagement categories, AgreementManagement agreements,
			AccessPolicy policy, ProblemMessages messages) {
		this.reporting = reporting;
		this.categories = categories;
		this.agreements = agreements;
		this.policy = policy;
		this.messages = messages;
	}

	@GetMapping("/observation-categories")
	String list(Model model) {
		requireEditor();
		model.addAttribute("categories", reporting.categories());
		return "situation/categories";
	}

	@GetMapping("/observation-categories/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		requireEditor();
		ObservationCategory category = reporting.categories()
			.stream()
			.filter(candidate -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFound("category", code));
		return form(model, category, Map.of());
	}

	@PostMapping("/observation-categories/{code}")
	String save(@PathVariable String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) String priorityAreaCode,
			@RequestParam(required = false) String policeEventTypes, @RequestParam(defaultValue = "0") int ordinal,
			@RequestParam(defaultValue = "-1") int version, Model model, RedirectAttributes redirect) {
		List<String> types = policeEventTypes == null ? List.of()
				: policeEventTypes.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
		ObservationCategory input = new ObservationCategory(code, name, nameEn, priorityAreaCode, types, ordinal, version);
		try {
			categories.save(CurrentActor.get(), input, false);
			redirect.addFlashAttribute("notice", messages.of("category.notice.saved"));
			return "redirect:/observation-categories";
		}
		catch (InvalidInput invalid) {
			return form(model, input, FieldProblem.byField(invalid.fieldProblems()));
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return form(model, input, Map.of());
		}
	}

	private String form(Model model, ObservationCategory category, Map<String, String> errors) {
		model.addAttribute("category", category);
		model.addAttribute("policeTypesText", String.join("\n", category.policeEventTypes()));
		model.addAttribute("errors", errors);
		model.addAttribute("areas", agreements.currentPriorityAreas());
		return "situation/category-form";
	}

	private void requireEditor() {
		Actor actor = CurrentActor.get();
		if (!policy.allows(actor, Action.ADMINISTER, null) && !policy.allows(actor, Action.EDIT_CITY_WIDE, null)) {
			throw new Forbidden();
		}
	}
}
