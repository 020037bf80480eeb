package se.samverkan.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.analysis.CauseNode;
import se.samverkan.analysis.Problem;
import se.samverkan.analysis.ProblemManagement;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;

/**
 * The golden thread of a district and year: priority area -> problems -> causes -> activities ->
 * goals -> indicators, with its gaps. Brå finds measures are seldom tied to the problems they are
 * meant to solve; this view shows where the tie is missing.
 */
@Service
public class GoldenThread {

	private final ProblemManagement problems;

	private final PlanManagement plans;

	private final ActionPlans planRepository;

	private final Activities activityRepository;

	private final AgreementManagement agreements;

	private final AccessPolicy policy;

	private final se.samverkan.organisation.OrganisationDirectory organisationUnits;

	private final GoalFigures goalFigures;

	GoldenThread(ProblemManagement problems, PlanManagement plans, ActionPlans planRepository,
			Activities activityRepository, AgreementManagement agreements, AccessPolicy policy,
			se.samverkan.organisation.OrganisationDirectory organisationUnits, GoalFigures goalFigures) {
		this.goalFigures = goalFigures;
		this.organisationUnits = organisationUnits;
		this.problems = problems;
		this.plans = plans;
		this.planRepository = planRepository;
		this.activityRepository = activityRepository;
		this.agreements = agreements;
		this.policy = policy;
	}

	public record Ref(UUID id, String title) {
	}

	public record CauseThread(UUID id, UUID parentCauseId, String text, String kind, String triangleSide, String factor,
			int depth, List<UUID> activityIds) {
	}

	public record ProblemThread(UUID id, String title, List<CauseThread> causes, List<UUID> activityIds,
			boolean withoutActivities) {
	}

	public record ActivityThread(UUID id, String title, String status, List<UUID> causeIds, List<UUID> goalIds,
			boolean actsOnNoCause) {
	}

	/**
	 * A goal with its indicator's latest value against the baseline and the target; without an
	 * indicator when it names none, or one that does not exist.
	 */
	public record GoalThread(UUID id, String title, UUID indicatorId, boolean withoutIndicator, String indicatorName,
			java.math.BigDecimal baselineValue, String baselinePeriod, java.math.BigDecimal targetValue,
			java.time.LocalDate targetDate, String latestPeriod, java.math.BigDecimal latestValue, Boolean better) {
	}

	public record AreaThread(UUID id, String code, String name, List<ProblemThread> problems,
			List<ActivityThread> activities, List<GoalThread> goals, List<UUID> indicatorIds, boolean empty) {
	}

	public record Gaps(List<Ref> problemsWithoutActivities, List<Ref> activitiesWithoutCauses,
			List<Ref> goalsWithoutIndicators, List<Ref> priorityAreasWithNothing) {

		public Map<String, Integer> counts() {
			Map<String, Integer> counts = new LinkedHashMap<>();
			counts.put("problemsWithoutActivities", problemsWithoutActivities.size());
			counts.put("activitiesWithoutCauses", activitiesWithoutCauses.size());
			counts.put("goalsWithoutIndicators", goalsWithoutIndicators.size());
			counts.put("priorityAreasWithNothing", priorityAreasWithNothing.size());
			return counts;
		}

		public int total() {
			return counts().values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	public record View(UUID districtId, int year, UUID planId, List<AreaThread> priorityAreas,
			List<GoalThread> goalsWithoutActivities, Gaps gaps, Map<String, Integer> gapCounts) {
	}

	@Transactional(readOnly = true)
	public View of(Actor actor, UUID districtId, int year) {
		if (organisationUnits.unit(districtId).filter(u -> u.type() == se.samverkan.organisation.UnitType.DISTRICT).isEmpty()) {
			throw new se.samverkan.platform.rules.NotFound("district", districtId);
		}
		policy.require(actor, Action.READ, districtId);
		List<Problem> districtProblems = problems.problemsOf(districtId);
		ActionPlan plan = plans.localPlan(districtId, year).orElse(null);
		List<Activity> activities = plan == null ? List.of() : activityRepository.ofPlan(plan.id());
		List<Goal> goals = plan == null ? List.of() : planRepository.goals(plan.id());

		Map<UUID, List<UUID>> activitiesByCause = new HashMap<>();
		for (Activity activity : activities) {
			for (UUID cause : activity.causeIds()) {
				activitiesByCause.computeIfAbsent(cause, key -> new ArrayList<>()).add(activity.id());
			}
		}
		Map<UUID, GoalThread> goalThreads = new LinkedHashMap<>();
		Map<UUID, GoalFigures.Figure> figures = plan == null ? Map.of() : goalFigures.of(plan, goals);
		goals.forEach(goal -> {
			GoalFigures.Figure figure = figures.get(goal.id());
			goalThreads.put(goal.id(), new GoalThread(goal.id(), goal.title(), goal.indicatorId(), figure == null,
					figure == null ? null : figure.indicatorName(), goal.baselineValue(), goal.baselinePeriod(),
					goal.targetValue(), goal.targetDate(), figure == null ? null : figure.latestPeriod(),
					figure == null ? null : figure.latestValue(), figure == null ? null : figure.better()));
		});
		Set<UUID> linkedGoals = new HashSet<>();
		activities.forEach(activity -> linkedGoals.addAll(activity.content().goalIds()));

		List<Ref> problemsWithout = new ArrayList<>();
		List<Ref> activitiesWithout = new ArrayList<>();
		List<Ref> areasWithNothing = new ArrayList<>();
		List<AreaThread> areas = new ArrayList<>();
		for (PriorityArea area : agreements.currentPriorityAreas()) {
			List<ProblemThread> problemThreads = new ArrayList<>();
			for (Problem problem : districtProblems) {
				if (!problem.priorityAreaId().equals(area.id())) {
					continue;
				}
				List<CauseThread> causes = new ArrayList<>();
				flatten(problem.tree(), 0, activitiesByCause, causes);
				Set<UUID> acting = new LinkedHashSet<>();
				causes.forEach(cause -> acting.addAll(cause.activityIds()));
				problemThreads.add(new ProblemThread(problem.id(), problem.title(), causes, List.copyOf(acting),
						acting.isEmpty()));
				if (acting.isEmpty()) {
					problemsWithout.add(new Ref(problem.id(), problem.title()));
				}
			}
			List<ActivityThread> activityThreads = new ArrayList<>();
			Set<UUID> areaGoals = new LinkedHashSet<>();
			for (Activity activity : activities) {
				if (!activity.content().priorityAreaIds().contains(area.id())) {
					continue;
				}
				activityThreads.add(new ActivityThread(activity.id(), activity.content().title(), activity.status().name(),
						activity.causeIds(), activity.content().goalIds(), activity.causeIds().isEmpty()));
				areaGoals.addAll(activity.content().goalIds());
			}
			List<GoalThread> goalList = areaGoals.stream().map(goalThreads::get).filter(java.util.Objects::nonNull).toList();
			List<UUID> indicators = goalList.stream()
				.map(GoalThread::indicatorId)
				.filter(java.util.Objects::nonNull)
				.distinct()
				.toList();
			boolean empty = problemThreads.isEmpty() && activityThreads.isEmpty();
			if (empty) {
				areasWithNothing.add(new Ref(area.id(), area.name()));
			}
			areas.add(new AreaThread(area.id(), area.code(), area.name(), problemThreads, activityThreads, goalList,
					indicators, empty));
		}
		for (Activity activity : activities) {
			if (activity.causeIds().isEmpty()) {
				activitiesWithout.add(new Ref(activity.id(), activity.content().title()));
			}
		}
		List<Ref> goalsWithout = goalThreads.values()
			.stream()
			.filter(GoalThread::withoutIndicator)
			.map(goal -> new Ref(goal.id(), goal.title()))
			.toList();
		List<GoalThread> unlinked = goalThreads.values().stream().filter(goal -> !linkedGoals.contains(goal.id())).toList();
		Gaps gaps = new Gaps(problemsWithout, activitiesWithout, goalsWithout, areasWithNothing);
		return new View(districtId, year, plan == null ? null : plan.id(), areas, unlinked, gaps, gaps.counts());
	}

	private static void flatten(List<CauseNode> nodes, int depth, Map<UUID, List<UUID>> activitiesByCause,
			List<CauseThread> into) {
		for (CauseNode node : nodes) {
			var cause = node.cause();
			into.add(new CauseThread(cause.id(), cause.parentId(), cause.text(), cause.kind().name(),
					cause.triangleSide().name(), cause.factor().name(), depth,
					activitiesByCause.getOrDefault(cause.id(), List.of())));
			flatten(node.children(), depth + 1, activitiesByCause, into);
		}
	}
}
