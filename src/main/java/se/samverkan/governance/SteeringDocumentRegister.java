package se.samverkan.governance;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.RuleViolation;

/**
 * The city's steering documents with their goals, which plans, goals and activities refer to (the
 * Södermalm response: the priority areas match the council's goal 3.6, the safety programme and
 * the strategy to keep children and young people out of crime). Every reader sees them; central
 * coordinators and administrators keep the register.
 */
@Service
public class SteeringDocumentRegister {

	private final SteeringDocuments documents;

	private final AccessPolicy policy;

	private final AuditLog audit;

	SteeringDocumentRegister(SteeringDocuments documents, AccessPolicy policy, AuditLog audit) {
		this.documents = documents;
		this.policy = policy;
		this.audit = audit;
	}

	public record NewDocument(String title, String issuer, String description, String source) {
	}

	public record NewGoal(String code, String text) {
	}

	@Transactional(readOnly = true)
	public List<SteeringDocument> all(Actor actor) {
		requireReader(actor);
		return documents.all();
	}

	@Transactional(readOnly = true)
	public SteeringDocument get(Actor actor, UUID id) {
		requireReader(actor);
		return documents.byId(id).orElseThrow(() -> new NotFound("steering document", id));
	}

	/** The goals with these ids that exist (for other modules checking their references). */
	@Transactional(readOnly = true)
	public List<SteeringDocument.Goal> goals(Collection<UUID> ids) {
		return documents.goals(ids);
	}

	@Transactional
	public SteeringDocument add(Actor actor, NewDocument input) {
		requireKeeper(actor);
		FieldChecks checks = new FieldChecks().text("title", input.title(), true, 300)
			.text("issuer", input.issuer(), false, 200)
			.text("description", input.description(), false, 4000)
			.text("source", input.source(), false, 1000);
		if (FieldChecks.clean(input.title()) != null && documents.titleTaken(input.title().trim())) {
			checks.problem("title", "duplicate", "Det finns redan ett styrdokument med den titeln.");
		}
		checks.throwIfAny();
		SteeringDocument document = new SteeringDocument(UUID.randomUUID(), input.title().trim(),
				FieldChecks.clean(input.issuer()), FieldChecks.clean(input.description()), FieldChecks.clean(input.source()),
				List.of(), 0);
		documents.insert(document);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", document.title());
		after.put("issuer", document.issuer());
		after.put("source", document.source());
		audit.recordChange("CREATE", "SteeringDocument", document.id(), null, null, after);
		return documents.byId(document.id()).orElseThrow();
	}

	@Transactional
	public SteeringDocument.Goal addGoal(Actor actor, UUID documentId, NewGoal input) {
		requireKeeper(actor);
		documents.lock(documentId);
		SteeringDocument document = documents.byId(documentId)
			.orElseThrow(() -> new NotFound("steering document", documentId));
		new FieldChecks().text("code", input.code(), false, 40).text("text", input.text(), true, 2000).throwIfAny();
		String code = FieldChecks.clean(input.code());
		if (code != null && document.goals().stream().anyMatch(goal -> code.equalsIgnoreCase(goal.code()))) {
			throw new RuleViolation("governance.rule.goal-code-taken", code);
		}
		SteeringDocument.Goal goal = new SteeringDocument.Goal(UUID.randomUUID(), documentId, code, input.text().trim());
		documents.insert(goal);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("goalId", goal.id().toString());
		after.put("code", goal.code());
		after.put("text", goal.text());
		audit.recordChange("ADD_GOAL", "SteeringDocument", documentId, null, null, after);
		return goal;
	}

	public boolean mayKeep(Actor actor) {
		return policy.allows(actor, Action.EDIT_CITY_WIDE, null) || policy.allows(actor, Action.ADMINISTER, null);
	}

	private void requireReader(Actor actor) {
		if (policy.scope(actor, Action.READ).isEmpty()) {
			throw new Forbidden();
		}
	}

	private void requireKeeper(Actor actor) {
		if (!mayKeep(actor)) {
			throw new Forbidden();
		}
	}
}
