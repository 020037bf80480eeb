package se.samverkan.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.samverkan.audit.AuditTrail;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.CurrentActor;
import se.samverkan.identity.Scope;
import se.samverkan.platform.rules.Forbidden;

/** The latest changes within the user's scope. */
@Controller
class AuditPage {

	private final AuditTrail trail;

	private final AccessPolicy policy;

	AuditPage(AuditTrail trail, AccessPolicy policy) {
		this.trail = trail;
		this.policy = policy;
	}

	@GetMapping("/audit")
	String audit(Model model) {
		Scope scope = policy.scope(CurrentActor.get(), Action.READ_AUDIT);
		if (scope.isEmpty()) {
			throw new Forbidden();
		}
		model.addAttribute("entries", trail.find(null, null, scope.unitIdsOrNull(), 0, 100));
		return "audit/entries";
	}
}
