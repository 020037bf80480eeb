package se.samverkan.indicator.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.CurrentActor;
import se.samverkan.indicator.KoladaFetch;
import se.samverkan.indicator.KoladaImport;
import se.samverkan.indicator.KoladaReport;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.RuleViolation;
import se.samverkan.platform.rules.UpstreamFailure;

@RestController
@RequestMapping("/api/v1/imports/kolada")
@Tag(name = "Indicators")
class KoladaController {

	private final KoladaImport importer;

	private final KoladaFetch fetch;

	private final AccessPolicy policy;

	KoladaController(KoladaImport importer, KoladaFetch fetch, AccessPolicy policy) {
		this.importer = importer;
		this.fetch = fetch;
		this.policy = policy;
	}

	@Operation(summary = "Import a Kolada data response (central coordinators)", description = """
			A Kolada v3 (or v2) data response, or an array of its pages. KPI ids go to the KOLADA indicators by sourceRef;
			the municipality 0180 to the city as a whole; only the total (gender T) is stored. imported: values new or
			changed; skipped: unchanged plus unused; unused lists what could not be used and why (unknown KPI or
			municipality, null value, gender breakdown). A second import of the same response imports nothing.""")
	@PostMapping
	KoladaReport importResponse(@RequestBody(required = false) JsonNode body) {
		if (body == null || body.isNull()) {
			policy.require(CurrentActor.get(), Action.EDIT_CITY_WIDE, null);
			throw InvalidInput.of("values", "required", "Skicka ett svar från Koladas API.");
		}
		return importer.importResponse(CurrentActor.get(), body);
	}

	@Operation(summary = "Fetch from Kolada now (central coordinators)",
			description = "Runs the scheduled fetch once; 409 when no base URL is configured (SAMVERKAN_KOLADA_BASE_URL); "
					+ "502 when Kolada does not answer or answers with an error or something that is not JSON (nothing stored).")
	@PostMapping("/fetch")
	KoladaReport fetchNow() throws Exception {
		policy.require(CurrentActor.get(), Action.EDIT_CITY_WIDE, null);
		if (!fetch.enabled()) {
			throw new RuleViolation("indicator.rule.kolada-off");
		}
		KoladaReport report;
		try {
			report = fetch.fetchOnce();
		}
		catch (java.io.IOException | IllegalStateException | tools.jackson.core.JacksonException ex) {
			throw new UpstreamFailure("indicator.kolada.fetch-failed", ex.getMessage());
		}
		if (report == null) {
			throw new RuleViolation("indicator.rule.kolada-nothing");
		}
		return report;
	}
}
