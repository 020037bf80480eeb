package se.samverkan.situation;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.RuleViolation;

/** Observation categories are reference data: administrators and central coordinators edit them. */
@Service
public class CategoryManagement {

	private final ObservationCategories categories;

	private final AgreementManagement agreements;

	private final AccessPolicy policy;

	private final AuditLog audit;

	CategoryManagement(ObservationCategories categories, AgreementManagement agreements, AccessPolicy policy,
			AuditLog audit) {
		this.categories = categories;
		this.agreements = agreements;
		this.policy = policy;
		this.audit = audit;
	}

	@Transactional
	public ObservationCategory save(Actor actor, ObservationCategory input, boolean create) {
		if (!policy.allows(actor, Action.ADMINISTER, null) && !policy.allows(actor, Action.EDIT_CITY_WIDE, null)) {
			throw new se.samverkan.platform.rules.Forbidden();
		}
		var checks = new FieldChecks().text("code", input.code(), true, 40)
			.text("name", input.name(), true, 200)
			.text("nameEn", input.nameEn(), true, 200)
			.noNulls("policeEventTypes", input.policeEventTypes());
		List<String> types = input.policeEventTypes() == null ? List.of() : input.policeEventTypes();
		for (int i = 0; i < types.size(); i++) {
			checks.text("policeEventTypes[" + i + "]", types.get(i), true, 100);
		}
		if (input.code() != null && !input.code().matches("[A-Z][A-Z0-9_]*")) {
			checks.problem("code", "format", "Koden skrivs med versaler, siffror och understreck.");
		}
		List<String> areas = agreements.currentPriorityAreas().stream().map(PriorityArea::code).toList();
		if (!areas.contains(input.priorityAreaCode())) {
			checks.problem("priorityAreaCode", "unknown", "Välj ett av de prioriterade samverkansområdena.");
		}
		checks.throwIfAny();
		ObservationCategory clean = new ObservationCategory(input.code(), input.name().trim(), input.nameEn().trim(),
				input.priorityAreaCode(), input.policeEventTypes() == null ? List.of() : input.policeEventTypes(),
				input.ordinal(), input.version());
		var existing = categories.byCode(input.code());
		if (create) {
			if (existing.isPresent()) {
				throw new RuleViolation("observation.rule.category-exists", input.code());
			}
			categories.insert(clean);
			audit.recordChange("CREATE", "ObservationCategory", null, null, null, snapshot(clean));
		}
		else {
			var before = existing.orElseThrow(() -> new NotFound("category", input.code()));
			categories.update(clean);
			audit.recordChange("UPDATE", "ObservationCategory", null, null, snapshot(before), snapshot(clean));
		}
		return categories.byCode(input.code()).orElseThrow();
	}

	private static Map<String, Object> snapshot(ObservationCategory category) {
		return Map.of("code", category.code(), "name", category.name(), "nameEn", category.nameEn(),
				"priorityAreaCode", category.priorityAreaCode(), "policeEventTypes", category.policeEventTypes(),
				"ordinal", category.ordinal());
	}
}
