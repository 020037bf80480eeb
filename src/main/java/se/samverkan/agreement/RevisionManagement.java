package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.RuleViolation;
import se.samverkan.platform.rules.VersionConflict;

/**
 * The four-year revision of the overarching agreement (the seed: "revidering av överenskommelsen
 * ska ske vart fjärde år"). A central coordinator of either party starts it: a draft agreement
 * that will supersede the one in force, with its priority areas added, renamed or retired and what
 * each continues. It goes on a referral round with the draft as its subject; the answers' requests
 * are decided; both parties' central coordinators sign it, and then it supersedes the old agreement
 * and every local agreement needs revision.
 */
@Service
public class RevisionManagement {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

	private final Agreements agreements;

	private final ReferralRounds rounds;

	private final AccessPolicy policy;

	private final AuditLog audit;

	RevisionManagement(Agreements agreements, ReferralRounds rounds, AccessPolicy policy, AuditLog audit) {
		this.agreements = agreements;
		this.rounds = rounds;
		this.policy = policy;
		this.audit = audit;
	}

	/** A priority area as the revision writes it: {@code mapsFrom} the codes of the earlier areas it continues. */
	public record RevisionArea(String code, String name, String nameEn, String description, List<String> mapsFrom) {
	}

	/** The draft's text; each may be left out when starting (the old agreement's, or its next period). */
	public record RevisionInput(String title, String goal, LocalDate validFrom, LocalDate validTo,
			List<RevisionArea> priorityAreas) {
	}

	/** What became of an area of the agreement being revised. */
	public enum Fate {
		KEPT, RENAMED, MERGED, SPLIT, RETIRED
	}

	public record AreaChange(UUID areaId, String code, String name, Fate fate, List<String> mapsTo) {
	}

	/**
	 * Starts the revision of the overarching agreement in force: a draft copying its parties, goal
	 * and areas (each continuing itself), valid from the day after the revision is due. One open
	 * revision at a time (409).
	 */
	@Transactional
	public Agreement start(Actor actor, UUID currentId, RevisionInput input) {
		policy.require(actor, Action.EDIT_CITY_WIDE, null);
		Agreement current = agreements.byId(currentId).orElseThrow(() -> new NotFound("agreement", currentId));
		if (current.kind() != AgreementKind.OVERARCHING || current.status() != AgreementStatus.SIGNED) {
			throw new RuleViolation("agreement.rule.revise-current-only");
		}
		if (agreements.openRevisionOf(currentId).isPresent()) {
			throw new RuleViolation("agreement.rule.revision-open");
		}
		RevisionInput given = input == null ? new RevisionInput(null, null, null, null, null) : input;
		List<PriorityArea> oldAreas = agreements.priorityAreasOf(currentId);
		RevisionInput filled = new RevisionInput(given.title() != null ? given.title() : current.title(),
				given.goal() != null ? given.goal() : current.goal(),
				given.validFrom() != null ? given.validFrom() : current.nextRevisionDue().plusDays(1), given.validTo(),
				given.priorityAreas() != null ? given.priorityAreas()
						: oldAreas.stream()
							.map(area -> new RevisionArea(area.code(), area.name(), area.nameEn(), area.description(),
									List.of(area.code())))
							.toList());
		Checked checked = check(filled, current, oldAreas);
		Agreement draft = new Agreement(UUID.randomUUID(), AgreementKind.OVERARCHING, checked.title(), checked.goal(), null,
				current.partyUnitParties(), filled.validFrom(), filled.validTo(), current.revisionIntervalYears(),
				AgreementStatus.DRAFT, current.id(), List.of(), List.of(), List.of(), 0);
		agreements.insert(draft);
		agreements.replacePriorityAreas(draft.id(), checked.areas(), checked.mapsFrom());
		audit.recordChange("START_REVISION", "Agreement", draft.id(), null, null, snapshot(draft));
		audit.recordChange("REVISION_STARTED", "Agreement", current.id(), null, null,
				Map.of("revisionId", draft.id().toString()));
		return agreements.byId(draft.id()).orElseThrow();
	}

	/** Changes the draft (its text, validity and areas) with the version read; given signatures are voided. */
	@Transactional
	public Agreement revise(Actor actor, UUID draftId, Integer version, RevisionInput input) {
		policy.require(actor, Action.EDIT_CITY_WIDE, null);
		Agreement draft = agreements.byId(draftId).orElseThrow(() -> new NotFound("agreement", draftId));
		if (draft.kind() != AgreementKind.OVERARCHING || draft.supersedesId() == null) {
			throw new RuleViolation("agreement.rule.overarching-fixed");
		}
		Agreement current = agreements.byId(draft.supersedesId()).orElseThrow();
		RevisionInput given = input == null ? new RevisionInput(null, null, null, null, null) : input;
		FieldChecks checks = new FieldChecks().required("version", version, "Skicka med den version du läste.");
		if (given.priorityAreas() == null) {
			checks.problem("priorityAreas", "required", "Ange de prioriterade samverkansområdena.");
		}
		checks.throwIfAny();
		Checked checked = check(given, current, agreements.priorityAreasOf(current.id()));
		if (draft.status() == AgreementStatus.SIGNED || draft.status() == AgreementStatus.SUPERSEDED) {
			throw new RuleViolation("agreement.rule.signed-is-fixed");
		}
		if (version != draft.version()) {
			throw new VersionConflict("överenskommelsen");
		}
		Map<String, Object> before = snapshot(draft);
		draft.reviseOverarching(checked.title(), checked.goal(), given.validFrom(), given.validTo());
		agreements.update(draft);
		agreements.replacePriorityAreas(draftId, checked.areas(), checked.mapsFrom());
		audit.recordChange("UPDATE", "Agreement", draftId, null, before, snapshot(draft));
		return agreements.byId(draftId).orElseThrow();
	}

	/**
	 * Refuses signing a revision while a request in an answer to a referral round on it is
	 * undecided: the parties sign what they have weighed every answer against.
	 */
	@Transactional(readOnly = true)
	public void requireRequestsDecided(Agreement revision) {
		long undecided = rounds.undecidedRequestsOn(revision.id());
		if (undecided > 0) {
			throw new RuleViolation("agreement.rule.requests-undecided", undecided);
		}
	}

	/**
	 * Once a revision is signed: the old agreement ends the day before the new one begins, and every
	 * local agreement not yet superseded needs revision (its focus areas rest on the old areas).
	 */
	@Transactional
	public void takeEffect(Agreement signed, Agreement old) {
		Map<String, Object> before = snapshot(old);
		old.supersede();
		old.endBefore(signed.validFrom());
		agreements.update(old);
		audit.recordChange("SUPERSEDE", "Agreement", old.id(), null, before, snapshot(old));
		for (Agreement local : agreements.openLocal()) {
			Map<String, Object> localBefore = new LinkedHashMap<>();
			localBefore.put("revisionNeededFor", local.revisionNeededFor() == null ? null : local.revisionNeededFor().toString());
			local.markRevisionNeeded(signed.id());
			agreements.update(local);
			audit.recordChange("REVISION_NEEDED", "Agreement", local.id(), local.districtId(), localBefore,
					Map.of("revisionNeededFor", signed.id().toString()));
		}
	}

	/** What became of each area of the agreement a revision supersedes. */
	@Transactional(readOnly = true)
	public List<AreaChange> changes(Agreement revision) {
		if (revision.supersedesId() == null) {
			return List.of();
		}
		List<PriorityArea> oldAreas = agreements.priorityAreasOf(revision.supersedesId());
		List<PriorityArea> newAreas = agreements.priorityAreasOf(revision.id());
		Map<UUID, List<UUID>> mapsFrom = agreements.mapsFrom();
		List<AreaChange> changes = new ArrayList<>();
		for (PriorityArea old : oldAreas) {
			List<PriorityArea> successors = newAreas.stream()
				.filter(area -> mapsFrom.getOrDefault(area.id(), List.of()).contains(old.id()))
				.toList();
			Fate fate;
			if (successors.isEmpty()) {
				fate = Fate.RETIRED;
			}
			else if (successors.size() > 1) {
				fate = Fate.SPLIT;
			}
			else if (mapsFrom.get(successors.get(0).id()).size() > 1) {
				fate = Fate.MERGED;
			}
			else {
				PriorityArea successor = successors.get(0);
				fate = successor.code().equals(old.code()) && successor.name().equals(old.name()) ? Fate.KEPT : Fate.RENAMED;
			}
			changes.add(new AreaChange(old.id(), old.code(), old.name(), fate,
					successors.stream().map(PriorityArea::code).toList()));
		}
		return changes;
	}

	/** For each area of the agreement, the codes of the earlier areas it continues. */
	@Transactional(readOnly = true)
	public Map<UUID, List<String>> mapsFromCodes(UUID agreementId) {
		Map<UUID, String> codes = new HashMap<>();
		agreements.allPriorityAreas().forEach(area -> codes.put(area.id(), area.code()));
		Map<UUID, List<UUID>> mapsFrom = agreements.mapsFrom();
		Map<UUID, List<String>> result = new HashMap<>();
		for (PriorityArea area : agreements.priorityAreasOf(agreementId)) {
			result.put(area.id(), mapsFrom.getOrDefault(area.id(), List.of()).stream().map(codes::get).sorted().toList());
		}
		return result;
	}

	/** The open revision of the agreement, if any (for the pages). */
	@Transactional(readOnly = true)
	public java.util.Optional<Agreement> openRevisionOf(UUID agreementId) {
		return agreements.openRevisionOf(agreementId);
	}

	public boolean mayRevise(Actor actor) {
		return policy.allows(actor, Action.EDIT_CITY_WIDE, null);
	}

	private record Checked(String title, String goal, List<PriorityArea> areas, Map<String, List<UUID>> mapsFrom) {
	}

	private Checked check(RevisionInput input, Agreement current, List<PriorityArea> oldAreas) {
		FieldChecks checks = new FieldChecks().noNulls("priorityAreas", input.priorityAreas())
			.text("title", input.title(), true, 300)
			.text("goal", input.goal(), false, 2000)
			.required("validFrom", input.validFrom(), "Ange från vilket datum överenskommelsen gäller.")
			.notBefore("validTo", input.validTo(), input.validFrom(), "Slutdatum kan inte ligga före startdatum.");
		if (input.validFrom() != null && !input.validFrom().isAfter(current.validFrom())) {
			checks.problem("validFrom", "date-order", "Den nya överenskommelsen börjar gälla efter den den ersätter ("
					+ current.validFrom() + ").");
		}
		Map<String, UUID> oldByCode = new HashMap<>();
		oldAreas.forEach(area -> oldByCode.put(area.code(), area.id()));
		List<RevisionArea> given = input.priorityAreas() == null ? List.of()
				: input.priorityAreas().stream().filter(java.util.Objects::nonNull).toList();
		if (given.isEmpty()) {
			checks.problem("priorityAreas", "required", "Överenskommelsen behöver minst ett prioriterat samverkansområde.");
		}
		Set<String> codes = new HashSet<>();
		List<PriorityArea> areas = new ArrayList<>();
		Map<String, List<UUID>> mapsFrom = new LinkedHashMap<>();
		for (int i = 0; i < given.size(); i++) {
			RevisionArea area = given.get(i);
			String field = "priorityAreas[" + i + "]";
			String code = FieldChecks.clean(area.code());
			checks.text(field + ".name", area.name(), true, 200)
				.text(field + ".nameEn", area.nameEn(), true, 200)
				.text(field + ".description", area.description(), false, 4000)
				.noNulls(field + ".mapsFrom", area.mapsFrom());
			if (code == null) {
				checks.problem(field + ".code", "required", "Ange områdets kod.");
			}
			else if (!CODE.matcher(code).matches()) {
				checks.problem(field + ".code", "format", "Koden skrivs med versaler, siffror och understreck (t.ex. UNSAFE_PLACES).");
			}
			else if (!codes.add(code)) {
				checks.problem(field + ".code", "duplicate", "Två områden har samma kod.");
			}
			List<UUID> from = new ArrayList<>();
			for (String earlier : area.mapsFrom() == null ? List.<String>of() : area.mapsFrom()) {
				if (earlier == null) {
					continue;
				}
				UUID id = oldByCode.get(earlier.trim());
				if (id == null) {
					checks.problem(field + ".mapsFrom", "unknown", "Den gällande överenskommelsen har inget område med koden "
							+ earlier + ".");
				}
				else if (!from.contains(id)) {
					from.add(id);
				}
			}
			if (code != null) {
				mapsFrom.put(code, from);
				areas.add(new PriorityArea(UUID.randomUUID(), code, FieldChecks.clean(area.name()),
						FieldChecks.clean(area.nameEn()), FieldChecks.clean(area.description()), i + 1));
			}
		}
		checks.throwIfAny();
		return new Checked(input.title().trim(), FieldChecks.clean(input.goal()), areas, mapsFrom);
	}

	private Map<String, Object> snapshot(Agreement agreement) {
		Map<String, Object> snapshot = AgreementManagement.snapshot(agreement);
		snapshot.put("goal", agreement.goal());
		snapshot.put("supersedesId", agreement.supersedesId() == null ? null : agreement.supersedesId().toString());
		Map<UUID, List<String>> mapsFrom = mapsFromCodes(agreement.id());
		snapshot.put("priorityAreas", agreements.priorityAreasOf(agreement.id())
			.stream()
			.map(area -> Map.of("code", area.code(), "name", area.name(), "mapsFrom",
					mapsFrom.getOrDefault(area.id(), List.of())))
			.toList());
		return snapshot;
	}
}
