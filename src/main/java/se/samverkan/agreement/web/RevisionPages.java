package se.samverkan.agreement.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.agreement.ReferralManagement;
import se.samverkan.agreement.ReferralManagement.RoundView;
import se.samverkan.agreement.ReferralRequest;
import se.samverkan.agreement.RevisionManagement;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.ProblemMessages;

/**
 * An overarching agreement's page, which for a revision is its workplace: the draft with its areas
 * and what each continues, the referral rounds on it with the answers and their requests decided
 * beside it, and the signatures.
 */
@Controller
class RevisionPages {

	private final AgreementManagement agreements;

	private final RevisionManagement revisions;

	private final ReferralManagement referrals;

	private final OrganisationDirectory organisation;

	private final ProblemMessages messages;

	RevisionPages(AgreementManagement agreements, RevisionManagement revisions, ReferralManagement referrals,
			OrganisationDirectory organisation, ProblemMessages messages) {
		this.agreements = agreements;
		this.revisions = revisions;
		this.referrals = referrals;
		this.organisation = organisation;
		this.messages = messages;
	}

	@PostMapping("/agreements/{id}/revisions")
	String start(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			Agreement draft = revisions.start(CurrentActor.get(), id, null);
			redirect.addFlashAttribute("notice", messages.of("revision.notice.started"));
			return "redirect:/agreements/" + draft.id();
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			redirect.addFlashAttribute("problem", messages.of(problem));
			return "redirect:/agreements";
		}
	}

	@PostMapping("/agreements/{id}/revision")
	String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		RevisionForm form = RevisionForm.from(values);
		try {
			revisions.revise(actor, id, form.getVersion(), form.toInput());
			redirect.addFlashAttribute("notice", messages.of("revision.notice.saved"));
			return "redirect:/agreements/" + id;
		}
		catch (InvalidInput invalid) {
			return page(actor, agreements.get(actor, id), form,
					form.errorsByField(FieldProblem.byField(invalid.fieldProblems())), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return page(actor, agreements.get(actor, id), form, Map.of(), model);
		}
	}

	@PostMapping("/referrals/{roundId}/responses/{responseId}/requests")
	String addRequest(@PathVariable UUID roundId, @PathVariable UUID responseId,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return step(roundId, redirect, "revision.notice.request-added",
				() -> referrals.addRequest(CurrentActor.get(), roundId, responseId, text));
	}

	@PostMapping("/referrals/{roundId}/requests/{requestId}/decision")
	String decide(@PathVariable UUID roundId, @PathVariable UUID requestId,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return step(roundId, redirect, "revision.notice.request-decided",
				() -> referrals.decideRequest(CurrentActor.get(), roundId, requestId, decision, reason, version));
	}

	/** The page of an overarching agreement (also used by {@link AgreementPages}). */
	String page(Actor actor, Agreement agreement, RevisionForm form, Map<String, String> errors, Model model) {
		List<PriorityArea> areas = agreements.priorityAreasOf(agreement.id());
		boolean open = agreement.status() == AgreementStatus.DRAFT || agreement.status() == AgreementStatus.AWAITING_SIGNATURES;
		boolean mayRevise = revisions.mayRevise(actor);
		model.addAttribute("agreement", agreement);
		model.addAttribute("areas", areas);
		model.addAttribute("mapsFrom", revisions.mapsFromCodes(agreement.id()));
		model.addAttribute("changes", revisions.changes(agreement));
		model.addAttribute("parties", organisation.units(agreement.partyUnitIds()));
		Agreement earlier = agreement.supersedesId() == null ? null : agreements.get(actor, agreement.supersedesId());
		model.addAttribute("earlier", earlier);
		model.addAttribute("earlierAreas", earlier == null ? List.of() : agreements.priorityAreasOf(earlier.id()));
		model.addAttribute("isRevision", earlier != null);
		model.addAttribute("mayEdit", open && mayRevise && earlier != null);
		model.addAttribute("maySign", open && mayRevise && agreement.parties().contains(actor.party())
				&& agreement.signatures().stream().noneMatch(signature -> signature.party().equals(actor.party())));
		List<RoundView> rounds = referrals.roundsOn(actor, agreement.id());
		Map<UUID, List<ReferralRequest>> requests = new HashMap<>();
		rounds.forEach(round -> referrals.requests(actor, round.round().id())
			.forEach(request -> requests.computeIfAbsent(request.responseId(), key -> new java.util.ArrayList<>())
				.add(request)));
		model.addAttribute("rounds", rounds);
		model.addAttribute("requests", requests);
		model.addAttribute("undecided", requests.values().stream().flatMap(List::stream).filter(r -> !r.isDecided()).count());
		model.addAttribute("mayDecide", open && mayRevise);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		Map<String, String> names = areas.stream().collect(Collectors.toMap(PriorityArea::code, PriorityArea::name));
		model.addAttribute("mapsToNames", revisions.changes(agreement)
			.stream()
			.collect(Collectors.toMap(RevisionManagement.AreaChange::code,
					change -> String.join(", ", change.mapsTo().stream().map(names::get).toList()))));
		return "agreement/revision";
	}

	private String step(UUID roundId, RedirectAttributes redirect, String notice, Runnable action) {
		UUID agreementId = referrals.get(CurrentActor.get(), roundId).round().agreementId();
		try {
			action.run();
			redirect.addFlashAttribute("notice", messages.of(notice));
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
		return agreementId == null ? "redirect:/referrals/" + roundId : "redirect:/agreements/" + agreementId + "#remissvar";
	}
}
