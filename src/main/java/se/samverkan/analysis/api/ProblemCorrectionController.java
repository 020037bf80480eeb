package se.samverkan.analysis.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.analysis.CauseInput;
import se.samverkan.analysis.Evidence;
import se.samverkan.analysis.ProblemCorrections;
import se.samverkan.analysis.ProblemInput;
import se.samverkan.analysis.api.ProblemController.ProblemResponse;
import se.samverkan.identity.CurrentActor;
import se.samverkan.platform.rules.InvalidInput;

/** Corrections of problems and causes (API.md, "Analysis and planning", corrections). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Analysis")
class ProblemCorrectionController {

	private final ProblemCorrections corrections;

	private final se.samverkan.analysis.ProblemManagement problems;

	ProblemCorrectionController(ProblemCorrections corrections, se.samverkan.analysis.ProblemManagement problems) {
		this.corrections = corrections;
		this.problems = problems;
	}

	record ProblemCorrection(UUID districtId, UUID priorityAreaId, String title, String description, Integer priority,
			String sources, List<UUID> placeIds, List<Evidence> evidence, UUID focusAreaId, Integer version) {
	}

	record CauseCorrection(String text, String kind, String triangleSide, String factor, String source,
			Integer version) {
	}

	@Operation(summary = "Correct a problem",
			description = "The whole problem as for POST, with the version read (stale 409, nothing changed). The "
					+ "district cannot change (400 on districtId). Answers the problem with its new version.")
	@PutMapping("/problems/{id}")
	ProblemResponse update(@PathVariable UUID id, @RequestBody(required = false) ProblemCorrection request) {
		if (request == null) {
			throw InvalidInput.of("version", "required", "Ange vilken version av problemet du ändrar (version).");
		}
		return ProblemResponse.of(corrections.update(CurrentActor.get(), id,
				new ProblemInput(request.districtId(), request.priorityAreaId(), request.title(), request.description(),
						request.priority(), request.sources(), request.placeIds(), request.evidence(), request.focusAreaId()),
				request.version()));
	}

	@Operation(summary = "Remove a problem",
			description = "With its cause tree; 409 naming the activities while any activity acts on one of its causes.")
	@DeleteMapping("/problems/{id}")
	ResponseEntity<Void> remove(@PathVariable UUID id,
			@Parameter(description = "the version read; a stale one 409") @RequestParam(required = false) Integer version) {
		corrections.remove(CurrentActor.get(), id, version);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Correct a cause",
			description = "text, kind, triangleSide, factor, source, with the problem's version (every change to the "
					+ "tree bumps it; stale 409). The place in the tree changes by .../move. Answers the problem with "
					+ "its corrected tree and new version.")
	@PutMapping("/problems/{id}/causes/{causeId}")
	ProblemResponse updateCause(@PathVariable UUID id, @PathVariable UUID causeId,
			@RequestBody(required = false) CauseCorrection request) {
		if (request == null) {
			throw InvalidInput.of("version", "required", "Ange vilken version av problemet du ändrar (version).");
		}
		corrections.updateCause(CurrentActor.get(), id, causeId, new CauseInput(request.text(), null, request.kind(),
				request.triangleSide(), request.factor(), request.source()), request.version());
		return ProblemResponse.of(problems.get(CurrentActor.get(), id));
	}

	@Operation(summary = "Remove a cause",
			description = "409 while it has sub-causes or an activity acts on it, naming them.")
	@DeleteMapping("/problems/{id}/causes/{causeId}")
	ResponseEntity<Void> removeCause(@PathVariable UUID id, @PathVariable UUID causeId,
			@Parameter(description = "the problem's version read; a stale one 409") @RequestParam(required = false) Integer version) {
		corrections.removeCause(CurrentActor.get(), id, causeId, version);
		return ResponseEntity.noContent().build();
	}
}
