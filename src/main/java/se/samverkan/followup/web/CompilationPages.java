package se.samverkan.followup.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.followup.AnnualCompilation;
import se.samverkan.followup.CarryOverProposal;
import se.samverkan.followup.CompilationManagement;
import se.samverkan.followup.FollowupCharts;
import se.samverkan.followup.FollowupDocuments;
import se.samverkan.followup.FollowupExports;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.FormValues;
import se.samverkan.platform.web.ProblemMessages;

/** The yearly compilations: the list with a new one, one compilation with its proposals, publishing. */
@Controller
class CompilationPages {

	private final CompilationManagement compilations;

	private final FollowupDocuments documents;

	private final FollowupExports exports;

	private final ProblemMessages messages;

	private final Clock clock;

	CompilationPages(CompilationManagement compilations, FollowupDocuments documents, FollowupExports exports,
			ProblemMessages messages, Clock clock) {
		this.compilations = compilations;
		this.documents = documents;
		this.exports = exports;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/compilations")
	String list(Model model) {
		return listPage(FormValues.empty().set("year", LocalDate.now(clock).getYear() - 1), Map.of(), model);
	}

	@PostMapping("/compilations")
	String compile(@RequestParam MultiValueMap<String, String> values, Model model, RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		try {
			Integer year = form.integer("year");
			if (!form.readingErrors().isEmpty()) {
				throw new InvalidInput(java.util.List.of());
			}
			AnnualCompilation compilation = compilations.compile(CurrentActor.get(), year);
			redirect.addFlashAttribute("notice", messages.of("followup.notice.compiled"));
			return "redirect:/compilations/" + compilation.id();
		}
		catch (InvalidInput invalid) {
			return listPage(form, form.errors(invalid.fieldProblems()), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return listPage(form, Map.of(), model);
		}
	}

	@GetMapping("/compilations/{id}")
	String compilation(@PathVariable UUID id, Model model) {
		return page(id, model);
	}

	@PostMapping("/compilations/{id}/publish")
	String publish(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			compilations.publish(CurrentActor.get(), id);
			redirect.addFlashAttribute("notice", messages.of("followup.notice.published"));
			return "redirect:/compilations/" + id;
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return page(id, model);
		}
	}

	@PostMapping("/compilations/{id}/exports")
	String export(@PathVariable UUID id, @RequestParam(required = false) String format) {
		UUID job = exports.inBackground(CurrentActor.get(), FollowupExports.Kind.COMPILATION, id, format,
				LocaleContextHolder.getLocale());
		return "redirect:/exports/" + job;
	}

	/** The compilation as a file, for the signed-in user (the API's export needs a token). */
	@GetMapping("/compilations/{id}/export")
	org.springframework.http.ResponseEntity<byte[]> download(@PathVariable UUID id,
			@RequestParam(required = false) String format) {
		return se.samverkan.platform.web.FileDownloads.attachment(exports.export(CurrentActor.get(),
				FollowupExports.Kind.COMPILATION, id, format, LocaleContextHolder.getLocale()));
	}

	@PostMapping("/carry-overs/{id}")
	String decide(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		CarryOverProposal proposal;
		try {
			proposal = "decline".equals(form.text("decision"))
					? compilations.decline(CurrentActor.get(), id, form.text("reason"))
					: compilations.accept(CurrentActor.get(), id);
			redirect.addFlashAttribute("notice", messages.of("followup.notice.proposal." + proposal.status()));
			return "redirect:/compilations/" + proposal.compilationId() + "#proposals";
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			UUID compilation = form.uuid("compilationId");
			redirect.addFlashAttribute("problem", messages.of(problem));
			return "redirect:/compilations/" + compilation + "#proposals";
		}
	}

	private String listPage(FormValues form, Map<String, String> errors, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("compilations", compilations.find(actor));
		model.addAttribute("mayCompile", compilations.mayCompile(actor));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "followup/compilations";
	}

	private String page(UUID id, Model model) {
		Actor actor = CurrentActor.get();
		AnnualCompilation compilation = compilations.get(actor, id);
		var t = documents.texts(LocaleContextHolder.getLocale());
		model.addAttribute("compilation", compilation);
		model.addAttribute("c", compilation.content());
		model.addAttribute("chart", FollowupCharts.districts(compilation.content(), t.get("followup.chart.districts"),
				t.get("followup.report.district"), status -> t.get("planning.activity.status." + status)));
		model.addAttribute("comparison", documents.comparison(t, compilation.content()));
		model.addAttribute("mayPublish", !compilation.isPublished() && compilations.mayCompile(actor));
		var proposals = compilations.proposals(actor, id);
		model.addAttribute("proposals", proposals);
		model.addAttribute("mayDecide", proposals.stream()
			.filter(p -> compilations.mayDecide(actor, p))
			.map(CarryOverProposal::id)
			.collect(java.util.stream.Collectors.toSet()));
		Map<UUID, String> names = new java.util.HashMap<>();
		compilation.content().districts().forEach(d -> names.put(d.districtId(), d.districtName()));
		model.addAttribute("districtNames", names);
		return "followup/compilation";
	}
}
