package se.samverkan.identity.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Actor;
import se.samverkan.identity.AdministrationScope;
import se.samverkan.identity.CurrentActor;
import se.samverkan.identity.Role;
import se.samverkan.identity.UserManagement;
import se.samverkan.identity.UserManagement.UserQuery;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.FormValues;
import se.samverkan.platform.web.ProblemMessages;

/** The list of users with search and filters, and the form that creates one. */
@Controller
class UserListPage {

	static final int PAGE_SIZE = 50;

	private final UserManagement users;

	private final AccessPolicy policy;

	private final OrganisationDirectory organisation;

	private final ProblemMessages messages;

	UserListPage(UserManagement users, AccessPolicy policy, OrganisationDirectory organisation,
			ProblemMessages messages) {
		this.users = users;
		this.policy = policy;
		this.organisation = organisation;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam MultiValueMap<String, String> values, Model model) {
		Actor actor = CurrentActor.get();
		FormValues filter = new FormValues(values);
		String party = filter.text("party");
		Role role = filter.text("role") == null ? null : Role.valueOf(filter.text("role"));
		String active = filter.text("active");
		Integer page = filter.integer("page");
		int current = page == null ? 0 : Math.max(page, 0);
		var found = users.find(actor, new UserQuery(filter.text("q"), party, role, filter.uuid("unitId"),
				active == null ? null : Boolean.valueOf(active), null), current, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("users", found.items());
		model.addAttribute("total", found.totalItems());
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(1, (found.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("query", values);
		addChoices(actor, model);
		return "identity/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(Model model) {
		return form(FormValues.empty(), Map.of(), model);
	}

	@PostMapping("/admin/users")
	String create(@RequestParam MultiValueMap<String, String> values, Model model, RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		String organisationChoice = form.text("organisation");
		boolean partner = "PARTNER".equals(organisationChoice);
		UUID partnerId = partner ? form.uuid("partnerId") : null;
		try {
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(List.of());
			}
			var created = users.create(CurrentActor.get(), new UserManagement.NewUser(form.text("username"),
					form.text("displayName"), partner ? null : organisationChoice, partnerId, form.text("email"),
					form.text("temporaryPassword")));
			redirect.addFlashAttribute("notice", messages.of("user.created"));
			return "redirect:/admin/users/" + created.account().id();
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			form.set("temporaryPassword", null);
			if (problem.fieldProblems().isEmpty() && form.readingErrors().isEmpty()) {
				model.addAttribute("problem", messages.of(problem));
			}
			return form(form, form.errors(problem.fieldProblems().stream()
				.map(field -> field.field().equals("party") ? new se.samverkan.platform.rules.FieldProblem("organisation",
						field.code(), field.message()) : field)
				.toList()), model);
		}
	}

	private String form(FormValues form, Map<String, String> errors, Model model) {
		Actor actor = CurrentActor.get();
		AdministrationScope scope = policy.administration(actor);
		if (scope.isEmpty()) {
			throw new Forbidden();
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("parties", scope.everyone() ? organisation.parties().stream().map(p -> p.code()).toList()
				: List.of(scope.party()));
		model.addAttribute("partners", scope.everyone() ? users.partners(actor).stream().filter(p -> p.active()).toList()
				: List.of());
		return "identity/user-new";
	}

	private void addChoices(Actor actor, Model model) {
		AdministrationScope scope = policy.administration(actor);
		model.addAttribute("scope", scope);
		model.addAttribute("roles", Role.values());
		model.addAttribute("parties", organisation.parties().stream().map(p -> p.code()).toList());
		model.addAttribute("units", units(scope));
	}

	/** The units roles can be granted at today, of the actor's reach, by name. */
	List<OrganisationalUnit> units(AdministrationScope scope) {
		return organisation.units((se.samverkan.organisation.UnitType) null, scope.partyOrNull(), LocalDate.now())
			.stream()
			.sorted(Comparator.comparing(OrganisationalUnit::name))
			.toList();
	}
}
