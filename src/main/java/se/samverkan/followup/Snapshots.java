package se.samverkan.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.Activity;
import se.samverkan.planning.ActivityStatus;
import se.samverkan.planning.Goal;
import se.samverkan.planning.PlanManagement;
import se.samverkan.planning.ProgressUpdate;
import se.samverkan.planning.Signal;

/** Generates a report's snapshot from the live plan (see {@link ReportSnapshot}). */
@Component
class Snapshots {

	private final PlanManagement plans;

	private final AgreementManagement agreements;

	private final OrganisationDirectory organisation;

	private final IndicatorReadings indicators;

	private final Clock clock;

	Snapshots(PlanManagement plans, AgreementManagement agreements, OrganisationDirectory organisation,
			IndicatorReadings indicators, Clock clock) {
		this.plans = plans;
		this.agreements = agreements;
		this.organisation = organisation;
		this.indicators = indicators;
		this.clock = clock;
	}

	/**
	 * The plan as it is now, for the period. {@code withNotes}: the latest progress note of each
	 * activity (a query per activity; reports want it, the yearly compilation does not).
	 */
	ReportSnapshot of(ActionPlan plan, ReportPeriod period, boolean withNotes) {
		LocalDate today = LocalDate.now(clock);
		List<Activity> activities = plans.activities(plan);
		Map<String, Integer> byStatus = new LinkedHashMap<>();
		for (ActivityStatus status : ActivityStatus.values()) {
			byStatus.put(status.name(), 0);
		}
		Map<String, Integer> bySignal = new LinkedHashMap<>();
		for (Signal signal : Signal.values()) {
			bySignal.put(signal.name(), 0);
		}
		bySignal.put("NONE", 0);
		int late = 0;
		int commitments = 0;
		long targetTotal = 0;
		long doneTotal = 0;
		int met = 0;
		List<ReportSnapshot.ActivityLine> lines = new ArrayList<>();
		for (Activity activity : activities) {
			byStatus.merge(activity.status().name(), 1, Integer::sum);
			bySignal.merge(activity.signal() == null ? "NONE" : activity.signal().name(), 1, Integer::sum);
			boolean isLate = activity.isLate(today);
			late += isLate ? 1 : 0;
			Integer target = activity.content().targetCount();
			if (target != null) {
				commitments++;
				targetTotal += target;
				doneTotal += activity.doneCount();
				met += activity.doneCount() >= target ? 1 : 0;
			}
			String note = withNotes ? plans.updates(activity)
				.stream()
				.map(ProgressUpdate::note)
				.filter(text -> text != null && !text.isBlank())
				.findFirst()
				.orElse(null) : null;
			lines.add(new ReportSnapshot.ActivityLine(activity.id(), activity.content().title(), activity.status().name(),
					activity.signal() == null ? null : activity.signal().name(), activity.content().startDate(),
					activity.content().endDate(), isLate, target, activity.doneCount(),
					activity.content().priorityAreaIds(), note));
		}
		UUID unit = plan.districtId();
		List<ReportSnapshot.GoalLine> goals = plans.goals(plan).stream().map(goal -> goalLine(goal, unit)).toList();
		return new ReportSnapshot(OffsetDateTime.now(), period.code(), period.start(), period.end(), plan.id(),
				plan.scope().name(), plan.year(), plan.status().name(), plan.districtId(), districtName(plan),
				byStatus, bySignal, late, new ReportSnapshot.Commitments(commitments, targetTotal, doneTotal, met), lines,
				goals, areas(activities, today));
	}

	private ReportSnapshot.GoalLine goalLine(Goal goal, UUID unit) {
		var reading = goal.indicatorId() == null ? java.util.Optional.<IndicatorReadings.Reading>empty()
				: indicators.latest(goal.indicatorId(), unit);
		return new ReportSnapshot.GoalLine(goal.id(), goal.title(), goal.indicatorId(),
				reading.map(IndicatorReadings.Reading::name).orElse(null),
				reading.map(IndicatorReadings.Reading::unit).orElse(null), goal.baselineValue(), goal.baselinePeriod(),
				goal.targetValue(), goal.targetDate(), reading.map(IndicatorReadings.Reading::latestValue).orElse(null),
				reading.map(IndicatorReadings.Reading::latestPeriod).orElse(null),
				reading.map(IndicatorReadings.Reading::latestState).orElse(null),
				reading.map(IndicatorReadings.Reading::latestDemo).orElse(false));
	}

	private List<ReportSnapshot.AreaLine> areas(List<Activity> activities, LocalDate today) {
		List<ReportSnapshot.AreaLine> areas = new ArrayList<>();
		for (PriorityArea area : agreements.currentPriorityAreas()) {
			int count = 0;
			int done = 0;
			int late = 0;
			for (Activity activity : activities) {
				if (activity.content().priorityAreaIds().contains(area.id())) {
					count++;
					done += activity.status() == ActivityStatus.DONE ? 1 : 0;
					late += activity.isLate(today) ? 1 : 0;
				}
			}
			areas.add(new ReportSnapshot.AreaLine(area.id(), area.code(), area.name(), count, done, late));
		}
		return areas;
	}

	String districtName(ActionPlan plan) {
		return plan.districtId() == null ? null
				: organisation.unit(plan.districtId()).map(OrganisationalUnit::name).orElse(null);
	}

	static Map<ActivityStatus, Integer> emptyStatusCounts() {
		return new EnumMap<>(ActivityStatus.class);
	}
}
