package se.samverkan.situation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.governance.DecisionInput;
import se.samverkan.governance.DecisionRecord;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.documents.PdfDocuments;
import se.samverkan.platform.documents.Words;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.FileDownloads;
import se.samverkan.platform.web.ProblemMessages;
import se.samverkan.situation.PictureDrawings;
import se.samverkan.situation.SituationPicture;
import se.samverkan.situation.SituationPicture.Source;
import se.samverkan.situation.SituationPictureDocuments;
import se.samverkan.situation.SituationPictureExports;
import se.samverkan.situation.SituationPictureManagement;
import se.samverkan.situation.SituationPictureManagement.NewPicture;
import se.samverkan.situation.SituationPictureView;
import se.samverkan.situation.Trend;

/** Situation pictures: the list, starting one, writing its sections and sources, establishing it. */
@Controller
class SituationPicturePages {

	private final SituationPictureManagement pictures;

	private final OrganisationDirectory organisation;

	private final AccessPolicy policy;

	private final ProblemMessages messages;

	private final SituationPictureExports exports;

	private final SituationPictureDocuments documents;

	private final PictureDrawings drawings;

	private final MessageSource messageSource;

	SituationPicturePages(SituationPictureManagement pictures, OrganisationDirectory organisation, AccessPolicy policy,
			ProblemMessages messages, SituationPictureExports exports, SituationPictureDocuments documents,
			PictureDrawings drawings, MessageSource messageSource) {
		this.pictures = pictures;
		this.organisation = organisation;
		this.policy = policy;
		this.messages = messages;
		this.exports = exports;
		this.documents = documents;
		this.drawings = drawings;
		this.messageSource = messageSource;
	}

	@GetMapping("/situation-pictures")
	String list(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("pictures", pictures.find(actor, null));
		model.addAttribute("districtNames", districtNames());
		model.addAttribute("mayCreate", !policy.scope(actor, Action.EDIT_LOCAL).isEmpty()
				|| policy.allows(actor, Action.EDIT_CITY_WIDE, null));
		return "situation/pictures";
	}

	@GetMapping("/situation-pictures/new")
	String newPicture(Model model) {
		return form(model, null, Map.of());
	}

	@PostMapping("/situation-pictures")
	String create(@RequestParam(required = false) String districtId, @RequestParam(required = false) String period,
			@RequestParam(required = false) String authorParty, @RequestParam(required = false) List<UUID> basedOn,
			Model model, RedirectAttributes redirect) {
		UUID district = districtId == null || districtId.isBlank() || districtId.equals("CITY") ? null
				: UUID.fromString(districtId);
		NewPicture input = new NewPicture(district, period, authorParty, basedOn);
		try {
			SituationPicture picture = pictures.create(CurrentActor.get(), input);
			redirect.addFlashAttribute("notice", messages.of("picture.notice.created"));
			return "redirect:/situation-pictures/" + picture.id();
		}
		catch (InvalidInput invalid) {
			return form(model, input, se.samverkan.platform.rules.FieldProblem.byField(invalid.fieldProblems()));
		}
	}

	@GetMapping("/situation-pictures/{id}")
	String picture(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		SituationPicture picture = pictures.get(actor, id);
		model.addAttribute("picture", picture);
		model.addAttribute("view", SituationPictureView.of(picture));
		model.addAttribute("liveIndicators", picture.isEstablished() ? null : pictures.liveIndicators(picture));
		model.addAttribute("districtName", picture.districtId() == null ? null : districtNames().get(picture.districtId()));
		model.addAttribute("mayEdit", !picture.isEstablished() && !picture.isAwaitingConfirmation() && pictures.mayEdit(actor, picture));
		model.addAttribute("mayRegisterProblem",
				picture.districtId() != null && policy.allows(actor, Action.EDIT_LOCAL, picture.districtId()));
		model.addAttribute("decisionRecord", DecisionRecord.of(pictures.decisions(picture)));
		model.addAttribute("decisionGroup", pictures.decidingGroup(picture).orElse(null));
		model.addAttribute("mayDecide", !picture.isEstablished() && pictures.mayDecide(actor, picture));
		model.addAttribute("mayReopen", pictures.mayReopen(actor, picture));
		model.addAttribute("today", LocalDate.now());
		List<SituationPicture> parts = new ArrayList<>();
		picture.basedOn().forEach(partId -> parts.add(pictures.get(actor, partId)));
		model.addAttribute("parts", parts);
		model.addAttribute("trends", Trend.values());
		Words words = new Words(messageSource, LocaleContextHolder.getLocale());
		model.addAttribute("drawings", drawings.of(picture, documents.place(picture, words), words));
		model.addAttribute("cells", new PdfDocuments.CellFormat(words.locale()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "situation/picture";
	}

	@PostMapping("/situation-pictures/{id}/sections/{areaId}")
	String section(@PathVariable UUID id, @PathVariable UUID areaId, @RequestParam(required = false) String assessment,
			@RequestParam(required = false) Trend trend, @RequestParam(required = false) String notAddressedReason,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return step(id, redirect, () -> pictures.updateSection(CurrentActor.get(), id, areaId, assessment, trend,
				notAddressedReason, version), "picture.notice.saved", "#omrade-" + areaId);
	}

	@PostMapping("/situation-pictures/{id}/sources")
	String sources(@PathVariable UUID id, @RequestParam(required = false) List<String> name,
			@RequestParam(required = false) List<String> limitations, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		List<Source> sources = new ArrayList<>();
		List<String> names = name == null ? List.of() : name;
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i) != null && !names.get(i).isBlank()) {
				sources.add(new Source(names.get(i),
						limitations != null && i < limitations.size() ? limitations.get(i) : null));
			}
		}
		return step(id, redirect, () -> pictures.updateSources(CurrentActor.get(), id, sources, version),
				"picture.notice.saved", "#kallor");
	}

	@PostMapping("/situation-pictures/{id}/establish")
	String establish(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
			@RequestParam(required = false) String decisionText,
			@RequestParam(required = false) List<UUID> presentMemberIds, RedirectAttributes redirect) {
		DecisionInput decision = new DecisionInput(decisionDate, decisionText, presentMemberIds);
		return step(id, redirect, () -> pictures.establish(CurrentActor.get(), id, decision), "picture.notice.decided",
				"#beslut");
	}

	@PostMapping("/situation-pictures/{id}/reopen")
	String reopen(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
			@RequestParam(required = false) String decisionText,
			@RequestParam(required = false) List<UUID> presentMemberIds, RedirectAttributes redirect) {
		DecisionInput decision = new DecisionInput(decisionDate, decisionText, presentMemberIds);
		return step(id, redirect, () -> pictures.reopen(CurrentActor.get(), id, decision), "picture.notice.reopened",
				"#beslut");
	}

	/** The picture as a document (PDF or DOCX), for the signed-in reader; the API's export needs a token. */
	@GetMapping("/situation-pictures/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
		return FileDownloads.attachment(exports.export(CurrentActor.get(), id, format, LocaleContextHolder.getLocale()));
	}

	/** The address pages linked to before DOCX came; kept so saved links still work. */
	@GetMapping("/situation-pictures/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return export(id, "pdf");
	}

	private String step(UUID id, RedirectAttributes redirect, Runnable action, String notice, String anchor) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", messages.of(notice));
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problem", String.join(" ", invalid.fieldProblems().stream().map(p -> p.message()).toList()));
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			redirect.addFlashAttribute("problem", messages.of(problem));
		}
		return "redirect:/situation-pictures/" + id + anchor;
	}

	private String form(Model model, NewPicture entered, Map<String, String> errors) {
		Actor actor = CurrentActor.get();
		model.addAttribute("entered", entered);
		model.addAttribute("errors", errors);
		model.addAttribute("districts", organisation.units(UnitType.DISTRICT, null, LocalDate.now())
			.stream()
			.filter(district -> policy.allows(actor, Action.EDIT_LOCAL, district.id()))
			.toList());
		model.addAttribute("mayCityWide", policy.allows(actor, Action.EDIT_CITY_WIDE, null));
		model.addAttribute("drafts", pictures.find(actor, null)
			.stream()
			.filter(picture -> !picture.authorParty().equals("JOINT"))
			.toList());
		model.addAttribute("districtNames", districtNames());
		return "situation/picture-form";
	}

	private Map<UUID, String> districtNames() {
		Map<UUID, String> names = new LinkedHashMap<>();
		organisation.units(UnitType.DISTRICT, null, LocalDate.now()).forEach(d -> names.put(d.id(), d.name()));
		return names;
	}

}
