package se.samverkan.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Scope;
import se.samverkan.indicator.IndicatorManagement;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.NotFound;

/**
 * Problems and their root cause analyses: read within the user's scope, registered and analysed by
 * the district's local coordinators (of either party) or central coordinators. Each change is one
 * transaction with its audit entry.
 */
@Service
public class ProblemManagement {

	private final Problems problems;

	private final AccessPolicy policy;

	private final OrganisationDirectory organisation;

	private final AgreementManagement agreements;

	private final AuditLog audit;

	private final se.samverkan.situation.Places places;

	private final EvidenceCheck evidenceCheck;

	private final IndicatorManagement indicators;

	ProblemManagement(Problems problems, AccessPolicy policy, OrganisationDirectory organisation,
			AgreementManagement agreements, AuditLog audit, se.samverkan.situation.Places places,
			EvidenceCheck evidenceCheck, IndicatorManagement indicators) {
		this.indicators = indicators;
		this.places = places;
		this.evidenceCheck = evidenceCheck;
		this.problems = problems;
		this.policy = policy;
		this.organisation = organisation;
		this.agreements = agreements;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Problem> find(Actor actor, UUID districtId) {
		Scope scope = policy.scope(actor, Action.READ);
		if (districtId != null && !scope.includes(districtId)) {
			throw new Forbidden();
		}
		return problems.find(districtId, scope.unitIdsOrNull());
	}

	/** A problem the actor may read: a district's within scope; a city-wide one for every reader. */
	@Transactional(readOnly = true)
	public Problem get(Actor actor, UUID id) {
		Problem problem = problems.byId(id).orElseThrow(() -> new NotFound("problem", id));
		if (problem.isCityWide()) {
			if (policy.scope(actor, Action.READ).isEmpty()) {
				throw new Forbidden();
			}
		}
		else {
			policy.require(actor, Action.READ, problem.districtId());
		}
		return problem;
	}

	/** The city-wide problems, for the city's golden thread (scope checked by the caller). */
	@Transactional(readOnly = true)
	public List<Problem> cityWideProblems() {
		return problems.cityWide();
	}

	/** A district's problems for other modules (the golden thread), scope checked by the caller. */
	@Transactional(readOnly = true)
	public List<Problem> problemsOf(UUID districtId) {
		return problems.find(districtId, null);
	}

	/**
	 * The causes among these that the actor may read: those of problems in the districts the actor
	 * reads. An activity of the city-wide plan may act on any district's causes, and every reader
	 * sees that plan, but a cause's text is its district's analysis.
	 */
	@Transactional(readOnly = true)
	public List<Cause> causes(Actor actor, Collection<UUID> ids) {
		Scope scope = policy.scope(actor, Action.READ);
		return scope.isEmpty() ? List.of() : problems.causes(ids, scope.unitIdsOrNull());
	}

	/** For each of these causes that exists, the district of its problem (activities may act on them). */
	@Transactional(readOnly = true)
	public Map<UUID, UUID> districtsOfCauses(Collection<UUID> ids) {
		return problems.districtsOfCauses(ids);
	}

	@Transactional
	public Problem register(Actor actor, ProblemInput input) {
		FieldChecks checks = new FieldChecks();
		List<UUID> placeIds = checkProblem(actor, input, checks);
		checks.throwIfAny();
		List<Evidence> evidence = input.evidence() == null ? List.of() : input.evidence();
		Problem problem = new Problem(UUID.randomUUID(), input.districtId(), input.priorityAreaId(),
				input.title().trim(), FieldChecks.clean(input.description()), input.priority(),
				FieldChecks.clean(input.sources()), placeIds, evidence.stream().distinct().toList(), List.of(), 0,
				input.focusAreaId());
		problems.insert(problem, actor.username());
		audit.recordChange("CREATE", "Problem", problem.id(), problem.districtId(), null, snapshot(problem));
		return problems.byId(problem.id()).orElseThrow();
	}

	/**
	 * Checks what a user gives for a problem (registered or corrected), collecting every field
	 * problem; refuses outright if the actor may not analyse the district. Returns the places.
	 */
	List<UUID> checkProblem(Actor actor, ProblemInput input, FieldChecks checks) {
		checks.required("priorityAreaId", input.priorityAreaId(), "Fältet ”Prioriterat område” måste fyllas i.");
		requiredText(checks, "title", "Problem", input.title(), 300);
		checks.text("description", input.description(), false, 8000);
		checks.text("sources", input.sources(), false, 4000);
		if (input.districtId() != null && organisation.unit(input.districtId())
			.filter(unit -> unit.type() == UnitType.DISTRICT)
			.isEmpty()) {
			checks.problem("districtId", "unknown", "Stadsdelsområdet finns inte.");
		}
		if (input.priorityAreaId() != null && agreements.currentPriorityAreas()
			.stream()
			.map(PriorityArea::id)
			.noneMatch(input.priorityAreaId()::equals)) {
			checks.problem("priorityAreaId", "unknown", "Det prioriterade området finns inte i den gällande överenskommelsen.");
		}
		if (input.priority() != null && (input.priority() < 1 || input.priority() > 99)) {
			checks.problem("priority", "range", "Prioriteten anges som ett tal 1–99 (1 är högst).");
		}
		List<Evidence> evidence = input.evidence() == null ? List.of() : input.evidence();
		for (int i = 0; i < evidence.size(); i++) {
			Evidence item = evidence.get(i);
			if (item == null || item.type() == null || item.id() == null) {
				checks.problem("evidence[" + i + "]", "required", "Underlaget behöver både typ och id.");
			}
			else if (item.type() == EvidenceType.INDICATOR && !indicators.exists(item.id())) {
				checks.problem("evidence[" + i + "].id", "unknown", "Det finns ingen indikator med id " + item.id() + ".");
			}
		}
		evidenceCheck.check(actor, input.districtId(), evidence, checks);
		List<UUID> placeIds = input.placeIds() == null ? List.of()
				: input.placeIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
		for (UUID placeId : placeIds) {
			var place = places.byId(placeId);
			if (place.isEmpty()) {
				checks.problem("placeIds", "unknown", "Det finns ingen plats med id " + placeId + ".");
			}
			else if (input.districtId() != null && !place.get().districtId().equals(input.districtId())) {
				checks.problem("placeIds", "other-district", place.get().name() + " ligger i ett annat stadsdelsområde.");
			}
		}
		if (input.focusAreaId() != null) {
			var focus = input.districtId() == null ? java.util.Optional.<se.samverkan.agreement.FocusAreaReference>empty()
					: agreements.focusAreasOfDistrict(input.districtId())
						.stream()
						.filter(candidate -> candidate.id().equals(input.focusAreaId()))
						.findFirst();
			if (focus.isEmpty()) {
				checks.problem("focusAreaId", "unknown", "Fokusområdet finns inte i stadsdelsområdets lokala överenskommelse.");
			}
			else if (input.priorityAreaId() != null && !focus.get().priorityAreaId().equals(input.priorityAreaId())) {
				checks.problem("focusAreaId", "other-area", "Fokusområdet hör till ett annat prioriterat område.");
			}
		}
		// A problem without a district is the city's: central coordinators register those; for
		// anyone else a missing district is a field to fill in.
		if (input.districtId() == null && !mayAnalyse(actor, null) && !editableDistricts(actor).isEmpty()) {
			checks.problem("districtId", "required", "Fältet ”Stadsdelsområde” måste fyllas i.");
		}
		else {
			mayEdit(actor, input.districtId());
		}
		return placeIds;
	}

	/** Adds a cause to the tree; changes to one tree are serialised by a row lock on the problem. */
	@Transactional
	public Cause addCause(Actor actor, UUID problemId, CauseInput input) {
		problems.lock(problemId);
		Problem problem = problems.byId(problemId).orElseThrow(() -> new NotFound("problem", problemId));
		mayEdit(actor, problem.districtId());
		FieldChecks checks = new FieldChecks();
		CauseContent content = CauseContent.check(input, checks);
		checks.throwIfAny();
		Cause cause = problem.addCause(input.parentCauseId(), content.text(), content.kind(), content.side(),
				content.factor(), content.source());
		problems.touch(problemId, problem.version());
		problems.insertCause(cause);
		audit.recordChange("ADD_CAUSE", "Problem", problemId, problem.districtId(), null, causeSnapshot(cause));
		return cause;
	}

	/** Moves a branch of the cause tree under another cause, or to the top. */
	@Transactional
	public Cause moveCause(Actor actor, UUID problemId, UUID causeId, UUID newParentId) {
		problems.lock(problemId);
		Problem problem = problems.byId(problemId).orElseThrow(() -> new NotFound("problem", problemId));
		mayEdit(actor, problem.districtId());
		Cause before = problem.cause(causeId).orElseThrow(() -> new NotFound("cause", causeId));
		Cause moved = problem.moveCause(causeId, newParentId);
		problems.touch(problemId, problem.version());
		problems.moveCause(moved);
		audit.recordChange("MOVE_CAUSE", "Problem", problemId, problem.districtId(), causeSnapshot(before),
				causeSnapshot(moved));
		return moved;
	}

	static void requiredText(FieldChecks checks, String field, String label, String value, int max) {
		if (value == null || value.isBlank()) {
			checks.problem(field, "required", "Fältet ”" + label + "” måste fyllas i.");
		}
		else {
			checks.text(field, value, false, max);
		}
	}

	/** Whether the actor may register and analyse problems of the district (null: the city's, central coordinators). */
	public boolean mayAnalyse(Actor actor, UUID districtId) {
		return (districtId != null && policy.allows(actor, Action.EDIT_LOCAL, districtId))
				|| policy.allows(actor, Action.EDIT_CITY_WIDE, null);
	}

	/** The districts the actor may register problems in. */
	public List<se.samverkan.organisation.OrganisationalUnit> editableDistricts(Actor actor) {
		return organisation.units(UnitType.DISTRICT, null, java.time.LocalDate.now())
			.stream()
			.filter(district -> mayAnalyse(actor, district.id()))
			.toList();
	}

	void mayEdit(Actor actor, UUID districtId) {
		if (!mayAnalyse(actor, districtId)) {
			throw new Forbidden();
		}
	}

	static Map<String, Object> snapshot(Problem problem) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("title", problem.title());
		snapshot.put("districtId", problem.districtId() == null ? null : problem.districtId().toString());
		snapshot.put("focusAreaId", problem.focusAreaId() == null ? null : problem.focusAreaId().toString());
		snapshot.put("priorityAreaId", problem.priorityAreaId().toString());
		snapshot.put("description", problem.description());
		snapshot.put("priority", problem.priority());
		snapshot.put("placeIds", problem.placeIds().stream().map(UUID::toString).toList());
		List<Map<String, String>> evidence = new ArrayList<>();
		problem.evidence().forEach(item -> evidence.add(Map.of("type", item.type().name(), "id", item.id().toString())));
		snapshot.put("evidence", evidence);
		return snapshot;
	}

	static Map<String, Object> causeSnapshot(Cause cause) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("causeId", cause.id().toString());
		snapshot.put("parentCauseId", cause.parentId() == null ? null : cause.parentId().toString());
		snapshot.put("text", cause.text());
		snapshot.put("kind", cause.kind().name());
		snapshot.put("triangleSide", cause.triangleSide().name());
		snapshot.put("factor", cause.factor().name());
		return snapshot;
	}

	/** The ids of the districts the actor reads, null for all. */
	public Set<UUID> readableDistricts(Actor actor) {
		return policy.scope(actor, Action.READ).unitIdsOrNull();
	}
}
