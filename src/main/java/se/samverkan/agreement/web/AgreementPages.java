package se.samverkan.agreement.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementExports;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.CoverageOverview;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.agreement.SituationPictureReferences;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.FileDownloads;
import se.samverkan.platform.web.ProblemMessages;

/** The agreement pages: the overarching agreement, the overview, and local agreements. */
@Controller
class AgreementPages {

	private final AgreementManagement agreements;

	private final CoverageOverview overview;

	private final OrganisationDirectory organisation;

	private final AccessPolicy policy;

	private final ProblemMessages messages;

	private final se.samverkan.agreement.RevisionManagement revisions;

	private final RevisionPages revisionPages;

	private final SituationPictureReferences pictures;

	private final AgreementExports exports;

	AgreementPages(AgreementManagement agreements, CoverageOverview overview, OrganisationDirectory organisation,
			AccessPolicy policy, ProblemMessages messages, se.samverkan.agreement.RevisionManagement revisions,
			RevisionPages revisionPages, SituationPictureReferences pictures, AgreementExports exports) {
		this.pictures = pictures;
		this.revisions = revisions;
		this.revisionPages = revisionPages;
		this.agreements = agreements;
		this.overview = overview;
		this.organisation = organisation;
		this.policy = policy;
		this.messages = messages;
		this.exports = exports;
	}

	/** The agreement as a document (PDF or DOCX), for the signed-in reader; the API's export needs a token. */
	@GetMapping("/agreements/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
		return FileDownloads.attachment(exports.export(CurrentActor.get(), id, format, LocaleContextHolder.getLocale()));
	}

	@GetMapping("/agreements")
	String overarching(Model model) {
		Actor actor = CurrentActor.get();
		Agreement current = agreements.currentOverarching();
		model.addAttribute("openRevision", revisions.openRevisionOf(current.id()).orElse(null));
		model.addAttribute("mayRevise", revisions.mayRevise(actor));
		model.addAttribute("agreement", current);
		model.addAttribute("areas", agreements.priorityAreasOf(current.id()));
		model.addAttribute("daysToRevision", ChronoUnit.DAYS.between(LocalDate.now(), current.nextRevisionDue()));
		model.addAttribute("previous", agreements.find(actor, AgreementKind.OVERARCHING, null)
			.stream()
			.filter(agreement -> agreement.status() == AgreementStatus.SUPERSEDED)
			.toList());
		model.addAttribute("local", agreements.find(actor, AgreementKind.LOCAL, null));
		model.addAttribute("districtNames", districtNames());
		model.addAttribute("mayDraft", !editableDistricts(actor).isEmpty());
		return "agreement/overarching";
	}

	@GetMapping("/agreements/overview")
	String overview(Model model) {
		model.addAttribute("overview", overview.overview(CurrentActor.get()));
		return "agreement/overview";
	}

	@GetMapping("/agreements/{id}")
	String agreement(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Agreement agreement = agreements.get(actor, id);
		if (agreement.kind() == AgreementKind.OVERARCHING) {
			return revisionPages.page(actor, agreement, RevisionForm.of(agreement, agreements.priorityAreasOf(id),
					revisions.mapsFromCodes(id)), Map.of(), model);
		}
		List<PriorityArea> areas = agreement.kind() == AgreementKind.OVERARCHING ? agreements.priorityAreasOf(id)
				: agreements.currentPriorityAreas();
		model.addAttribute("agreement", agreement);
		model.addAttribute("areas", areas);
		model.addAttribute("areaNames", areas.stream().collect(Collectors.toMap(PriorityArea::id, PriorityArea::name)));
		model.addAttribute("missing", agreement.missingAreas(areas));
		model.addAttribute("parties", organisation.units(agreement.partyUnitIds()));
		model.addAttribute("districtName", districtNames().get(agreement.districtId()));
		boolean local = agreement.kind() == AgreementKind.LOCAL;
		boolean open = agreement.status() == AgreementStatus.DRAFT || agreement.status() == AgreementStatus.AWAITING_SIGNATURES;
		model.addAttribute("mayEdit", local && open && mayEdit(actor, agreement.districtId()));
		model.addAttribute("maySign", local && open && policy.allows(actor, Action.SIGN_LOCAL_AGREEMENT, agreement.districtId())
				&& agreement.parties().contains(actor.party())
				&& agreement.signatures().stream().noneMatch(signature -> signature.party().equals(actor.party())));
		model.addAttribute("mayVersion", local && agreement.status() == AgreementStatus.SIGNED
				&& mayEdit(actor, agreement.districtId()));
		if (local) {
			organisation.groups(agreement.districtId()).forEach(group -> model.addAttribute(
					group.kind() == se.samverkan.organisation.Group.GroupKind.LOCAL_STEERING_GROUP ? "steeringGroup"
							: "collaboration", group));
		}
		return "agreement/agreement";
	}

	@GetMapping("/agreements/new")
	String newLocal(@RequestParam(required = false) UUID districtId, Model model) {
		List<OrganisationalUnit> districts = editableDistricts(CurrentActor.get());
		UUID chosen = districtId != null ? districtId : districts.size() == 1 ? districts.get(0).id() : null;
		return form(LocalAgreementForm.empty(chosen, agreements.currentPriorityAreas()), Map.of(), model);
	}

	@PostMapping("/agreements")
	String createLocal(@ModelAttribute("form") LocalAgreementForm form, Model model, RedirectAttributes redirect) {
		try {
			Agreement created = agreements.draftLocal(CurrentActor.get(), form.toInput());
			redirect.addFlashAttribute("notice", messages.of("agreement.notice.created"));
			return "redirect:/agreements/" + created.id();
		}
		catch (InvalidInput invalid) {
			form.withAreas(agreements.currentPriorityAreas());
			return form(form, form.errorsByField(invalid.fieldProblems()), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			form.withAreas(agreements.currentPriorityAreas());
			return form(form, Map.of(), model);
		}
	}

	@GetMapping("/agreements/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Agreement agreement = agreements.get(actor, id);
		if (agreement.kind() != AgreementKind.LOCAL || !mayEdit(actor, agreement.districtId())) {
			throw new se.samverkan.platform.rules.Forbidden();
		}
		model.addAttribute("agreementId", id);
		return form(LocalAgreementForm.of(agreement, agreements.currentPriorityAreas()), Map.of(), model);
	}

	@PostMapping("/agreements/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") LocalAgreementForm form, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("agreementId", id);
		try {
			agreements.revise(CurrentActor.get(), id, form.getVersion() == null ? -1 : form.getVersion(), form.toInput());
			redirect.addFlashAttribute("notice", messages.of("agreement.notice.saved"));
			return "redirect:/agreements/" + id;
		}
		catch (InvalidInput invalid) {
			form.withAreas(agreements.currentPriorityAreas());
			return form(form, form.errorsByField(invalid.fieldProblems()), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			form.withAreas(agreements.currentPriorityAreas());
			return form(form, Map.of(), model);
		}
	}

	@PostMapping("/agreements/{id}/sign")
	String sign(@PathVariable UUID id, RedirectAttributes redirect) {
		return step(id, redirect, () -> agreements.sign(CurrentActor.get(), id, null), "agreement.notice.signed");
	}

	@PostMapping("/agreements/{id}/versions")
	String newVersion(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			Agreement draft = agreements.newVersion(CurrentActor.get(), id);
			redirect.addFlashAttribute("notice", messages.of("agreement.notice.version"));
			return "redirect:/agreements/" + draft.id() + "/edit";
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			redirect.addFlashAttribute("problem", messages.of(problem));
			return "redirect:/agreements/" + id;
		}
	}

	private String step(UUID id, RedirectAttributes redirect, Runnable action, String notice) {
		messages.flash(redirect, notice, action);
		return "redirect:/agreements/" + id;
	}

	private String form(LocalAgreementForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		List<OrganisationalUnit> districts = editableDistricts(CurrentActor.get());
		model.addAttribute("districts", districts);
		List<UUID> pictureDistricts = form.getDistrictId() != null && model.containsAttribute("agreementId")
				? List.of(form.getDistrictId()) : districts.stream().map(OrganisationalUnit::id).toList();
		var pictures = this.pictures.ofDistricts(pictureDistricts);
		Map<UUID, String> names = districtNames();
		model.addAttribute("pictures", pictures);
		model.addAttribute("pictureLabels", pictures.stream()
			.collect(Collectors.toMap(SituationPictureReferences.PictureReference::id,
					p -> names.getOrDefault(p.districtId(), "") + " " + p.period() + " ("
							+ messages.of("picture.status." + p.status()) + ")")));
		return "agreement/local-form";
	}

	private List<OrganisationalUnit> editableDistricts(Actor actor) {
		return organisation.units(UnitType.DISTRICT, null, LocalDate.now())
			.stream()
			.filter(district -> mayEdit(actor, district.id()))
			.toList();
	}

	private boolean mayEdit(Actor actor, UUID districtId) {
		return policy.allows(actor, Action.EDIT_LOCAL, districtId) || policy.allows(actor, Action.EDIT_CITY_WIDE, null);
	}

	private Map<UUID, String> districtNames() {
		return organisation.units(UnitType.DISTRICT, null, LocalDate.now())
			.stream()
			.collect(Collectors.toMap(OrganisationalUnit::id, OrganisationalUnit::name, (a, b) -> a));
	}
}
