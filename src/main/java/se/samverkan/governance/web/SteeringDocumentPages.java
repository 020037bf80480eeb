package se.samverkan.governance.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.governance.SteeringDocumentRegister;
import se.samverkan.governance.SteeringDocumentRegister.NewDocument;
import se.samverkan.governance.SteeringDocumentRegister.NewGoal;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.ProblemMessages;

/** The register of the city's steering documents: each with its goals, and forms to add to it. */
@Controller
class SteeringDocumentPages {

	private final SteeringDocumentRegister register;

	private final ProblemMessages messages;

	SteeringDocumentPages(SteeringDocumentRegister register, ProblemMessages messages) {
		this.register = register;
		this.messages = messages;
	}

	@GetMapping("/steering-documents")
	String list(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("documents", register.all(actor));
		model.addAttribute("mayKeep", register.mayKeep(actor));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "governance/steering-documents";
	}

	@PostMapping("/steering-documents")
	String add(@RequestParam(required = false) String title, @RequestParam(required = false) String issuer,
			@RequestParam(required = false) String description, @RequestParam(required = false) String source,
			Model model, RedirectAttributes redirect) {
		NewDocument document = new NewDocument(title, issuer, description, source);
		try {
			register.add(CurrentActor.get(), document);
			redirect.addFlashAttribute("notice", messages.of("steering.notice.added"));
			return "redirect:/steering-documents";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FieldProblem.byField(invalid.fieldProblems()));
			model.addAttribute("entered", document);
			return list(model);
		}
	}

	@PostMapping("/steering-documents/{id}/goals")
	String addGoal(@PathVariable UUID id, @RequestParam(required = false) String code,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		try {
			register.addGoal(CurrentActor.get(), id, new NewGoal(code, text));
			redirect.addFlashAttribute("notice", messages.of("steering.notice.goal-added"));
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problem",
					String.join(" ", invalid.fieldProblems().stream().map(FieldProblem::message).toList()));
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			redirect.addFlashAttribute("problem", messages.of(problem));
		}
		return "redirect:/steering-documents#dokument-" + id;
	}
}
