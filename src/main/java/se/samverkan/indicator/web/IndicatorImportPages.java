package se.samverkan.indicator.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.indicator.ImportReport;
import se.samverkan.indicator.IndicatorManagement;
import se.samverkan.indicator.KoladaFetch;
import se.samverkan.indicator.KoladaImport;
import se.samverkan.indicator.KoladaReport;
import se.samverkan.indicator.ValueRecording;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.ProblemMessages;

/** Uploading values (CSV or Excel) and Kolada responses, and fetching from Kolada now. */
@Controller
class IndicatorImportPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final IndicatorManagement indicators;

	private final ValueRecording recording;

	private final KoladaImport kolada;

	private final KoladaFetch fetch;

	private final AccessPolicy policy;

	private final ProblemMessages messages;

	IndicatorImportPages(IndicatorManagement indicators, ValueRecording recording, KoladaImport kolada, KoladaFetch fetch,
			AccessPolicy policy, ProblemMessages messages) {
		this.indicators = indicators;
		this.recording = recording;
		this.kolada = kolada;
		this.fetch = fetch;
		this.policy = policy;
		this.messages = messages;
	}

	@GetMapping("/indicators/values/import")
	String valuesForm(@RequestParam(required = false) UUID indicatorId, Model model) {
		return valuesPage(indicatorId, null, model);
	}

	@PostMapping("/indicators/values/import")
	String importValues(@RequestParam(required = false) UUID indicatorId,
			@RequestParam(value = "file", required = false) MultipartFile file, Model model) throws IOException {
		Actor actor = CurrentActor.get();
		if (!recording.mayWriteSome(actor)) {
			throw new Forbidden();
		}
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", messages.of("indicator.import.empty"));
			return valuesPage(indicatorId, null, model);
		}
		Path copy = Files.createTempFile("samverkan-values", ".upload");
		try (InputStream in = file.getInputStream()) {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			ImportReport report = recording.importFile(actor, indicatorId, copy, file.getOriginalFilename());
			return valuesPage(indicatorId, report, model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return valuesPage(indicatorId, null, model);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	@GetMapping("/indicators/kolada")
	String koladaForm(Model model) {
		return koladaPage(null, model);
	}

	@PostMapping("/indicators/kolada")
	String importKolada(@RequestParam(value = "file", required = false) MultipartFile file, Model model)
			throws IOException {
		Actor actor = CurrentActor.get();
		policy.require(actor, Action.EDIT_CITY_WIDE, null);
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", messages.of("indicator.import.empty"));
			return koladaPage(null, model);
		}
		JsonNode body;
		try (InputStream in = file.getInputStream()) {
			body = JSON.readTree(in);
		}
		catch (JacksonException ex) {
			model.addAttribute("problem", messages.of("indicator.kolada.not-json"));
			return koladaPage(null, model);
		}
		try {
			return koladaPage(kolada.importResponse(actor, body), model);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("problem", String.join(" ", invalid.fieldProblems().stream().map(FieldProblem::message).toList()));
			return koladaPage(null, model);
		}
	}

	@PostMapping("/indicators/kolada/fetch")
	String fetchKolada(Model model) {
		policy.require(CurrentActor.get(), Action.EDIT_CITY_WIDE, null);
		KoladaReport report = null;
		try {
			report = fetch.fetchOnce();
			if (report == null) {
				model.addAttribute("problem", messages.of("indicator.rule.kolada-nothing"));
			}
		}
		catch (Exception ex) {
			model.addAttribute("problem", messages.of("indicator.kolada.fetch-failed", ex.getMessage()));
		}
		return koladaPage(report, model);
	}

	private String valuesPage(UUID indicatorId, ImportReport report, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("indicators", indicators.find(actor).stream().filter(i -> !i.computed()).toList());
		model.addAttribute("indicatorId", indicatorId);
		model.addAttribute("report", report);
		model.addAttribute("mayWrite", recording.mayWriteSome(actor));
		return "indicator/import";
	}

	private String koladaPage(KoladaReport report, Model model) {
		policy.require(CurrentActor.get(), Action.EDIT_CITY_WIDE, null);
		model.addAttribute("report", report);
		model.addAttribute("fetchEnabled", fetch.enabled());
		model.addAttribute("koladaIndicators", indicators.catalogue()
			.stream()
			.filter(i -> i.source() == se.samverkan.indicator.IndicatorSource.KOLADA)
			.toList());
		return "indicator/kolada";
	}
}
