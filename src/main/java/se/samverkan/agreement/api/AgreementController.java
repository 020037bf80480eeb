package se.samverkan.agreement.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementExports;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.CoverageOverview;
import se.samverkan.agreement.LocalAgreementInput;
import se.samverkan.agreement.LocalAgreementInput.FocusAreaInput;
import se.samverkan.agreement.NotAddressed;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.agreement.RevisionManagement;
import se.samverkan.identity.CurrentActor;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.FileDownloads;
import se.samverkan.platform.web.PageOf;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Agreements")
class AgreementController {

	private final AgreementManagement agreements;

	private final CoverageOverview overview;

	private final RevisionManagement revisions;

	private final AgreementExports exports;

	AgreementController(AgreementManagement agreements, CoverageOverview overview, RevisionManagement revisions,
			AgreementExports exports) {
		this.revisions = revisions;
		this.agreements = agreements;
		this.overview = overview;
		this.exports = exports;
	}

	/** {@code mapsFrom}: the codes of the earlier agreement's areas this area continues. */
	record PriorityAreaResponse(UUID id, String code, String name, String nameEn, String description, int ordinal,
			UUID agreementId, List<String> mapsFrom) {
	}

	/**
	 * What a client sends to create or change an agreement; read-only fields are ignored. A local
	 * agreement takes the focus areas, reasons and the situation picture they rest on; the draft of a
	 * revised overarching agreement takes its goal and {@code priorityAreas}.
	 */
	record AgreementRequest(String kind, String title, UUID districtId, List<UUID> partyUnitIds, LocalDate validFrom,
			LocalDate validTo, List<FocusAreaInput> focusAreas, List<NotAddressed> notAddressed, Integer version,
			String goal, List<RevisionManagement.RevisionArea> priorityAreas, UUID situationPictureId) {

		LocalAgreementInput input(UUID districtId) {
			return new LocalAgreementInput(title, districtId, partyUnitIds, validFrom, validTo, focusAreas, notAddressed,
					situationPictureId);
		}

		RevisionManagement.RevisionInput revision() {
			return new RevisionManagement.RevisionInput(title, goal, validFrom, validTo, priorityAreas);
		}
	}

	record SignRequest(String party) {
	}

	@GetMapping("/priority-areas")
	@Operation(summary = "The priority areas of the overarching agreement the parties work under",
			description = "agreementId: the areas of another overarching agreement (e.g. a superseded one, or a revision draft); "
					+ "mapsFrom gives the codes of the earlier areas each continues")
	List<PriorityAreaResponse> priorityAreas(@RequestParam(required = false) UUID agreementId) {
		var actor = CurrentActor.get();
		UUID agreement = agreementId != null ? agreements.get(actor, agreementId).id() : agreements.currentOverarching().id();
		var mapsFrom = revisions.mapsFromCodes(agreement);
		return agreements.priorityAreasOf(agreement)
			.stream()
			.map(area -> new PriorityAreaResponse(area.id(), area.code(), area.name(), area.nameEn(), area.description(),
					area.ordinal(), agreement, mapsFrom.getOrDefault(area.id(), List.of())))
			.toList();
	}

	@PostMapping("/agreements/{id}/revisions")
	@Operation(summary = "Starts the revision of the overarching agreement in force (central coordinators)",
			description = "A DRAFT overarching agreement that will supersede it when both parties have signed. The body is "
					+ "optional: title, goal, validFrom (default the day after the revision is due), validTo, priorityAreas "
					+ "[{code, name, nameEn, description, mapsFrom: [earlier codes]}] (default: the current areas, each "
					+ "continuing itself). A second open revision 409.")
	ResponseEntity<AgreementResponse> startRevision(@PathVariable UUID id,
			@RequestBody(required = false) AgreementRequest request) {
		Agreement draft = revisions.start(CurrentActor.get(), id, request == null ? null : request.revision());
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + draft.id())).body(response(draft));
	}

	@GetMapping("/agreements")
	PageOf<AgreementResponse> list(@RequestParam(required = false) AgreementKind kind,
			@RequestParam(required = false) UUID districtId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		var found = agreements.find(CurrentActor.get(), kind, districtId).stream().map(this::response).toList();
		return PageOf.slice(found, page, size);
	}

	@GetMapping("/agreements/{id}")
	AgreementResponse get(@PathVariable UUID id) {
		return response(agreements.get(CurrentActor.get(), id));
	}

	@PostMapping("/agreements")
	ResponseEntity<AgreementResponse> create(@RequestBody AgreementRequest request) {
		if (request.kind() != null && !request.kind().equals(AgreementKind.LOCAL.name())) {
			throw InvalidInput.of("kind", "unsupported", "Bara lokala överenskommelser kan skapas här.");
		}
		Agreement created = agreements.draftLocal(CurrentActor.get(), request.input(request.districtId()));
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.id())).body(response(created));
	}

	@PutMapping("/agreements/{id}")
	AgreementResponse update(@PathVariable UUID id, @RequestBody AgreementRequest request) {
		if (request.version() == null) {
			throw InvalidInput.of("version", "required", "Skicka med den version du läste.");
		}
		var actor = CurrentActor.get();
		if (agreements.get(actor, id).kind() == AgreementKind.OVERARCHING) {
			return response(revisions.revise(actor, id, request.version(), request.revision()));
		}
		return response(agreements.revise(actor, id, request.version(), request.input(null)));
	}

	@PostMapping("/agreements/{id}/signatures")
	ResponseEntity<AgreementResponse> sign(@PathVariable UUID id, @RequestBody(required = false) SignRequest request) {
		Agreement signed = agreements.sign(CurrentActor.get(), id, request == null ? null : request.party());
		return ResponseEntity.status(201).body(response(signed));
	}

	@PostMapping("/agreements/{id}/versions")
	ResponseEntity<AgreementResponse> newVersion(@PathVariable UUID id) {
		Agreement draft = agreements.newVersion(CurrentActor.get(), id);
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + draft.id())).body(response(draft));
	}

	@Operation(summary = "The agreement as a document", description = """
			format: pdf or docx. The document is in the caller's language (Accept-Language: en for English): \
			parties, validity, the overarching agreement and the situation picture a local agreement rests on, \
			focus areas per priority area with the reasons for the areas not addressed, and the signature block \
			(who signed for each party and when, or that the signature is missing).""")
	@GetMapping("/agreements/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
		return FileDownloads.attachment(exports.export(CurrentActor.get(), id, format, LocaleContextHolder.getLocale()));
	}

	@GetMapping("/agreements/overview")
	CoverageOverview.Overview overview() {
		return overview.overview(CurrentActor.get());
	}

	private AgreementResponse response(Agreement agreement) {
		if (agreement.kind() == AgreementKind.OVERARCHING) {
			return AgreementResponse.of(agreement, agreements.priorityAreasOf(agreement.id()),
					revisions.mapsFromCodes(agreement.id()), revisions.changes(agreement));
		}
		return AgreementResponse.of(agreement, agreements.currentPriorityAreas());
	}
}
