package se.samverkan.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.Activity;
import se.samverkan.planning.ActivityStatus;
import se.samverkan.planning.Goal;
import se.samverkan.planning.PlanManagement;
import se.samverkan.planning.PlanScope;
import se.samverkan.planning.SteeringWork;

/** Gathers what the yearly compilation shows from the year's plans, reports and indicators. */
@Component
class CompilationBuilder {

	private final PlanManagement plans;

	private final Reports reports;

	private final OrganisationDirectory organisation;

	private final AgreementManagement agreements;

	private final IndicatorReadings indicators;

	private final Clock clock;

	CompilationBuilder(PlanManagement plans, Reports reports, OrganisationDirectory organisation,
			AgreementManagement agreements, IndicatorReadings indicators, Clock clock) {
		this.plans = plans;
		this.reports = reports;
		this.organisation = organisation;
		this.agreements = agreements;
		this.indicators = indicators;
		this.clock = clock;
	}

	/** The districts a year's compilation covers: those valid at some time in the year. */
	List<OrganisationalUnit> districtsOf(int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		LocalDate end = LocalDate.of(year, 12, 31);
		Map<UUID, OrganisationalUnit> districts = new LinkedHashMap<>();
		for (LocalDate day : List.of(end, start)) {
			organisation.units(UnitType.DISTRICT, null, day).forEach(unit -> districts.putIfAbsent(unit.id(), unit));
		}
		return districts.values().stream().sorted(java.util.Comparator.comparing(OrganisationalUnit::name)).toList();
	}

	/** The year's compilation; {@code steering}: the year's work serving each of the city's steering documents. */
	CompilationContent build(int year, List<ActionPlan> yearPlans, List<SteeringWork> steering) {
		LocalDate today = LocalDate.now(clock);
		Map<UUID, Map<String, String>> reportStates = new HashMap<>();
		for (Reports.Summary summary : reports.summaries(year)) {
			reportStates.computeIfAbsent(summary.planId(), id -> new LinkedHashMap<>())
				.put(summary.period(), summary.status().name());
		}
		ActionPlan cityPlan = yearPlans.stream().filter(p -> p.scope() == PlanScope.CITY_WIDE).findFirst().orElse(null);
		Map<UUID, ActionPlan> localPlans = new HashMap<>();
		yearPlans.stream().filter(p -> p.scope() == PlanScope.LOCAL).forEach(p -> localPlans.put(p.districtId(), p));
		Map<UUID, List<Activity>> activitiesByPlan = new HashMap<>();
		yearPlans.forEach(plan -> activitiesByPlan.put(plan.id(), plans.activities(plan)));

		Map<UUID, String> districtNames = new HashMap<>();
		List<CompilationContent.DistrictResult> districts = new ArrayList<>();
		List<CompilationContent.MissingReport> missing = new ArrayList<>();
		List<CompilationContent.Comparison> comparison = new ArrayList<>();
		for (OrganisationalUnit district : districtsOf(year)) {
			districtNames.put(district.id(), district.name());
			ActionPlan plan = localPlans.get(district.id());
			CompilationContent.PlanResult result = result(plan, plan == null ? List.of() : activitiesByPlan.get(plan.id()),
					plan == null ? Map.of() : reportStates.getOrDefault(plan.id(), Map.of()), year, today);
			districts.add(new CompilationContent.DistrictResult(district.id(), district.name(), result.planId(),
					result.planStatus(), result.activities(), result.activitiesByStatus(), result.completedActivities(),
					result.late(), result.commitments(), result.reports()));
			missing(district.id(), district.name(), result, missing);
			int done = result.activitiesByStatus().getOrDefault(ActivityStatus.DONE.name(), 0);
			BigDecimal share = result.activities() == 0 ? null
					: BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(result.activities()), 1, RoundingMode.HALF_UP);
			int reportsIn = (int) result.reports().values().stream().filter(CompilationBuilder::isIn).count();
			comparison.add(new CompilationContent.Comparison(district.id(), district.name(), result.activities(), done,
					result.late(), share, result.commitments().met(), result.commitments().activities(), reportsIn));
		}
		CompilationContent.PlanResult city = result(cityPlan,
				cityPlan == null ? List.of() : activitiesByPlan.get(cityPlan.id()),
				cityPlan == null ? Map.of() : reportStates.getOrDefault(cityPlan.id(), Map.of()), year, today);
		missing(null, null, city, missing);
		return new CompilationContent(year, OffsetDateTime.now(), districts, city,
				development(yearPlans, activitiesByPlan), missing, comparison,
				bySteeringDocument(steering, districtNames));
	}

	/**
	 * The work serving each steering document's goals ({@link PlanManagement#steeringWork}), with the
	 * districts named: per goal the city-wide plan's work first, then the districts' by name.
	 */
	private static List<CompilationContent.SteeringDocumentWork> bySteeringDocument(List<SteeringWork> documents,
			Map<UUID, String> districtNames) {
		return documents.stream()
			.map(document -> new CompilationContent.SteeringDocumentWork(document.documentId(), document.title(),
					document.goals()
						.stream()
						.map(goal -> new CompilationContent.SteeringGoalWork(goal.steeringGoalId(), goal.code(), goal.text(),
								serving(goal.plans(), districtNames, true), serving(goal.goals(), districtNames, false),
								serving(goal.activities(), districtNames, false)))
						.toList()))
			.toList();
	}

	/** The items in the compilation's order; a whole plan has no title of its own. */
	private static List<CompilationContent.ServingItem> serving(List<SteeringWork.Item> items,
			Map<UUID, String> districtNames, boolean wholePlans) {
		return items.stream()
			.sorted(java.util.Comparator.comparing((SteeringWork.Item item) -> item.districtId() != null)
				.thenComparing(item -> String.valueOf(districtNames.get(item.districtId()))))
			.map(item -> new CompilationContent.ServingItem(item.id(), wholePlans ? null : item.title(), item.planId(),
					item.districtId(), districtNames.get(item.districtId()), item.status()))
			.toList();
	}

	/** Submitted or acknowledged: the report is in. A returned one is out again until resubmitted. */
	static boolean isIn(String status) {
		return ReportStatus.SUBMITTED.name().equals(status) || ReportStatus.ACKNOWLEDGED.name().equals(status);
	}

	private static void missing(UUID districtId, String name, CompilationContent.PlanResult result,
			List<CompilationContent.MissingReport> missing) {
		result.reports().forEach((period, status) -> {
			if (!isIn(status)) {
				missing.add(new CompilationContent.MissingReport(districtId, name, period, status));
			}
		});
	}

	private CompilationContent.PlanResult result(ActionPlan plan, List<Activity> activities,
			Map<String, String> reportStates, int year, LocalDate today) {
		Map<String, Integer> byStatus = new LinkedHashMap<>();
		for (ActivityStatus status : ActivityStatus.values()) {
			byStatus.put(status.name(), 0);
		}
		List<CompilationContent.CompletedActivity> completed = new ArrayList<>();
		int late = 0;
		int commitments = 0;
		long target = 0;
		long done = 0;
		int met = 0;
		for (Activity activity : activities) {
			byStatus.merge(activity.status().name(), 1, Integer::sum);
			if (activity.status() == ActivityStatus.DONE) {
				completed.add(new CompilationContent.CompletedActivity(activity.id(), activity.content().title(),
						activity.content().endDate()));
			}
			late += activity.isLate(today) ? 1 : 0;
			if (activity.content().targetCount() != null) {
				commitments++;
				target += activity.content().targetCount();
				done += activity.doneCount();
				met += activity.doneCount() >= activity.content().targetCount() ? 1 : 0;
			}
		}
		Map<String, String> reportsByPeriod = new LinkedHashMap<>();
		for (ReportPeriod period : ReportPeriod.of(year)) {
			reportsByPeriod.put(period.code(), reportStates.getOrDefault(period.code(), "MISSING"));
		}
		return new CompilationContent.PlanResult(plan == null ? null : plan.id(),
				plan == null ? "NONE" : plan.status().name(), activities.size(), byStatus, completed, late,
				new ReportSnapshot.Commitments(commitments, target, done, met), reportsByPeriod);
	}

	private List<CompilationContent.AreaDevelopment> development(List<ActionPlan> yearPlans,
			Map<UUID, List<Activity>> activitiesByPlan) {
		List<PriorityArea> areas = agreements.currentPriorityAreas();
		Map<UUID, List<CompilationContent.GoalDevelopment>> byArea = new LinkedHashMap<>();
		areas.forEach(area -> byArea.put(area.id(), new ArrayList<>()));
		List<CompilationContent.GoalDevelopment> unplaced = new ArrayList<>();
		Map<UUID, String> names = new HashMap<>();
		organisation.units(yearPlans.stream().map(ActionPlan::districtId).filter(java.util.Objects::nonNull).toList())
			.forEach(unit -> names.put(unit.id(), unit.name()));
		for (ActionPlan plan : yearPlans) {
			for (Goal goal : plans.goals(plan)) {
				if (goal.indicatorId() == null) {
					continue;
				}
				var reading = indicators.latest(goal.indicatorId(), plan.districtId());
				var line = new CompilationContent.GoalDevelopment(goal.id(), plan.id(), plan.districtId(),
						names.get(plan.districtId()), goal.title(), goal.indicatorId(),
						reading.map(IndicatorReadings.Reading::name).orElse(null), goal.baselineValue(),
						goal.baselinePeriod(), reading.map(IndicatorReadings.Reading::latestValue).orElse(null),
						reading.map(IndicatorReadings.Reading::latestPeriod).orElse(null), goal.targetValue(),
						goal.targetDate(), reading.map(IndicatorReadings.Reading::latestState).orElse(null),
						reading.map(IndicatorReadings.Reading::latestDemo).orElse(false));
				Set<UUID> goalAreas = new LinkedHashSet<>();
				activitiesByPlan.get(plan.id())
					.stream()
					.filter(activity -> activity.content().goalIds().contains(goal.id()))
					.forEach(activity -> goalAreas.addAll(activity.content().priorityAreaIds()));
				goalAreas.retainAll(byArea.keySet());
				if (goalAreas.isEmpty()) {
					unplaced.add(line);
				}
				goalAreas.forEach(area -> byArea.get(area).add(line));
			}
		}
		List<CompilationContent.AreaDevelopment> development = new ArrayList<>();
		for (PriorityArea area : areas) {
			development.add(new CompilationContent.AreaDevelopment(area.id(), area.code(), area.name(), byArea.get(area.id())));
		}
		if (!unplaced.isEmpty()) {
			development.add(new CompilationContent.AreaDevelopment(null, null, null, unplaced));
		}
		return development;
	}
}
