package se.samverkan.identity.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.audit.AuditEntry;
import se.samverkan.audit.AuditTrail;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.identity.Scope;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.web.PageOf;

/**
 * The audit log, within the caller's scope. Asking for an entity or unit outside the scope is
 * refused (403) rather than answered with an empty list, so the refusal is visible.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Audit")
class AuditController {

	private final AuditTrail trail;

	private final AccessPolicy policy;

	private final JsonMapper json;

	AuditController(AuditTrail trail, AccessPolicy policy, JsonMapper json) {
		this.trail = trail;
		this.policy = policy;
		this.json = json;
	}

	record Entry(OffsetDateTime at, String username, String action, String entityType, UUID entityId, UUID unitId,
			JsonNode changes) {
	}

	@GetMapping("/audit")
	List<Entry> audit(@RequestParam(required = false) UUID entityId, @RequestParam(required = false) UUID unitId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		Actor actor = CurrentActor.get();
		Scope scope = policy.scope(actor, Action.READ_AUDIT);
		if (scope.isEmpty() || (unitId != null && !scope.includes(unitId))) {
			throw new Forbidden();
		}
		if (entityId != null && !scope.everything()) {
			Set<UUID> units = trail.unitsOfEntity(entityId);
			if (!units.isEmpty() && !scope.unitIds().containsAll(units)) {
				throw new Forbidden();
			}
		}
		return trail.find(entityId, unitId, scope.unitIdsOrNull(), Math.max(page, 0), PageOf.checkedSize(size))
			.stream()
			.map(this::entry)
			.toList();
	}

	private Entry entry(AuditEntry entry) {
		return new Entry(entry.at(), entry.username(), entry.action(), entry.entityType(), entry.entityId(),
				entry.unitId(), json.readTree(entry.changes()));
	}
}
