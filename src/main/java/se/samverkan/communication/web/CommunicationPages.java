package se.samverkan.communication.web;

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

import se.samverkan.communication.Audience;
import se.samverkan.communication.Communication;
import se.samverkan.communication.CommunicationInput;
import se.samverkan.communication.CommunicationManagement;
import se.samverkan.communication.CommunicationStatus;
import se.samverkan.communication.Communications.Filter;
import se.samverkan.communication.Level;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.planning.ActivitySummaries.ActivitySummary;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.FormValues;
import se.samverkan.platform.web.ProblemMessages;

/**
 * The pages of joint communication for signed-in users: the list with the approval queue of the
 * user's party, drafting and changing an item, and the item with its approvals, what changed since
 * the user approved it, publishing and withdrawing.
 */
@Controller
class CommunicationPages {

	private static final int PAGE_SIZE = 50;

	private final CommunicationManagement communications;

	private final OrganisationDirectory organisation;

	private final ProblemMessages messages;

	CommunicationPages(CommunicationManagement communications, OrganisationDirectory organisation,
			ProblemMessages messages) {
		this.communications = communications;
		this.organisation = organisation;
		this.messages = messages;
	}

	/** {@code show}: {@code awaiting} (the approval queue of the user's party), a status, or everything. */
	@GetMapping("/communications")
	String list(@RequestParam(defaultValue = "all") String show, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Actor actor = CurrentActor.get();
		Filter filter = switch (show) {
			case "awaiting" -> new Filter(CommunicationStatus.DRAFT, null, null, actor.party(), actor.username());
			case "DRAFT", "APPROVED", "PUBLISHED", "WITHDRAWN" ->
				new Filter(CommunicationStatus.valueOf(show), null, null, null, null);
			default -> Filter.any();
		};
		int current = Math.max(page, 0);
		var found = communications.find(actor, filter, current * PAGE_SIZE, PAGE_SIZE);
		model.addAttribute("items", found.items());
		model.addAttribute("total", found.total());
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("show", show);
		model.addAttribute("filters", List.of("all", "awaiting", "DRAFT", "APPROVED", "PUBLISHED", "WITHDRAWN"));
		model.addAttribute("districtNames", districtNames());
		model.addAttribute("mayDraft", communications.mayDraft(actor));
		return "communication/list";
	}

	@GetMapping("/communications/new")
	String newItem(Model model) {
		Actor actor = CurrentActor.get();
		FormValues form = FormValues.empty().set("audience", Audience.EXTERNAL);
		List<OrganisationalUnit> districts = communications.districtsFor(actor);
		form.set("level", communications.mayDraftCityWide(actor) ? Level.CITY_WIDE : Level.LOCAL);
		if (districts.size() == 1) {
			form.set("districtId", districts.get(0).id());
		}
		return form(null, form, Map.of(), model);
	}

	@PostMapping("/communications")
	String create(@RequestParam MultiValueMap<String, String> values, Model model, RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		CommunicationInput input = input(form);
		try {
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(List.of());
			}
			Communication created = communications.draft(CurrentActor.get(), input);
			redirect.addFlashAttribute("notice", messages.of("communication.notice.drafted"));
			return "redirect:/communications/" + created.id();
		}
		catch (InvalidInput invalid) {
			return form(null, form, form.errors(invalid.fieldProblems()), model);
		}
	}

	@GetMapping("/communications/{id}")
	String item(@PathVariable UUID id, Model model) {
		return itemPage(communications.get(CurrentActor.get(), id), Map.of(), model);
	}

	@GetMapping("/communications/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Communication item = communications.get(CurrentActor.get(), id);
		var content = item.content();
		FormValues form = FormValues.empty()
			.set("title", content.title())
			.set("body", content.body())
			.set("audience", content.audience())
			.set("level", content.level())
			.set("districtId", content.districtId())
			.set("compilationId", content.compilationId())
			.set("plannedPublicationDate", content.plannedPublicationDate())
			.set("version", item.version())
			.setAll("activityIds", content.activityIds());
		return form(item, form, Map.of(), model);
	}

	@PostMapping("/communications/{id}")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		FormValues form = new FormValues(values);
		CommunicationInput input = input(form);
		Integer version = form.integer("version");
		try {
			if (!form.readingErrors().isEmpty() || version == null) {
				throw new InvalidInput(List.of());
			}
			Communication before = communications.get(actor, id);
			Communication saved = communications.revise(actor, id, version, input);
			boolean voided = !before.standingApprovals().isEmpty() && saved.revision() != before.revision();
			redirect.addFlashAttribute("notice",
					messages.of(voided ? "communication.notice.saved-voided" : "communication.notice.saved"));
			return "redirect:/communications/" + id;
		}
		catch (InvalidInput invalid) {
			return form(communications.get(actor, id), form, form.errors(invalid.fieldProblems()), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return form(communications.get(actor, id), form, Map.of(), model);
		}
	}

	@PostMapping("/communications/{id}/approve")
	String approve(@PathVariable UUID id, @RequestParam(required = false) String revision, RedirectAttributes redirect) {
		return step(id, redirect, "communication.notice.approved",
				() -> communications.approve(CurrentActor.get(), id, parse(revision)));
	}

	@PostMapping("/communications/{id}/publish")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		return step(id, redirect, "communication.notice.published", () -> communications.publish(CurrentActor.get(), id));
	}

	@PostMapping("/communications/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		try {
			communications.withdraw(actor, id, reason);
			redirect.addFlashAttribute("notice", messages.of("communication.notice.withdrawn"));
			return "redirect:/communications/" + id;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("reason", reason);
			return itemPage(communications.get(actor, id), FormValues.empty().errors(invalid.fieldProblems()), model);
		}
	}

	private String step(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
		messages.flash(redirect, notice, action);
		return "redirect:/communications/" + id;
	}

	private String itemPage(Communication item, Map<String, String> errors, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("item", item);
		model.addAttribute("districtName", districtNames().get(item.content().districtId()));
		model.addAttribute("activities", communications.linkedActivities(actor, item));
		model.addAttribute("compilation", communications.linkedCompilation(item).orElse(null));
		model.addAttribute("changes", item.latestApprovalBy(actor.username())
			.filter(approval -> approval.revision() != item.revision())
			.flatMap(approval -> communications.changesSinceApproval(actor, item.id(), null))
			.orElse(null));
		boolean mayChange = communications.mayChange(actor, item);
		boolean open = item.status() == CommunicationStatus.DRAFT || item.status() == CommunicationStatus.APPROVED;
		model.addAttribute("mayEdit", mayChange && open);
		model.addAttribute("mayApprove", communications.mayApprove(actor, item));
		model.addAttribute("wroteIt", item.wrote(actor.username()));
		model.addAttribute("mayPublish", mayChange && item.status() == CommunicationStatus.APPROVED);
		model.addAttribute("mayWithdraw", mayChange && item.status() == CommunicationStatus.PUBLISHED);
		model.addAttribute("errors", errors);
		return "communication/item";
	}

	private String form(Communication item, FormValues form, Map<String, String> errors, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("districts", communications.districtsFor(actor));
		model.addAttribute("mayDraftCityWide", communications.mayDraftCityWide(actor));
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("compilations", communications.linkableCompilations());
		var plans = communications.linkableActivities(actor);
		model.addAttribute("plans", plans);
		model.addAttribute("openPlans", plans.stream()
			.filter(plan -> plan.activities().stream().anyMatch(activity -> form.has("activityIds", activity.id())))
			.map(plan -> plan.planId())
			.collect(Collectors.toSet()));
		// Linked activities outside the offered plans (an older plan) stay on the form, so saving keeps them.
		var offered = plans.stream()
			.flatMap(plan -> plan.activities().stream())
			.map(ActivitySummary::id)
			.collect(Collectors.toSet());
		model.addAttribute("otherLinked", item == null ? List.of()
				: communications.linkedActivities(actor, item).stream().filter(a -> !offered.contains(a.id())).toList());
		model.addAttribute("districtNames", districtNames());
		return "communication/form";
	}

	private static CommunicationInput input(FormValues form) {
		String level = form.text("level");
		return new CommunicationInput(form.text("title"), form.text("body"), form.text("audience"), level,
				Level.CITY_WIDE.name().equals(level) ? null : form.uuid("districtId"), form.uuids("activityIds"),
				form.uuid("compilationId"), form.date("plannedPublicationDate"));
	}

	private static Integer parse(String number) {
		try {
			return number == null || number.isBlank() ? null : Integer.valueOf(number.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private Map<UUID, String> districtNames() {
		return organisation.units(UnitType.DISTRICT, null, java.time.LocalDate.now())
			.stream()
			.collect(Collectors.toMap(OrganisationalUnit::id, OrganisationalUnit::name, (a, b) -> a));
	}
}
