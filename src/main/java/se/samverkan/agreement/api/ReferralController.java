package se.samverkan.agreement.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.agreement.RecipientStatus;
import se.samverkan.agreement.ReferralManagement;
import se.samverkan.agreement.ReferralManagement.NewResponse;
import se.samverkan.agreement.ReferralManagement.NewRound;
import se.samverkan.agreement.ReferralManagement.RoundView;
import se.samverkan.agreement.ReferralRequest;
import se.samverkan.agreement.ReferralResponse;
import se.samverkan.platform.documents.PdfDocuments;
import se.samverkan.identity.CurrentActor;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.PageOf;

@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "Referral rounds")
class ReferralController {

	private final ReferralManagement referrals;

	private final PdfDocuments pdf;

	ReferralController(ReferralManagement referrals, PdfDocuments pdf) {
		this.referrals = referrals;
		this.pdf = pdf;
	}

	record RecipientResponse(UUID unitId, String unitName, RecipientStatus status, UUID responseId) {
	}

	record RoundResponse(UUID id, String caseNumber, String title, UUID agreementId, LocalDate sentOn, LocalDate dueDate,
			List<String> documents, List<RecipientResponse> recipients, int version) {

		static RoundResponse of(RoundView view) {
			var round = view.round();
			return new RoundResponse(round.id(), round.caseNumber(), round.title(), round.agreementId(), round.sentOn(),
					round.dueDate(), round.documents(), view.recipients()
						.stream()
						.map(r -> new RecipientResponse(r.unitId(), r.unitName(), r.status(),
								r.response() == null ? null : r.response().id()))
						.toList(),
					round.version());
		}
	}

	@PostMapping
	ResponseEntity<RoundResponse> send(@RequestBody NewRound round) {
		var sent = referrals.send(CurrentActor.get(), round);
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + sent.round().id())).body(RoundResponse.of(sent));
	}

	@GetMapping
	PageOf<RoundResponse> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageOf.slice(referrals.all(CurrentActor.get()).stream().map(RoundResponse::of).toList(), page, size);
	}

	@GetMapping("/{id}")
	RoundResponse get(@PathVariable UUID id) {
		return RoundResponse.of(referrals.get(CurrentActor.get(), id));
	}

	@PostMapping("/{id}/responses")
	ResponseEntity<ReferralResponse> respond(@PathVariable UUID id, @RequestBody NewResponse response) {
		var recorded = referrals.respond(CurrentActor.get(), id, response);
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + id + "/responses/" + recorded.id())).body(recorded);
	}

	@GetMapping("/{id}/responses")
	List<ReferralResponse> responses(@PathVariable UUID id) {
		return referrals.get(CurrentActor.get(), id)
			.recipients()
			.stream()
			.filter(recipient -> recipient.response() != null)
			.map(recipient -> recipient.response())
			.toList();
	}

	record RequestInput(String text) {
	}

	record DecisionInput(String decision, String reason, Integer version) {
	}

	@GetMapping("/{id}/requests")
	@Operation(summary = "The requests entered from the round's answers, each with its decision (null: undecided)")
	List<ReferralRequest> requests(@PathVariable UUID id) {
		return referrals.requests(CurrentActor.get(), id);
	}

	@PostMapping("/{id}/responses/{responseId}/requests")
	@Operation(summary = "Enters a request of an answer as an item to decide (central coordinators)",
			description = "Only while the agreement the round is about is unsigned.")
	ResponseEntity<ReferralRequest> addRequest(@PathVariable UUID id, @PathVariable UUID responseId,
			@RequestBody(required = false) RequestInput request) {
		ReferralRequest added = referrals.addRequest(CurrentActor.get(), id, responseId, request == null ? null : request.text());
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + id + "/requests")).body(added);
	}

	@PostMapping("/{id}/requests/{requestId}/decision")
	@Operation(summary = "Decides a request: ACCEPTED or REJECTED, with the reason (central coordinators)",
			description = "May be decided again until the agreement is signed; send the version read (409 when stale). "
					+ "A revision cannot be signed while a request on it is undecided.")
	ReferralRequest decide(@PathVariable UUID id, @PathVariable UUID requestId,
			@RequestBody(required = false) DecisionInput request) {
		DecisionInput body = request == null ? new DecisionInput(null, null, null) : request;
		return referrals.decideRequest(CurrentActor.get(), id, requestId, body.decision(), body.reason(), body.version());
	}

	/** The compilation of all responses for the City Executive Office, as PDF. */
	@GetMapping("/{id}/compilation")
	ResponseEntity<byte[]> compilation(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
		if (!format.equals("pdf")) {
			throw InvalidInput.of("format", "unsupported", "Sammanställningen finns som pdf.");
		}
		RoundView view = referrals.get(CurrentActor.get(), id);
		byte[] document = pdf.render("agreement/compilation-pdf", Map.of("view", view));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("remissammanstallning-" + view.round().caseNumber().replaceAll("[^A-Za-z0-9-]+", "-") + ".pdf")
				.build()
				.toString())
			.body(document);
	}
}
