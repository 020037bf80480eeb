package se.samverkan.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.agreement.internal.LocalAgreementRules;
import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Scope;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.RuleViolation;
import se.samverkan.platform.rules.VersionConflict;

/**
 * Agreements: reading them within the user's scope, drafting and changing local agreements,
 * signing, and new versions. Each step is one transaction with its audit entry.
 */
@Service
public class AgreementManagement {

	private final Agreements agreements;

	private final AccessPolicy policy;

	private final OrganisationDirectory organisation;

	private final AuditLog audit;

	AgreementManagement(Agreements agreements, AccessPolicy policy, OrganisationDirectory organisation, AuditLog audit) {
		this.agreements = agreements;
		this.policy = policy;
		this.organisation = organisation;
		this.audit = audit;
	}

	/** The overarching agreement in force today. */
	@Transactional(readOnly = true)
	public Agreement currentOverarching() {
		return agreements.overarchingOn(LocalDate.now())
			.orElseThrow(() -> NotFound.because("agreement.none-in-force"));
	}

	/** The priority areas of the overarching agreement in force today, in their order. */
	@Transactional(readOnly = true)
	public List<PriorityArea> currentPriorityAreas() {
		return agreements.priorityAreasOf(currentOverarching().id());
	}

	@Transactional(readOnly = true)
	public List<PriorityArea> priorityAreasOf(UUID agreementId) {
		return agreements.priorityAreasOf(agreementId);
	}

	@Transactional(readOnly = true)
	public List<Agreement> find(Actor actor, AgreementKind kind, UUID districtId) {
		Scope scope = policy.scope(actor, Action.READ);
		if (scope.isEmpty() || (districtId != null && !scope.includes(districtId))) {
			throw new Forbidden();
		}
		return agreements.find(kind, districtId, scope.unitIdsOrNull());
	}

	@Transactional(readOnly = true)
	public Agreement get(Actor actor, UUID id) {
		if (policy.scope(actor, Action.READ).isEmpty()) {
			throw new Forbidden();
		}
		Agreement agreement = agreements.byId(id).orElseThrow(() -> new NotFound("agreement", id));
		if (agreement.kind() == AgreementKind.LOCAL) {
			policy.require(actor, Action.READ, agreement.districtId());
		}
		return agreement;
	}

	/**
	 * Drafts a district's local agreement. A district has one agreement line: while one is open or
	 * in force, change comes as a new version of it ({@link #newVersion}).
	 */
	@Transactional
	public Agreement draftLocal(Actor actor, LocalAgreementInput input) {
		mayEdit(actor, input.districtId());
		var checked = new LocalAgreementRules(organisation, currentPriorityAreas()).check(input);
		boolean open = agreements.find(AgreementKind.LOCAL, input.districtId(), null)
			.stream()
			.anyMatch(existing -> existing.status() != AgreementStatus.SUPERSEDED);
		if (open) {
			throw new RuleViolation("agreement.rule.district-has-agreement");
		}
		Agreement agreement = Agreement.draftLocal(input.title().trim(), input.districtId(), checked.partyUnits(),
				input.validFrom(), input.validTo(), checked.focusAreas(), checked.notAddressed(), null);
		agreements.insert(agreement);
		audit.recordChange("CREATE", "Agreement", agreement.id(), agreement.districtId(), null, snapshot(agreement));
		return agreements.byId(agreement.id()).orElseThrow();
	}

	/** Changes a local agreement that is not yet signed by all; given signatures are voided. */
	@Transactional
	public Agreement revise(Actor actor, UUID id, int version, LocalAgreementInput input) {
		Agreement agreement = agreements.byId(id).orElseThrow(() -> new NotFound("agreement", id));
		if (agreement.kind() != AgreementKind.LOCAL) {
			policy.require(actor, Action.EDIT_CITY_WIDE, null);
			throw new RuleViolation("agreement.rule.overarching-fixed");
		}
		mayEdit(actor, agreement.districtId());
		var sameDistrict = new LocalAgreementInput(input.title(), agreement.districtId(), input.partyUnitIds(),
				input.validFrom(), input.validTo(), input.focusAreas(), input.notAddressed());
		var checked = new LocalAgreementRules(organisation, priorityAreasFor(agreement)).check(sameDistrict);
		if (version != agreement.version()) {
			throw new VersionConflict("överenskommelsen");
		}
		Map<String, Object> before = snapshot(agreement);
		agreement.revise(input.title().trim(), checked.partyUnits(), input.validFrom(), input.validTo(),
				checked.focusAreas(), checked.notAddressed());
		agreements.update(agreement);
		audit.recordChange("UPDATE", "Agreement", id, agreement.districtId(), before, snapshot(agreement));
		return agreements.byId(id).orElseThrow();
	}

	/**
	 * Signs for the actor's own party. For a local agreement the actor must work with the district
	 * (a local coordinator or steering group member in scope); the overarching agreement is signed
	 * centrally.
	 */
	@Transactional
	public Agreement sign(Actor actor, UUID id, String forParty) {
		Agreement agreement = agreements.byId(id).orElseThrow(() -> new NotFound("agreement", id));
		if (agreement.kind() == AgreementKind.LOCAL) {
			policy.require(actor, Action.SIGN_LOCAL_AGREEMENT, agreement.districtId());
		}
		else {
			policy.require(actor, Action.EDIT_CITY_WIDE, null);
		}
		if (forParty != null && !forParty.equals(actor.party())) {
			throw new Forbidden();
		}
		Map<String, Object> before = snapshot(agreement);
		agreement.signFor(actor.party(), actor.displayName(), actor.username(), OffsetDateTime.now(),
				priorityAreasFor(agreement));
		agreements.update(agreement);
		audit.recordChange("SIGN", "Agreement", id, agreement.districtId(), before, snapshot(agreement));
		if (agreement.status() == AgreementStatus.SIGNED && agreement.supersedesId() != null) {
			agreements.byId(agreement.supersedesId()).ifPresent(old -> {
				Map<String, Object> oldBefore = snapshot(old);
				old.supersede();
				agreements.update(old);
				audit.recordChange("SUPERSEDE", "Agreement", old.id(), old.districtId(), oldBefore, snapshot(old));
			});
		}
		return agreements.byId(id).orElseThrow();
	}

	/** A new draft version of a signed local agreement, with its content, to be signed anew. */
	@Transactional
	public Agreement newVersion(Actor actor, UUID id) {
		Agreement signed = agreements.byId(id).orElseThrow(() -> new NotFound("agreement", id));
		if (signed.kind() != AgreementKind.LOCAL) {
			policy.require(actor, Action.EDIT_CITY_WIDE, null);
			throw new RuleViolation("agreement.rule.overarching-fixed");
		}
		mayEdit(actor, signed.districtId());
		if (signed.status() != AgreementStatus.SIGNED) {
			throw new RuleViolation("agreement.rule.version-of-signed-only");
		}
		boolean draftExists = agreements.find(AgreementKind.LOCAL, signed.districtId(), null)
			.stream()
			.anyMatch(other -> id.equals(other.supersedesId()) && other.status() != AgreementStatus.SUPERSEDED);
		if (draftExists) {
			throw new RuleViolation("agreement.rule.version-exists");
		}
		Agreement draft = Agreement.draftLocal(signed.title(), signed.districtId(), signed.partyUnitParties(),
				LocalDate.now().isAfter(signed.validFrom()) ? LocalDate.now() : signed.validFrom(), signed.validTo(),
				signed.focusAreas().stream().map(f -> new FocusArea(UUID.randomUUID(), f.title(), f.priorityAreaId(), f.description())).toList(),
				signed.notAddressed(), signed.id());
		agreements.insert(draft);
		audit.recordChange("CREATE_VERSION", "Agreement", draft.id(), draft.districtId(), null, snapshot(draft));
		return agreements.byId(draft.id()).orElseThrow();
	}

	private List<PriorityArea> priorityAreasFor(Agreement agreement) {
		return agreement.kind() == AgreementKind.OVERARCHING ? agreements.priorityAreasOf(agreement.id())
				: currentPriorityAreas();
	}

	/** Local coordinators of the district (either party) and central coordinators may edit. */
	private void mayEdit(Actor actor, UUID districtId) {
		if (!policy.allows(actor, Action.EDIT_LOCAL, districtId) && !policy.allows(actor, Action.EDIT_CITY_WIDE, null)) {
			throw new Forbidden();
		}
	}

	static Map<String, Object> snapshot(Agreement agreement) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("title", agreement.title());
		snapshot.put("status", agreement.status().name());
		snapshot.put("validFrom", String.valueOf(agreement.validFrom()));
		snapshot.put("validTo", agreement.validTo() == null ? null : agreement.validTo().toString());
		snapshot.put("partyUnitIds", agreement.partyUnitIds().stream().map(UUID::toString).toList());
		snapshot.put("focusAreas", agreement.focusAreas().stream().map(focus -> {
			Map<String, Object> area = new LinkedHashMap<>();
			area.put("title", focus.title());
			area.put("priorityAreaId", focus.priorityAreaId().toString());
			area.put("description", focus.description());
			return area;
		}).toList());
		snapshot.put("notAddressed", agreement.notAddressed()
			.stream()
			.map(reason -> Map.of("priorityAreaId", reason.priorityAreaId().toString(), "reason", reason.reason()))
			.toList());
		snapshot.put("signatures", agreement.signatures().stream().map(Signature::party).toList());
		snapshot.put("supersedesId", agreement.supersedesId() == null ? null : agreement.supersedesId().toString());
		return snapshot;
	}
}
