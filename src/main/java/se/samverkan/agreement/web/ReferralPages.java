package se.samverkan.agreement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.ReferralManagement;
import se.samverkan.agreement.ReferralManagement.NewResponse;
import se.samverkan.agreement.ReferralManagement.NewRound;
import se.samverkan.agreement.ReferralManagement.RoundView;
import se.samverkan.platform.documents.PdfDocuments;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.ProblemMessages;

/** Referral rounds: the list, one round with its recipients and responses, and the compilation. */
@Controller
class ReferralPages {

	private final ReferralManagement referrals;

	private final AgreementManagement agreements;

	private final OrganisationDirectory organisation;

	private final AccessPolicy policy;

	private final PdfDocuments pdf;

	private final ProblemMessages messages;

	ReferralPages(ReferralManagement referrals, AgreementManagement agreements, OrganisationDirectory organisation,
			AccessPolicy policy, PdfDocuments pdf, ProblemMessages messages) {
		this.referrals = referrals;
		this.agreements = agreements;
		this.organisation = organisation;
		this.policy = policy;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/referrals")
	String list(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("rounds", referrals.all(actor));
		model.addAttribute("maySend", policy.allows(actor, Action.EDIT_CITY_WIDE, null));
		return "agreement/referrals";
	}

	@GetMapping("/referrals/{id}")
	String round(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		RoundView view = referrals.get(actor, id);
		model.addAttribute("view", view);
		model.addAttribute("answerable", referrals.answerableBy(actor, view));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "agreement/referral";
	}

	@PostMapping("/referrals/{id}/responses")
	String respond(@PathVariable UUID id, @RequestParam(required = false) UUID unitId,
			@RequestParam(required = false) String caseNumber, @RequestParam(required = false) String caseOfficer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingDate,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statementDate,
			@RequestParam(required = false) String proposedDecision, @RequestParam(required = false) String summary,
			@RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
		NewResponse response = new NewResponse(unitId, caseNumber, caseOfficer, decisionDate, meetingDate,
				proposedDecision, summary, text, statementDate, null);
		try {
			referrals.respond(CurrentActor.get(), id, response);
			redirect.addFlashAttribute("notice", messages.of("referral.notice.responded"));
			return "redirect:/referrals/" + id;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FieldProblem.byField(invalid.fieldProblems()));
			model.addAttribute("entered", response);
			return round(id, model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			model.addAttribute("entered", response);
			return round(id, model);
		}
	}

	@GetMapping("/referrals/new")
	String newRound(@RequestParam(required = false) UUID agreementId, Model model) {
		policy.require(CurrentActor.get(), Action.EDIT_CITY_WIDE, null);
		if (agreementId != null) {
			var agreement = agreements.get(CurrentActor.get(), agreementId);
			model.addAttribute("entered", new NewRound(null, agreement.title(), agreementId, LocalDate.now(), null, null, null));
		}
		return roundForm(model, Map.of());
	}

	@PostMapping("/referrals")
	String send(@RequestParam(required = false) String caseNumber, @RequestParam(required = false) String title,
			@RequestParam(required = false) UUID agreementId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			@RequestParam(required = false) List<UUID> recipientUnitIds,
			@RequestParam(required = false) String documents, Model model, RedirectAttributes redirect) {
		List<String> documentList = new ArrayList<>();
		if (documents != null) {
			documents.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(documentList::add);
		}
		NewRound round = new NewRound(caseNumber, title, agreementId, sentOn, dueDate, recipientUnitIds, documentList);
		try {
			RoundView sent = referrals.send(CurrentActor.get(), round);
			redirect.addFlashAttribute("notice", messages.of("referral.notice.sent"));
			return "redirect:/referrals/" + sent.round().id();
		}
		catch (InvalidInput invalid) {
			model.addAttribute("entered", round);
			model.addAttribute("documentsText", documents);
			return roundForm(model, FieldProblem.byField(invalid.fieldProblems()));
		}
	}

	@GetMapping("/referrals/{id}/compilation")
	String compilation(@PathVariable UUID id, Model model) {
		model.addAttribute("view", referrals.get(CurrentActor.get(), id));
		return "agreement/compilation";
	}

	@GetMapping("/referrals/{id}/compilation.pdf")
	ResponseEntity<byte[]> compilationPdf(@PathVariable UUID id) {
		RoundView view = referrals.get(CurrentActor.get(), id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("remissammanstallning.pdf")
				.build()
				.toString())
			.body(pdf.render("agreement/compilation-pdf", Map.of("view", view)));
	}

	private String roundForm(Model model, Map<String, String> errors) {
		model.addAttribute("errors", errors);
		model.addAttribute("units", organisation.units(null, "CITY", LocalDate.now())
			.stream()
			.filter(unit -> unit.type() != se.samverkan.organisation.UnitType.CENTRAL_OFFICE)
			.toList());
		model.addAttribute("agreements", agreements.find(CurrentActor.get(), null, null));
		return "agreement/referral-form";
	}

}
