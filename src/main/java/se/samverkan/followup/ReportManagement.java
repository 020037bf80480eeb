package se.samverkan.followup;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Scope;
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.PlanManagement;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.VersionConflict;

/**
 * Follow-up reports: written by those who edit the plan (the district's coordinators; central
 * coordinators for the city-wide plan), submitted to the local steering group and the
 * beredningsgrupp, and acknowledged or returned by a steering member or a central coordinator who
 * did not write it. Each step is one transaction with its audit entry and its event.
 */
@Service
public class ReportManagement {

	private final Reports reports;

	private final PlanManagement plans;

	private final Snapshots snapshots;

	private final AccessPolicy policy;

	private final AgreementManagement agreements;

	private final Recipients recipients;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ReportManagement(Reports reports, PlanManagement plans, Snapshots snapshots, AccessPolicy policy,
			AgreementManagement agreements, Recipients recipients, AuditLog audit, ApplicationEventPublisher events) {
		this.reports = reports;
		this.plans = plans;
		this.snapshots = snapshots;
		this.policy = policy;
		this.agreements = agreements;
		this.recipients = recipients;
		this.audit = audit;
		this.events = events;
	}

	/** A report with what it shows now: the live snapshot while a draft, the frozen one once submitted. */
	public record ReportView(FollowupReport report, ActionPlan plan, ReportSnapshot snapshot, List<ReportVersion> versions) {

		public ReportVersion current() {
			return versions.stream().filter(v -> v.number() == report.edition()).findFirst().orElse(null);
		}
	}

	@Transactional(readOnly = true)
	public List<FollowupReport> find(Actor actor, Integer year, UUID planId, UUID districtId) {
		Scope scope = policy.scope(actor, Action.READ);
		if (scope.isEmpty() || (districtId != null && !scope.includes(districtId))) {
			throw new Forbidden();
		}
		if (planId != null) {
			plans.get(actor, planId);
		}
		return reports.find(year, planId, districtId, scope.unitIdsOrNull());
	}

	@Transactional(readOnly = true)
	public ReportView get(Actor actor, UUID id) {
		FollowupReport report = reports.byId(id).orElseThrow(() -> new NotFound("report", id));
		ActionPlan plan = plans.get(actor, report.planId());
		return view(report, plan);
	}

	/** A frozen version, as it was submitted. */
	@Transactional(readOnly = true)
	public ReportVersion version(Actor actor, UUID id, int number) {
		FollowupReport report = reports.byId(id).orElseThrow(() -> new NotFound("report", id));
		plans.get(actor, report.planId());
		return reports.version(id, number).orElseThrow(() -> new NotFound("report version", number));
	}

	/**
	 * A report of the plan for a period of its year (T1, T2 or the year); a second one for the same
	 * period is refused (409, naming the one that exists).
	 */
	@Transactional
	public ReportView create(Actor actor, UUID planId, String periodText) {
		ActionPlan plan = plans.get(actor, planId);
		requireWriter(actor, plan);
		ReportPeriod period = checkedPeriod(plan, periodText);
		FollowupReport report = FollowupReport.draft(plan.id(), plan.districtId(), period, actor.username());
		reports.insert(report);
		audit.recordChange("CREATE", "FollowupReport", report.id(), plan.districtId(), null, state(report));
		return view(reports.byId(report.id()).orElseThrow(), plan);
	}

	/** Saves the narrative (overall and per priority area) of a draft; a returned report starts its next version. */
	@Transactional
	public ReportView write(Actor actor, UUID id, Narrative narrative, Integer version) {
		FollowupReport report = reports.byId(id).orElseThrow(() -> new NotFound("report", id));
		ActionPlan plan = plans.get(actor, report.planId());
		requireWriter(actor, plan);
		Narrative checked = checked(narrative);
		if (version == null) {
			throw InvalidInput.of("version", "required", "Skicka med den version du läste.");
		}
		if (version != report.version()) {
			throw new VersionConflict("rapporten");
		}
		Map<String, Object> before = state(report);
		report.write(checked, actor.username());
		reports.update(report);
		audit.recordChange("UPDATE", "FollowupReport", id, report.districtId(), before, state(report));
		return view(reports.byId(id).orElseThrow(), plan);
	}

	/**
	 * Submits the report: its snapshot and text are frozen as its next version and it goes to the
	 * local steering group and the beredningsgrupp. Submitting twice is refused (409).
	 */
	@Transactional
	public ReportView submit(Actor actor, UUID id) {
		FollowupReport report = reports.byId(id).orElseThrow(() -> new NotFound("report", id));
		ActionPlan plan = plans.get(actor, report.planId());
		requireWriter(actor, plan);
		Map<String, Object> before = state(report);
		report.submit(actor.username());
		reports.update(report);
		OffsetDateTime now = OffsetDateTime.now();
		reports.insertVersion(new ReportVersion(id, report.edition(), snapshots.of(plan, report.period(), true),
				report.narrative(), report.authors(), actor.username(), now, null, null, null, null));
		audit.recordChange("SUBMIT", "FollowupReport", id, report.districtId(), before, state(report));
		Set<String> to = new LinkedHashSet<>(recipients.ofReport(plan.districtId()));
		report.authors().forEach(to::remove);
		events.publishEvent(new ReportSubmitted(id, title(plan, report), report.edition(), to));
		return view(reports.byId(id).orElseThrow(), plan);
	}

	/** The steering group or the beredningsgrupp acknowledges the submitted version (never its author: 409). */
	@Transactional
	public ReportView acknowledge(Actor actor, UUID id, String comment) {
		return decide(actor, id, ReportStatus.ACKNOWLEDGED, comment);
	}

	/** Returns the submitted version with a comment (required, 400), to be written again as a new version. */
	@Transactional
	public ReportView returnReport(Actor actor, UUID id, String comment) {
		return decide(actor, id, ReportStatus.RETURNED, comment);
	}

	private ReportView decide(Actor actor, UUID id, ReportStatus outcome, String comment) {
		FollowupReport report = reports.byId(id).orElseThrow(() -> new NotFound("report", id));
		ActionPlan plan = plans.get(actor, report.planId());
		policy.require(actor, Action.STEER, plan.scopeUnitId());
		if (outcome == ReportStatus.RETURNED && FieldChecks.clean(comment) == null) {
			throw InvalidInput.of("comment", "required", "Skriv varför rapporten skickas tillbaka.");
		}
		new FieldChecks().text("comment", comment, false, 4000).throwIfAny();
		String text = FieldChecks.clean(comment);
		Map<String, Object> before = state(report);
		if (outcome == ReportStatus.RETURNED) {
			report.returnWith(actor.username(), text);
		}
		else {
			report.acknowledge(actor.username());
		}
		reports.update(report);
		reports.decide(id, report.edition(), outcome, actor.username(), text);
		Map<String, Object> after = state(report);
		after.put("comment", text);
		audit.recordChange(outcome == ReportStatus.RETURNED ? "RETURN" : "ACKNOWLEDGE", "FollowupReport", id,
				report.districtId(), before, after);
		events.publishEvent(new ReportDecided(id, title(plan, report), report.edition(), outcome, actor.username(), text,
				Set.copyOf(report.authors())));
		return view(reports.byId(id).orElseThrow(), plan);
	}

	/** Whether the actor may write and submit reports of the plan. */
	public boolean mayWrite(Actor actor, ActionPlan plan) {
		return plans.mayEdit(actor, plan);
	}

	/** Whether the actor may acknowledge or return the report (in scope, and not one of its authors). */
	public boolean mayDecide(Actor actor, ActionPlan plan, FollowupReport report) {
		return policy.allows(actor, Action.STEER, plan.scopeUnitId()) && !report.isAuthor(actor.username());
	}

	/** The report's name in lists and notices: the district (or the city) and the period. */
	public String title(ActionPlan plan, FollowupReport report) {
		String where = plan.districtId() == null ? "Stadsövergripande handlingsplan" : snapshots.districtName(plan);
		return where + " " + report.period().code();
	}

	private ReportView view(FollowupReport report, ActionPlan plan) {
		List<ReportVersion> versions = reports.versions(report.id());
		ReportSnapshot snapshot = report.status() == ReportStatus.DRAFT ? snapshots.of(plan, report.period(), true)
				: versions.stream()
					.filter(v -> v.number() == report.edition())
					.findFirst()
					.map(ReportVersion::snapshot)
					.orElseGet(() -> snapshots.of(plan, report.period(), true));
		return new ReportView(report, plan, snapshot, versions);
	}

	private void requireWriter(Actor actor, ActionPlan plan) {
		if (!plans.mayEdit(actor, plan)) {
			throw new Forbidden();
		}
	}

	private static ReportPeriod checkedPeriod(ActionPlan plan, String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInput.of("period", "required", "Ange perioden: " + plan.year() + "-T1, " + plan.year()
					+ "-T2 eller " + plan.year() + ".");
		}
		ReportPeriod period = ReportPeriod.parse(text)
			.orElseThrow(() -> InvalidInput.of("period", "invalid", "Perioden skrivs " + plan.year() + "-T1, "
					+ plan.year() + "-T2 eller " + plan.year() + " (tertial 1, tertial 2 eller året)."));
		if (period.year() != plan.year()) {
			throw InvalidInput.of("period", "not-in-plan-year", "Planen gäller " + plan.year() + " och har ingen period "
					+ period.code() + ".");
		}
		return period;
	}

	private Narrative checked(Narrative narrative) {
		Narrative text = narrative == null ? Narrative.empty() : narrative;
		FieldChecks checks = new FieldChecks();
		checks.text("narrative.overall", text.overall(), false, 20_000);
		Set<UUID> areas = new java.util.HashSet<>();
		agreements.currentPriorityAreas().stream().map(PriorityArea::id).forEach(areas::add);
		List<Narrative.AreaText> kept = new java.util.ArrayList<>();
		for (int i = 0; i < text.priorityAreas().size(); i++) {
			Narrative.AreaText area = text.priorityAreas().get(i);
			String field = "narrative.priorityAreas[" + i + "]";
			if (area == null || area.priorityAreaId() == null) {
				checks.problem(field + ".priorityAreaId", "required", "Ange vilket samverkansområde texten gäller.");
				continue;
			}
			if (!areas.contains(area.priorityAreaId())) {
				checks.problem(field + ".priorityAreaId", "unknown", "Samverkansområdet finns inte.");
			}
			checks.text(field + ".text", area.text(), false, 20_000);
			if (FieldChecks.clean(area.text()) != null) {
				kept.add(new Narrative.AreaText(area.priorityAreaId(), area.text().trim()));
			}
		}
		checks.throwIfAny();
		return new Narrative(FieldChecks.clean(text.overall()), kept);
	}

	private static Map<String, Object> state(FollowupReport report) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("planId", report.planId().toString());
		state.put("period", report.period().code());
		state.put("status", report.status().name());
		state.put("versionNumber", report.edition());
		state.put("overall", report.narrative().overall());
		state.put("priorityAreas", report.narrative()
			.priorityAreas()
			.stream()
			.map(area -> Map.of("priorityAreaId", area.priorityAreaId().toString(), "text", area.text()))
			.toList());
		return state;
	}
}
