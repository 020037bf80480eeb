package se.samverkan.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

	private final RevisionManagement revisions;

	private final PriorityAreaHistory history;

	private final SituationPictureReferences pictures;

	AgreementManagement(Agreements agreements, AccessPolicy policy, OrganisationDirectory organisation, AuditLog audit,
			RevisionManagement revisions, PriorityAreaHistory history, SituationPictureReferences pictures) {
		this.pictures = pictures;
		this.revisions = revisions;
		this.history = history;
		this.agreements = agreements;
		this.policy = policy;
		this.organisation = organisation;
		this.audit = audit;
	}

	/**
	 * The overarching agreement the parties work under: the signed one. A revision signed ahead of its
	 * start date is the one new work follows (its areas are the ones to plan by); until then the
	 * superseded one stays readable as the one in force on earlier dates.
	 */
	@Transactional(readOnly = true)
	public Agreement currentOverarching() {
		return agreements.currentSigned()
			.or(() -> agreements.overarchingOn(LocalDate.now()))
			.orElseThrow(() -> NotFound.because("agreement.none-in-force"));
	}

	/** The name of every priority area of every agreement, so that items of earlier years keep theirs. */
	@Transactional(readOnly = true)
	public Map<UUID, String> priorityAreaNames() {
		Map<UUID, String> names = new LinkedHashMap<>();
		agreements.allPriorityAreas().forEach(area -> names.put(area.id(), area.name()));
		return names;
	}

	/** The priority areas of the overarching agreement in force in a year (for plans of that year). */
	@Transactional(readOnly = true)
	public List<PriorityArea> priorityAreasOfYear(int year) {
		return history.areasOfYear(year);
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
	 * The focus areas of every local agreement of the district, current and earlier versions (for
	 * the golden thread; scope checked by the caller).
	 */
	@Transactional(readOnly = true)
	public List<FocusAreaReference> focusAreasOfDistrict(UUID districtId) {
		return agreements.find(AgreementKind.LOCAL, districtId, null)
			.stream()
			.flatMap(agreement -> agreement.focusAreas()
				.stream()
				.map(focus -> new FocusAreaReference(focus.id(), focus.title(), focus.priorityAreaId(), agreement.id(),
						agreement.districtId(), focus.continuesId(), agreement.status())))
			.toList();
	}

	/** A focus area of any local agreement, by id. */
	@Transactional(readOnly = true)
	public java.util.Optional<FocusAreaReference> focusArea(UUID id) {
		return agreements.find(AgreementKind.LOCAL, null, null)
			.stream()
			.flatMap(agreement -> agreement.focusAreas()
				.stream()
				.filter(focus -> focus.id().equals(id))
				.map(focus -> new FocusAreaReference(focus.id(), focus.title(), focus.priorityAreaId(), agreement.id(),
						agreement.districtId(), focus.continuesId(), agreement.status())))
			.findFirst();
	}

	/**
	 * The district's local agreement the golden thread starts at: the one signed and in force, else
	 * the newest not superseded; empty when the district has none.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Agreement> localAgreementOf(UUID districtId) {
		List<Agreement> all = agreements.find(AgreementKind.LOCAL, districtId, null);
		return all.stream()
			.filter(agreement -> agreement.status() == AgreementStatus.SIGNED)
			.findFirst()
			.or(() -> all.stream().filter(agreement -> agreement.status() != AgreementStatus.SUPERSEDED).findFirst());
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
		UUID picture = checkedPicture(input.situationPictureId(), input.districtId());
		Agreement agreement = Agreement.draftLocal(input.title().trim(), input.districtId(), checked.partyUnits(),
				input.validFrom(), input.validTo(), checked.focusAreas(), checked.notAddressed(), null);
		agreement.restsOn(picture);
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
		var checked = new LocalAgreementRules(organisation, priorityAreasFor(agreement), agreement.focusAreas())
			.check(sameDistrict);
		UUID picture = checkedPicture(input.situationPictureId(), agreement.districtId());
		if (version != agreement.version()) {
			throw new VersionConflict("överenskommelsen");
		}
		Map<String, Object> before = snapshot(agreement);
		agreement.revise(input.title().trim(), checked.partyUnits(), input.validFrom(), input.validTo(),
				checked.focusAreas(), checked.notAddressed());
		agreement.restsOn(picture);
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
		if (agreement.kind() == AgreementKind.OVERARCHING && agreement.supersedesId() != null) {
			revisions.requireRequestsDecided(agreement);
		}
		Map<String, Object> before = snapshot(agreement);
		agreement.signFor(actor.party(), actor.displayName(), actor.username(), OffsetDateTime.now(),
				priorityAreasFor(agreement));
		agreements.update(agreement);
		audit.recordChange("SIGN", "Agreement", id, agreement.districtId(), before, snapshot(agreement));
		if (agreement.status() == AgreementStatus.SIGNED && agreement.supersedesId() != null
				&& agreement.kind() == AgreementKind.OVERARCHING) {
			agreements.byId(agreement.supersedesId()).ifPresent(old -> revisions.takeEffect(agreement, old));
		}
		else if (agreement.status() == AgreementStatus.SIGNED && agreement.supersedesId() != null) {
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
		AreaCarrier carrier = new AreaCarrier(currentPriorityAreas());
		Agreement draft = Agreement.draftLocal(signed.title(), signed.districtId(), signed.partyUnitParties(),
				LocalDate.now().isAfter(signed.validFrom()) ? LocalDate.now() : signed.validFrom(), signed.validTo(),
				carrier.focusAreas(signed.focusAreas()), carrier.reasons(signed.notAddressed(), carrier.focusAreas(signed.focusAreas())),
				signed.id());
		draft.restore(null, signed.situationPictureId());
		agreements.insert(draft);
		audit.recordChange("CREATE_VERSION", "Agreement", draft.id(), draft.districtId(), null, snapshot(draft));
		return agreements.byId(draft.id()).orElseThrow();
	}

	/**
	 * Carries a local agreement's focus areas and reasons into a new version under the current
	 * priority areas: an area of a superseded agreement becomes the current area it continues (the
	 * first, if it was split); what rests on a retired area is left out, to be written anew.
	 */
	private final class AreaCarrier {

		private final Set<UUID> current;

		private final Map<UUID, PriorityAreaHistory.AreaInHistory> all;

		private final UUID currentAgreement;

		AreaCarrier(List<PriorityArea> currentAreas) {
			this.current = new java.util.HashSet<>(currentAreas.stream().map(PriorityArea::id).toList());
			this.all = history.all();
			this.currentAgreement = currentOverarching().id();
		}

		private UUID carried(UUID areaId) {
			if (current.contains(areaId)) {
				return areaId;
			}
			return history.counterparts(areaId, currentAgreement, all)
				.stream()
				.min(java.util.Comparator.comparingInt(id -> all.get(id).area().ordinal()))
				.orElse(null);
		}

		List<FocusArea> focusAreas(List<FocusArea> earlier) {
			List<FocusArea> carried = new java.util.ArrayList<>();
			for (FocusArea focus : earlier) {
				UUID area = carried(focus.priorityAreaId());
				if (area != null) {
					carried.add(new FocusArea(UUID.randomUUID(), focus.title(), area, focus.description(), focus.id()));
				}
			}
			return carried;
		}

		/** The reasons carried, except for an area that a carried focus area now covers. */
		List<NotAddressed> reasons(List<NotAddressed> earlier, List<FocusArea> focus) {
			Map<UUID, NotAddressed> carried = new LinkedHashMap<>();
			Set<UUID> covered = new java.util.HashSet<>(focus.stream().map(FocusArea::priorityAreaId).toList());
			for (NotAddressed reason : earlier) {
				UUID area = carried(reason.priorityAreaId());
				if (area != null && !covered.contains(area)) {
					carried.putIfAbsent(area, new NotAddressed(area, reason.reason()));
				}
			}
			return List.copyOf(carried.values());
		}
	}

	/**
	 * The situation picture a local agreement's focus areas rest on: one of the district's own (the
	 * seed: local agreements set their areas from the local situation picture), or none.
	 */
	private UUID checkedPicture(UUID pictureId, UUID districtId) {
		if (pictureId == null) {
			return null;
		}
		var picture = pictures.find(pictureId);
		if (picture.isEmpty() || !java.util.Objects.equals(picture.get().districtId(), districtId)) {
			throw se.samverkan.platform.rules.InvalidInput.of("situationPictureId", "unknown",
					"Välj en av stadsdelsområdets lägesbilder.");
		}
		return pictureId;
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
		snapshot.put("situationPictureId", agreement.situationPictureId() == null ? null : agreement.situationPictureId().toString());
		snapshot.put("revisionNeededFor", agreement.revisionNeededFor() == null ? null : agreement.revisionNeededFor().toString());
		snapshot.put("supersedesId", agreement.supersedesId() == null ? null : agreement.supersedesId().toString());
		return snapshot;
	}
}
