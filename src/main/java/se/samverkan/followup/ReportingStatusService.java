package se.samverkan.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Scope;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.PlanManagement;
import se.samverkan.planning.PlanScope;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.situation.SituationPictures;

/**
 * Answers the reporting status of a year (see {@link ReportingStatus}) from a handful of queries,
 * whatever the number of districts: it is the beredningsgrupp's first page in the autumn. Everyone
 * who reads sees the municipality's row and the districts in their scope.
 */
@Service
public class ReportingStatusService {

	private final PlanManagement plans;

	private final Reports reports;

	private final Compilations compilations;

	private final SituationPictures pictures;

	private final CompilationBuilder districts;

	private final ReportingCalendar calendar;

	private final AccessPolicy policy;

	private final Clock clock;

	private final se.samverkan.planning.ActionPlans actionPlans;

	private static final int GRACE_DAYS = 31;

	ReportingStatusService(se.samverkan.planning.ActionPlans actionPlans, PlanManagement plans, Reports reports, Compilations compilations, SituationPictures pictures,
			CompilationBuilder districts, ReportingCalendar calendar, AccessPolicy policy, Clock clock) {
		this.actionPlans = actionPlans;
		this.plans = plans;
		this.reports = reports;
		this.compilations = compilations;
		this.pictures = pictures;
		this.districts = districts;
		this.calendar = calendar;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ReportingStatus of(Actor actor, Integer year) {
		Scope scope = policy.scope(actor, Action.READ);
		if (scope.isEmpty()) {
			throw new Forbidden();
		}
		if (year == null || year < 2000 || year > 2100) {
			throw InvalidInput.of("year", year == null ? "required" : "range", "Ange ett år 2000–2100.");
		}
		LocalDate today = LocalDate.now(clock);
		Map<UUID, ActionPlan> localPlans = new HashMap<>();
		ActionPlan cityPlan = null;
		for (ActionPlan plan : plans.find(actor, year, null)) {
			if (plan.scope() == PlanScope.CITY_WIDE) {
				cityPlan = plan;
			}
			else {
				localPlans.put(plan.districtId(), plan);
			}
		}
		Map<UUID, Map<String, Reports.Summary>> reportsByPlan = new HashMap<>();
		reports.summaries(year)
			.forEach(summary -> reportsByPlan.computeIfAbsent(summary.planId(), id -> new HashMap<>())
				.put(summary.period(), summary));
		Map<UUID, UUID> localPictures = new HashMap<>();
		UUID cityPicture = null;
		for (SituationPictures.Established picture : pictures.establishedIn(year)) {
			if (picture.districtId() == null) {
				cityPicture = cityPicture == null ? picture.id() : cityPicture;
			}
			else {
				localPictures.putIfAbsent(picture.districtId(), picture.id());
			}
		}
		ReportingStatus.Unit municipality = unit(null, null, cityPicture, cityPlan, reportsByPlan, year, today);
		List<ReportingStatus.Unit> rows = new ArrayList<>();
		for (OrganisationalUnit district : districts.districtsOf(year)) {
			if (scope.includes(district.id())) {
				rows.add(unit(district.id(), district.name(), localPictures.get(district.id()),
						localPlans.get(district.id()), reportsByPlan, year, today));
			}
		}
		ReportingStatus.Compilation compilation = compilations.stateOf(year)
			.map(state -> new ReportingStatus.Compilation(state.id(), state.status(),
					AnnualCompilation.PUBLISHED.equals(state.status())))
			.orElse(new ReportingStatus.Compilation(null, "NONE", false));
		return new ReportingStatus(year, municipality, rows, compilation);
	}

	private ReportingStatus.Unit unit(UUID unitId, String name, UUID pictureId, ActionPlan plan,
			Map<UUID, Map<String, Reports.Summary>> reportsByPlan, int year, LocalDate today) {
		Map<String, Reports.Summary> planReports = plan == null ? Map.of()
				: reportsByPlan.getOrDefault(plan.id(), Map.of());
		List<ReportingStatus.PeriodReport> periods = new ArrayList<>();
		for (ReportPeriod period : ReportPeriod.of(year)) {
			Reports.Summary report = planReports.get(period.code());
			boolean drafting = report != null && report.status() == ReportStatus.DRAFT;
			String status = report == null || drafting ? "MISSING" : report.status().name();
			LocalDate due = calendar.dueDate(period);
			boolean overdue = today.isAfter(due) && !CompilationBuilder.isIn(status);
			periods.add(new ReportingStatus.PeriodReport(period.code(), status, drafting, due, overdue,
					report == null ? null : report.id()));
		}
		return new ReportingStatus.Unit(unitId, name, pictureId != null, pictureId,
				plan != null && plan.status().name().equals("ESTABLISHED"), plan == null ? "NONE" : plan.status().name(),
				plan == null ? null : plan.id(), periods);
	}

	/** A plan whose report for a period is due soon or overdue and not in: for the reminders. */
	public record DueReport(UUID planId, UUID districtId, int year, String period, LocalDate dueDate) {
	}

	/**
	 * The reports to remind of today: for every plan of this year and last, each period whose
	 * reminder day has come and whose report is not in (submitted or acknowledged), until a month
	 * after its due date (older gaps show on the reporting status, not in the inbox).
	 */
	@Transactional(readOnly = true)
	public List<DueReport> dueReports(LocalDate today) {
		List<DueReport> due = new ArrayList<>();
		for (int year : List.of(today.getYear() - 1, today.getYear())) {
			Map<UUID, Map<String, Reports.Summary>> byPlan = new HashMap<>();
			reports.summaries(year)
				.forEach(summary -> byPlan.computeIfAbsent(summary.planId(), id -> new HashMap<>())
					.put(summary.period(), summary));
			for (ActionPlan plan : actionPlans.find(year, null, null)) {
				for (ReportPeriod period : ReportPeriod.of(year)) {
					Reports.Summary report = byPlan.getOrDefault(plan.id(), Map.of()).get(period.code());
					boolean in = report != null && CompilationBuilder.isIn(report.status().name());
					boolean remindNow = !today.isBefore(calendar.remindFrom(period))
							&& !today.isAfter(calendar.dueDate(period).plusDays(GRACE_DAYS));
					if (!in && remindNow) {
						due.add(new DueReport(plan.id(), plan.districtId(), year, period.code(), calendar.dueDate(period)));
					}
				}
			}
		}
		return due;
	}
}
