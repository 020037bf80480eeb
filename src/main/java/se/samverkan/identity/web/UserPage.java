package se.samverkan.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Actor;
import se.samverkan.identity.AdministrationScope;
import se.samverkan.identity.CurrentActor;
import se.samverkan.identity.GrantRules;
import se.samverkan.identity.Role;
import se.samverkan.identity.UserManagement;
import se.samverkan.identity.UserManagement.UserView;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.FormValues;
import se.samverkan.platform.web.ProblemMessages;

/** One user: details, roles with a form to grant one, disabling, password reset and lifting a lock. */
@Controller
class UserPage {

	private final UserManagement users;

	private final AccessPolicy policy;

	private final UserListPage list;

	private final ProblemMessages messages;

	UserPage(UserManagement users, AccessPolicy policy, UserListPage list, ProblemMessages messages) {
		this.users = users;
		this.policy = policy;
		this.list = list;
		this.messages = messages;
	}

	@GetMapping("/admin/users/{id}")
	String user(@PathVariable UUID id, Model model) {
		return page(id, FormValues.empty(), Map.of(), model);
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		return act(id, form, model, redirect, "user.saved", () -> users.update(CurrentActor.get(), id,
				form.text("displayName"), form.text("email"), form.integer("version")));
	}

	@PostMapping("/admin/users/{id}/roles")
	String grant(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		return act(id, form, model, redirect, "user.granted",
				() -> users.grant(CurrentActor.get(), id, form.text("role"), form.uuid("unitId")));
	}

	@PostMapping("/admin/users/{id}/roles/{grantId}/revoke")
	String revoke(@PathVariable UUID id, @PathVariable UUID grantId, Model model, RedirectAttributes redirect) {
		return act(id, FormValues.empty(), model, redirect, "user.revoked", () -> {
			users.revoke(CurrentActor.get(), id, grantId);
			return null;
		});
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return act(id, FormValues.empty(), model, redirect, "user.disabled", () -> users.disable(CurrentActor.get(), id));
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return act(id, FormValues.empty(), model, redirect, "user.enabled", () -> users.enable(CurrentActor.get(), id));
	}

	@PostMapping("/admin/users/{id}/password-reset")
	String reset(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		String password = form.text("temporaryPassword");
		form.set("temporaryPassword", null);
		return act(id, form, model, redirect, "user.reset.done", () -> {
			users.resetPassword(CurrentActor.get(), id, password);
			return null;
		});
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return act(id, FormValues.empty(), model, redirect, "user.unlocked", () -> {
			users.unlock(CurrentActor.get(), id);
			return null;
		});
	}

	/** Runs a change; on success back to the page with a notice, on a refusal the page with the problems beside the form. */
	private String act(UUID id, FormValues form, Model model, RedirectAttributes redirect, String notice,
			Supplier<Object> change) {
		try {
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(List.of());
			}
			change.get();
			redirect.addFlashAttribute("notice", messages.of(notice));
			return "redirect:/admin/users/" + id;
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			if (problem.fieldProblems().isEmpty() && form.readingErrors().isEmpty()) {
				model.addAttribute("problem", messages.of(problem));
			}
			return page(id, form, form.errors(problem.fieldProblems()), model);
		}
	}

	private String page(UUID id, FormValues form, Map<String, String> errors, Model model) {
		Actor actor = CurrentActor.get();
		UserView user = users.get(actor, id);
		AdministrationScope scope = policy.administration(actor);
		if (form.get("displayName").isEmpty() && form.get("version").isEmpty()) {
			form.set("displayName", user.account().displayName()).set("email", user.account().email());
		}
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("grantableRoles", java.util.Arrays.stream(Role.values())
			.filter(scope::mayGrant)
			.filter(role -> user.account().party() != null || role == Role.REPORTER)
			.toList());
		model.addAttribute("units", list.units(AdministrationScope.ofParty(user.account().party() == null ? "CITY"
				: user.account().party())).stream()
			.filter(unit -> java.util.Arrays.stream(Role.values()).anyMatch(role -> GrantRules.unitTypes(role).contains(unit.type())))
			.toList());
		model.addAttribute("mayRevoke", (java.util.function.Predicate<Role>) scope::mayGrant);
		return "identity/user";
	}
}
