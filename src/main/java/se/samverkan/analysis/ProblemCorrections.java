package se.samverkan.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Actor;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.RuleViolation;

/**
 * Corrections of what was entered wrong (issue 11): a problem or a cause changed with the problem's
 * {@code version} (a stale one changes nothing), removed only where nothing depends on it. By the
 * same people who may analyse the district; each change in the audit log with what it was before.
 * Changes to one problem's tree are serialised by the row lock on the problem.
 */
@Service
public class ProblemCorrections {

	private final Problems problems;

	private final ProblemManagement management;

	private final List<CauseUse> uses;

	private final AuditLog audit;

	ProblemCorrections(Problems problems, ProblemManagement management, List<CauseUse> uses, AuditLog audit) {
		this.problems = problems;
		this.management = management;
		this.uses = uses;
		this.audit = audit;
	}

	/** Changes what the problem says; its district stays (register it anew in another). */
	@Transactional
	public Problem update(Actor actor, UUID id, ProblemInput input, Integer version) {
		Problem before = locked(actor, id);
		FieldChecks checks = new FieldChecks();
		checks.required("version", version, "Ange vilken version av problemet du ändrar (version).");
		if (input.districtId() != null && !input.districtId().equals(before.districtId())) {
			checks.problem("districtId", "fixed",
					"Ett problem kan inte flyttas till ett annat stadsdelsområde. Registrera det där i stället.");
		}
		ProblemInput sameDistrict = new ProblemInput(before.districtId(), input.priorityAreaId(), input.title(),
				input.description(), input.priority(), input.sources(), input.placeIds(), input.evidence(),
				input.focusAreaId());
		List<UUID> placeIds = management.checkProblem(actor, sameDistrict, checks);
		checks.throwIfAny();
		List<Evidence> evidence = input.evidence() == null ? List.of() : input.evidence().stream().distinct().toList();
		Problem after = new Problem(id, before.districtId(), input.priorityAreaId(), input.title().trim(),
				FieldChecks.clean(input.description()), input.priority(), FieldChecks.clean(input.sources()), placeIds,
				evidence, before.causes(), version + 1, input.focusAreaId());
		problems.touch(id, version);
		problems.update(after);
		audit.recordChange("UPDATE", "Problem", id, before.districtId(), ProblemManagement.snapshot(before),
				ProblemManagement.snapshot(after));
		return problems.byId(id).orElseThrow();
	}

	/** Removes the problem and its cause tree, unless an activity acts on one of its causes. */
	@Transactional
	public void remove(Actor actor, UUID id, Integer version) {
		Problem problem = locked(actor, id);
		stale(problem, version);
		Set<String> actingOn = actingOn(problem.causes().stream().map(Cause::id).toList());
		if (!actingOn.isEmpty()) {
			throw new RuleViolation("analysis.problem.acted-on", String.join(", ", actingOn));
		}
		problems.delete(id);
		Map<String, Object> before = ProblemManagement.snapshot(problem);
		before.put("causes", problem.causes().stream().map(ProblemManagement::causeSnapshot).toList());
		audit.recordChange("DELETE", "Problem", id, problem.districtId(), before, null);
	}

	/** Changes what a cause says (its place in the tree changes by moving it). */
	@Transactional
	public Cause updateCause(Actor actor, UUID problemId, UUID causeId, CauseInput input, Integer version) {
		Problem problem = locked(actor, problemId);
		Cause before = problem.cause(causeId).orElseThrow(() -> new NotFound("cause", causeId));
		FieldChecks checks = new FieldChecks();
		checks.required("version", version, "Ange vilken version av problemet du ändrar (version).");
		CauseContent content = CauseContent.check(input, checks);
		checks.throwIfAny();
		CauseKind kind = content.kind() != null ? content.kind() : before.kind();
		Cause after = new Cause(causeId, problemId, before.parentId(), content.text(), kind, content.side(),
				content.factor(), content.source(), before.ordinal());
		problems.touch(problemId, version);
		problems.updateCause(after);
		audit.recordChange("UPDATE_CAUSE", "Problem", problemId, problem.districtId(),
				ProblemManagement.causeSnapshot(before), ProblemManagement.causeSnapshot(after));
		return after;
	}

	/** Removes a cause that has no sub-causes and that no activity acts on. */
	@Transactional
	public void removeCause(Actor actor, UUID problemId, UUID causeId, Integer version) {
		Problem problem = locked(actor, problemId);
		Cause cause = problem.cause(causeId).orElseThrow(() -> new NotFound("cause", causeId));
		stale(problem, version);
		List<String> children = problem.causes()
			.stream()
			.filter(other -> causeId.equals(other.parentId()))
			.map(Cause::text)
			.toList();
		if (!children.isEmpty()) {
			throw new RuleViolation("analysis.cause.has-children", String.join(", ", children));
		}
		Set<String> actingOn = actingOn(List.of(causeId));
		if (!actingOn.isEmpty()) {
			throw new RuleViolation("analysis.cause.acted-on", String.join(", ", actingOn));
		}
		problems.touch(problemId, problem.version());
		problems.deleteCause(causeId);
		audit.recordChange("DELETE_CAUSE", "Problem", problemId, problem.districtId(),
				ProblemManagement.causeSnapshot(cause), null);
	}

	private Problem locked(Actor actor, UUID id) {
		problems.lock(id);
		Problem problem = problems.byId(id).orElseThrow(() -> new NotFound("problem", id));
		management.mayEdit(actor, problem.districtId());
		return problem;
	}

	/** A removal may name the version it saw; a stale one removes nothing. */
	private static void stale(Problem problem, Integer version) {
		if (version != null && version != problem.version()) {
			throw new se.samverkan.platform.rules.VersionConflict("problemet");
		}
	}

	private Set<String> actingOn(List<UUID> causeIds) {
		Set<String> names = new TreeSet<>();
		if (causeIds.isEmpty()) {
			return names;
		}
		uses.forEach(use -> use.actingOn(causeIds).values().forEach(names::addAll));
		return names;
	}
}
