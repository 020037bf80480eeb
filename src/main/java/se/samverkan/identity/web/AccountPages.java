package se.samverkan.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.identity.AccountPrincipal;
import se.samverkan.identity.Accounts;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.identity.OwnAccount;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.FormValues;
import se.samverkan.platform.web.ProblemMessages;

/** One's own account: roles and units, API tokens with a way to revoke them, and the password. */
@Controller
class AccountPages {

	private static final java.time.ZoneId STOCKHOLM = java.time.ZoneId.of("Europe/Stockholm");

	/** A token as the page shows it, in Swedish time. */
	record TokenRow(UUID id, java.time.ZonedDateTime issuedAt, java.time.ZonedDateTime expiresAt, String issuedFrom) {
	}

	private final OwnAccount ownAccount;

	private final Accounts accounts;

	private final ProblemMessages messages;

	AccountPages(OwnAccount ownAccount, Accounts accounts, ProblemMessages messages) {
		this.ownAccount = ownAccount;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/account")
	String account(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("grants", accounts.grantDetailsOf(actor.userId()));
		model.addAttribute("tokens", ownAccount.tokens(actor)
			.stream()
			.map(token -> new TokenRow(token.id(), token.issuedAt().atZoneSameInstant(STOCKHOLM),
					token.expiresAt().atZoneSameInstant(STOCKHOLM), token.issuedFrom()))
			.toList());
		model.addAttribute("hasPassword", accounts.byId(actor.userId()).map(Accounts.Account::signsInWithPassword)
			.orElse(false));
		return "identity/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
		ownAccount.revokeToken(CurrentActor.get(), id);
		redirect.addFlashAttribute("notice", messages.of("account.tokens.revoked"));
		return "redirect:/account";
	}

	@GetMapping("/account/password")
	String password(Model model) {
		return passwordPage(Map.of(), model);
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam MultiValueMap<String, String> values, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		try {
			String newPassword = form.get("newPassword");
			if (!newPassword.equals(form.get("repeatPassword"))) {
				throw new InvalidInput(List.of(new FieldProblem("repeatPassword", "mismatch",
						messages.of("password.repeat.mismatch"))));
			}
			var session = request.getSession(false);
			ownAccount.changePassword(CurrentActor.get(), form.get("currentPassword"), newPassword,
					new OwnAccount.Origin(request.getRemoteAddr(), null, session == null ? null : session.getId()));
			redirect.addFlashAttribute("notice", messages.of("password.changed"));
			return "redirect:/account";
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			if (problem.fieldProblems().isEmpty()) {
				model.addAttribute("problem", messages.of(problem));
			}
			return passwordPage(FormValues.empty().errors(problem.fieldProblems()), model);
		}
	}

	private String passwordPage(Map<String, String> errors, Model model) {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		boolean required = authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& principal.passwordChangeRequired();
		model.addAttribute("required", required);
		model.addAttribute("errors", errors);
		return "identity/password";
	}
}
