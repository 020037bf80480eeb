package se.samverkan.governance.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.governance.GroupManagement;
import se.samverkan.governance.GroupManagement.NewMember;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.Group;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.ProblemMessages;

/** The groups: every group with who sits in it, and one group with its members' history. */
@Controller
class GroupPages {

	private final GroupManagement groups;

	private final ProblemMessages messages;

	GroupPages(GroupManagement groups, ProblemMessages messages) {
		this.groups = groups;
		this.messages = messages;
	}

	@GetMapping("/groups")
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) UUID unitId, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("groups", groups.groups(actor, type, unitId));
		model.addAttribute("type", type);
		model.addAttribute("types", Group.GroupKind.values());
		model.addAttribute("unitNames", groups.unitNames());
		model.addAttribute("today", LocalDate.now());
		return "governance/groups";
	}

	@GetMapping("/groups/{id}")
	String group(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("group", groups.group(actor, id));
		model.addAttribute("unitNames", groups.unitNames());
		model.addAttribute("parties", groups.parties());
		model.addAttribute("mayMaintain", groups.mayMaintain(actor));
		model.addAttribute("today", LocalDate.now());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "governance/group";
	}

	@PostMapping("/groups/{id}/members")
	String add(@PathVariable UUID id, @RequestParam(required = false) String username,
			@RequestParam(required = false) String name, @RequestParam(required = false) String party,
			@RequestParam(required = false) String role,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Model model,
			RedirectAttributes redirect) {
		NewMember member = new NewMember(username, name, party, role, from, null);
		try {
			groups.addMember(CurrentActor.get(), id, member);
			redirect.addFlashAttribute("notice", messages.of("group.notice.added"));
			return "redirect:/groups/" + id;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FieldProblem.byField(invalid.fieldProblems()));
			model.addAttribute("entered", member);
			return group(id, model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			model.addAttribute("entered", member);
			return group(id, model);
		}
	}

	@PostMapping("/groups/{id}/members/{memberId}/end")
	String end(@PathVariable UUID id, @PathVariable UUID memberId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			RedirectAttributes redirect) {
		try {
			groups.endMember(CurrentActor.get(), id, memberId, to);
			redirect.addFlashAttribute("notice", messages.of("group.notice.ended"));
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			redirect.addFlashAttribute("problem", messages.of(problem));
		}
		return "redirect:/groups/" + id;
	}
}
