package se.samverkan.governance;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.organisation.Partner;
import se.samverkan.organisation.PartnerKind;
import se.samverkan.organisation.PartnerRegister;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.InvalidInput;

/**
 * The partner register (the one in the organisation module, which also holds partners' staff) as
 * plans use it: the responsible bodies beyond the two parties that activities name, chosen from the
 * register rather than written as free text. Every reader sees it; central coordinators and system
 * administrators add to it.
 */
@Service
public class PartnerDirectory {

	private final PartnerRegister register;

	private final AccessPolicy policy;

	PartnerDirectory(PartnerRegister register, AccessPolicy policy) {
		this.register = register;
		this.policy = policy;
	}

	@Transactional(readOnly = true)
	public List<Partner> all(Actor actor, boolean activeOnly) {
		if (policy.scope(actor, Action.READ).isEmpty()) {
			throw new Forbidden();
		}
		return register.all(activeOnly);
	}

	@Transactional
	public Partner register(Actor actor, String name, String kind) {
		if (!mayRegister(actor)) {
			throw new Forbidden();
		}
		PartnerKind chosen = null;
		if (kind != null && !kind.isBlank()) {
			try {
				chosen = PartnerKind.valueOf(kind.trim());
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInput.of("kind", "invalid", "Okänd sorts organisation.");
			}
		}
		return register.register(name, chosen);
	}

	public boolean mayRegister(Actor actor) {
		return policy.allows(actor, Action.EDIT_CITY_WIDE, null) || policy.allows(actor, Action.ADMINISTER, null);
	}
}
