package se.samverkan.governance.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.governance.SteeringDocument;
import se.samverkan.governance.SteeringDocumentRegister;
import se.samverkan.governance.SteeringDocumentRegister.NewDocument;
import se.samverkan.governance.SteeringDocumentRegister.NewGoal;
import se.samverkan.identity.CurrentActor;

/** The city's steering documents with their goals, which plans, goals and activities refer to. */
@RestController
@RequestMapping("/api/v1/steering-documents")
@Tag(name = "Planning")
class SteeringDocumentController {

	private final SteeringDocumentRegister register;

	SteeringDocumentController(SteeringDocumentRegister register) {
		this.register = register;
	}

	@GetMapping
	@Operation(summary = "The steering documents with their goals (e.g. the council's goal 3.6)")
	List<SteeringDocument> list() {
		return register.all(CurrentActor.get());
	}

	@GetMapping("/{id}")
	SteeringDocument get(@PathVariable UUID id) {
		return register.get(CurrentActor.get(), id);
	}

	@PostMapping
	@Operation(summary = "Adds a steering document (central coordinators and administrators)")
	ResponseEntity<SteeringDocument> add(@RequestBody(required = false) NewDocument request) {
		NewDocument body = request == null ? new NewDocument(null, null, null, null) : request;
		SteeringDocument document = register.add(CurrentActor.get(), body);
		return ResponseEntity.created(URI.create("/api/v1/steering-documents/" + document.id())).body(document);
	}

	@PostMapping("/{id}/goals")
	@Operation(summary = "Adds a goal to a steering document (central coordinators and administrators)")
	ResponseEntity<SteeringDocument.Goal> addGoal(@PathVariable UUID id, @RequestBody(required = false) NewGoal request) {
		NewGoal body = request == null ? new NewGoal(null, null) : request;
		SteeringDocument.Goal goal = register.addGoal(CurrentActor.get(), id, body);
		return ResponseEntity.created(URI.create("/api/v1/steering-documents/" + id)).body(goal);
	}
}
