package se.samverkan.communication.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.communication.Audience;
import se.samverkan.communication.ChangesSinceApproval;
import se.samverkan.communication.Communication;
import se.samverkan.communication.CommunicationInput;
import se.samverkan.communication.CommunicationManagement;
import se.samverkan.communication.CommunicationStatus;
import se.samverkan.communication.Communications.Filter;
import se.samverkan.communication.WordDiff;
import se.samverkan.identity.CurrentActor;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.web.PageOf;

@RestController
@RequestMapping("/api/v1/communications")
@Tag(name = "Joint communication")
class CommunicationController {

	private final CommunicationManagement communications;

	CommunicationController(CommunicationManagement communications) {
		this.communications = communications;
	}

	/** What a client sends to draft or change an item; read-only fields of a GET are ignored. */
	record CommunicationRequest(String title, String body, String audience, String level, UUID districtId,
			List<UUID> activityIds, UUID compilationId, LocalDate plannedPublicationDate, Integer version) {

		CommunicationInput input() {
			return new CommunicationInput(title, body, audience, level, districtId, activityIds, compilationId,
					plannedPublicationDate);
		}
	}

	/** {@code revision}: the revision the approver read; if the text changed since, 409. */
	record ApprovalRequest(Integer revision) {
	}

	record WithdrawalRequest(String reason) {
	}

	record ChangesResponse(int fromRevision, OffsetDateTime approvedAt, int toRevision, List<WordDiff.Segment> title,
			List<WordDiff.Segment> body, List<String> otherFields) {

		static ChangesResponse of(ChangesSinceApproval changes) {
			return new ChangesResponse(changes.approvedRevision(), changes.approvedAt(), changes.currentRevision(),
					changes.title(), changes.body(), changes.otherFields());
		}
	}

	@GetMapping
	@Operation(summary = "Items the caller may see: published ones in their reading scope, every state in their communication scope")
	PageOf<CommunicationResponse> list(@RequestParam(required = false) CommunicationStatus status,
			@RequestParam(required = false) Audience audience, @RequestParam(required = false) UUID districtId,
			@RequestParam(required = false) String awaitingParty, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (awaitingParty != null && !Communication.APPROVING_PARTIES.contains(awaitingParty)) {
			throw InvalidInput.of("awaitingParty", "invalid", "Ange CITY eller POLICE.");
		}
		int checkedSize = PageOf.checkedSize(size);
		int checkedPage = Math.max(page, 0);
		var found = communications.find(CurrentActor.get(), new Filter(status, audience, districtId, awaitingParty, null),
				checkedPage * checkedSize, checkedSize);
		return new PageOf<>(found.items().stream().map(CommunicationResponse::of).toList(), checkedPage, checkedSize,
				found.total());
	}

	@GetMapping("/{id}")
	CommunicationResponse get(@PathVariable UUID id) {
		return CommunicationResponse.of(communications.get(CurrentActor.get(), id));
	}

	@PostMapping
	@Operation(summary = "Draft an item (DRAFT); both parties' approvals are then awaited")
	ResponseEntity<CommunicationResponse> create(@RequestBody CommunicationRequest request) {
		Communication created = communications.draft(CurrentActor.get(), request.input());
		return ResponseEntity.created(URI.create("/api/v1/communications/" + created.id()))
			.body(CommunicationResponse.of(created));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an unpublished item (with the version read); any change voids the approvals given")
	CommunicationResponse update(@PathVariable UUID id, @RequestBody CommunicationRequest request) {
		if (request.version() == null) {
			throw InvalidInput.of("version", "required", "Skicka med den version du läste.");
		}
		return CommunicationResponse.of(communications.revise(CurrentActor.get(), id, request.version(), request.input()));
	}

	@PostMapping("/{id}/approvals")
	@Operation(summary = "Approve for the caller's party: never the text's writers, once per party; APPROVED when both have")
	ResponseEntity<CommunicationResponse> approve(@PathVariable UUID id,
			@RequestBody(required = false) ApprovalRequest request) {
		Communication approved = communications.approve(CurrentActor.get(), id,
				request == null ? null : request.revision());
		return ResponseEntity.status(201).body(CommunicationResponse.of(approved));
	}

	@GetMapping("/{id}/changes")
	@Operation(summary = "What changed, word by word, since the caller approved the item (or since sinceRevision)")
	ChangesResponse changes(@PathVariable UUID id, @RequestParam(required = false) Integer sinceRevision) {
		return communications.changesSinceApproval(CurrentActor.get(), id, sinceRevision)
			.map(ChangesResponse::of)
			.orElseThrow(() -> NotFound.because("communication.changes.no-approval"));
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "Publish an APPROVED item now (409 otherwise); an external one appears on the public pages and feeds")
	CommunicationResponse publish(@PathVariable UUID id) {
		return CommunicationResponse.of(communications.publish(CurrentActor.get(), id));
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Withdraw a published item with a reason (required); it leaves the public pages and feeds")
	CommunicationResponse withdraw(@PathVariable UUID id, @RequestBody(required = false) WithdrawalRequest request) {
		return CommunicationResponse.of(
				communications.withdraw(CurrentActor.get(), id, request == null ? null : request.reason()));
	}
}
