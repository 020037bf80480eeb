package se.samverkan.identity.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.CurrentActor;
import se.samverkan.identity.UserManagement;
import se.samverkan.organisation.PartnerKind;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.web.FormValues;
import se.samverkan.platform.web.ProblemMessages;

/** The partner register, as far as administration needs it: the list, and registering one. */
@Controller
class PartnerPages {

	private final UserManagement users;

	private final AccessPolicy policy;

	private final ProblemMessages messages;

	PartnerPages(UserManagement users, AccessPolicy policy, ProblemMessages messages) {
		this.users = users;
		this.policy = policy;
		this.messages = messages;
	}

	@GetMapping("/admin/partners")
	String partners(Model model) {
		return page(FormValues.empty(), Map.of(), model);
	}

	@PostMapping("/admin/partners")
	String register(@RequestParam MultiValueMap<String, String> values, Model model, RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		try {
			PartnerKind kind = null;
			if (form.text("kind") != null) {
				kind = java.util.Arrays.stream(PartnerKind.values())
					.filter(candidate -> candidate.name().equals(form.text("kind")))
					.findFirst()
					.orElse(null);
			}
			users.registerPartner(CurrentActor.get(), form.text("name"), kind);
			redirect.addFlashAttribute("notice", messages.of("partners.created"));
			return "redirect:/admin/partners";
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			return page(form, form.errors(problem.fieldProblems()), model);
		}
	}

	private String page(FormValues form, Map<String, String> errors, Model model) {
		var actor = CurrentActor.get();
		model.addAttribute("partners", users.partners(actor));
		model.addAttribute("mayRegister", policy.administration(actor).everyone());
		model.addAttribute("kinds", List.of(PartnerKind.values()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "identity/partners";
	}
}
