package se.samverkan.analysis.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.analysis.Cause;
import se.samverkan.analysis.CauseInput;
import se.samverkan.analysis.CauseNode;
import se.samverkan.analysis.Evidence;
import se.samverkan.analysis.Problem;
import se.samverkan.analysis.ProblemInput;
import se.samverkan.analysis.ProblemManagement;
import se.samverkan.identity.CurrentActor;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.PageOf;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Analysis")
class ProblemController {

	private final ProblemManagement problems;

	ProblemController(ProblemManagement problems) {
		this.problems = problems;
	}

	/** {@code districtId} null: a city-wide problem (central coordinators); {@code focusAreaId}: the local focus area it belongs to. */
	record ProblemRequest(UUID districtId, UUID priorityAreaId, String title, String description, Integer priority,
			String sources, List<UUID> placeIds, List<Evidence> evidence, UUID focusAreaId) {
	}

	record MoveRequest(UUID parentCauseId) {
	}

	record CauseResponse(UUID id, UUID problemId, UUID parentCauseId, String text, String kind, String triangleSide,
			String factor, String source, List<CauseResponse> causes) {

		static CauseResponse of(Cause cause, List<CauseResponse> children) {
			return new CauseResponse(cause.id(), cause.problemId(), cause.parentId(), cause.text(), cause.kind().name(),
					cause.triangleSide().name(), cause.factor().name(), cause.source(), children);
		}

		static CauseResponse of(CauseNode node) {
			return of(node.cause(), node.children().stream().map(CauseResponse::of).toList());
		}
	}

	record ProblemResponse(UUID id, UUID districtId, UUID priorityAreaId, String title, String description,
			Integer priority, String sources, List<UUID> placeIds, List<Evidence> evidence, int causeCount,
			List<CauseResponse> causes, UUID focusAreaId, boolean cityWide, int version) {

		static ProblemResponse of(Problem problem) {
			return new ProblemResponse(problem.id(), problem.districtId(), problem.priorityAreaId(), problem.title(),
					problem.description(), problem.priority(), problem.sources(), problem.placeIds(), problem.evidence(),
					problem.causes().size(), problem.tree().stream().map(CauseResponse::of).toList(), problem.focusAreaId(),
					problem.isCityWide(), problem.version());
		}
	}

	@GetMapping("/problems")
	PageOf<ProblemResponse> list(@RequestParam(required = false) UUID districtId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageOf.slice(problems.find(CurrentActor.get(), districtId).stream().map(ProblemResponse::of).toList(),
				page, size);
	}

	@GetMapping("/problems/{id}")
	ProblemResponse get(@PathVariable UUID id) {
		return ProblemResponse.of(problems.get(CurrentActor.get(), id));
	}

	@PostMapping("/problems")
	ResponseEntity<ProblemResponse> create(@RequestBody(required = false) ProblemRequest request) {
		if (request == null) {
			throw InvalidInput.of("title", "required", "Fältet ”Rubrik” måste fyllas i.");
		}
		Problem created = problems.register(CurrentActor.get(),
				new ProblemInput(request.districtId(), request.priorityAreaId(), request.title(), request.description(),
						request.priority(), request.sources(), request.placeIds(), request.evidence(), request.focusAreaId()));
		return ResponseEntity.created(URI.create("/api/v1/problems/" + created.id())).body(ProblemResponse.of(created));
	}

	@PostMapping("/problems/{id}/causes")
	ResponseEntity<CauseResponse> addCause(@PathVariable UUID id, @RequestBody(required = false) CauseInput request) {
		if (request == null) {
			throw InvalidInput.of("text", "required", "Fältet ”Orsak” måste fyllas i.");
		}
		Cause cause = problems.addCause(CurrentActor.get(), id, request);
		return ResponseEntity.created(URI.create("/api/v1/problems/" + id)).body(CauseResponse.of(cause, List.of()));
	}

	/** Moves a branch of the cause tree (not in API.md's table; an addition). */
	@PostMapping("/problems/{id}/causes/{causeId}/move")
	CauseResponse move(@PathVariable UUID id, @PathVariable UUID causeId, @RequestBody(required = false) MoveRequest request) {
		Cause moved = problems.moveCause(CurrentActor.get(), id, causeId, request == null ? null : request.parentCauseId());
		return CauseResponse.of(moved, List.of());
	}
}
