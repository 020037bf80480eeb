package se.samverkan.followup;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.planning.Activity;
import se.samverkan.planning.ActivityStatus;
import se.samverkan.planning.PlanManagement;
import se.samverkan.platform.documents.Document;
import se.samverkan.platform.documents.Table;

/**
 * Reports, the yearly compilation and action plans as {@link Document}s, in the reader's language,
 * for the PDF, XLSX and CSV renderers. The charts are drawn by {@link FollowupCharts}, which the
 * pages use too.
 */
@Component
public class FollowupDocuments {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final MessageSource messages;

	private final AgreementManagement agreements;

	private final OrganisationDirectory organisation;

	private final PlanManagement plans;

	FollowupDocuments(MessageSource messages, AgreementManagement agreements, OrganisationDirectory organisation,
			PlanManagement plans) {
		this.messages = messages;
		this.agreements = agreements;
		this.organisation = organisation;
		this.plans = plans;
	}

	/** A follow-up report as it stands: the current version's snapshot and text, and every version's outcome. */
	public Document report(ReportManagement.ReportView view, String title, Locale locale) {
		Texts t = new Texts(locale);
		FollowupReport report = view.report();
		ReportSnapshot s = view.snapshot();
		ReportVersion current = view.current();
		List<Document.Fact> cover = new ArrayList<>();
		cover.add(new Document.Fact(t.get("followup.report.district"),
				s.districtName() == null ? t.get("followup.citywide") : s.districtName()));
		cover.add(new Document.Fact(t.get("followup.report.period"),
				s.period() + " (" + s.periodStart() + " – " + s.periodEnd() + ")"));
		cover.add(new Document.Fact(t.get("followup.report.status"), t.get("followup.report.status." + report.status())));
		cover.add(new Document.Fact(t.get("followup.report.version"), String.valueOf(report.edition())));
		if (current != null) {
			cover.add(new Document.Fact(t.get("followup.report.submitted"),
					current.submittedBy() + ", " + when(current.submittedAt())));
			if (current.outcome() != null) {
				cover.add(new Document.Fact(t.get("followup.report.decided." + current.outcome()),
						current.decidedBy() + ", " + when(current.decidedAt())
								+ (current.comment() == null ? "" : ": " + current.comment())));
			}
		}
		cover.add(new Document.Fact(t.get("followup.report.generated"), when(s.generatedAt())));
		List<Document.Section> sections = new ArrayList<>();
		List<Document.Block> summary = new ArrayList<>();
		if (report.narrative().overall() != null) {
			summary.add(new Document.Paragraph(report.narrative().overall()));
		}
		summary.add(new Document.Facts(List.of(
				new Document.Fact(t.get("followup.report.activities"), String.valueOf(s.activities().size())),
				new Document.Fact(t.get("followup.report.late"), String.valueOf(s.lateCount())),
				new Document.Fact(t.get("followup.report.commitments"), t.get("followup.report.commitments.value",
						String.valueOf(s.commitments().doneTotal()), String.valueOf(s.commitments().targetTotal()),
						String.valueOf(s.commitments().met()), String.valueOf(s.commitments().activities()))))));
		summary.add(FollowupCharts.byStatus(s.activitiesByStatus(), t.get("followup.chart.by-status"),
				t.get("followup.report.status.column"), t.get("followup.report.count"), status -> t.get(
						"planning.activity.status." + status)));
		sections.add(new Document.Section(t.get("followup.report.summary"), summary));
		Table.Builder activities = Table.of(t.get("followup.report.activities"), Table.text(t.get("planning.activity.title")),
				Table.text(t.get("planning.status")), Table.text(t.get("planning.signal")),
				Table.date(t.get("followup.start")), Table.date(t.get("followup.end")),
				Table.text(t.get("followup.report.late.column")), Table.integer(t.get("followup.target")),
				Table.integer(t.get("followup.done")), Table.text(t.get("followup.report.note")));
		for (ReportSnapshot.ActivityLine a : s.activities()) {
			activities.row(a.title(), t.get("planning.activity.status." + a.status()),
					a.signal() == null ? null : t.get("planning.signal." + a.signal()), a.startDate(), a.endDate(),
					a.late() ? t.get("planning.yes") : t.get("planning.no"), a.targetCount(),
					a.targetCount() == null ? null : a.doneCount(), a.latestNote());
		}
		sections.add(Document.Section.of(t.get("followup.report.activities"), activities.build()));
		sections.add(Document.Section.of(t.get("followup.report.goals"), goals(t, s.goals())));
		Map<UUID, ReportSnapshot.AreaLine> areaLines = new HashMap<>();
		s.priorityAreas().forEach(line -> areaLines.put(line.priorityAreaId(), line));
		for (ReportSnapshot.AreaLine area : s.priorityAreas()) {
			List<Document.Block> blocks = new ArrayList<>();
			String text = report.narrative().textFor(area.priorityAreaId());
			blocks.add(new Document.Paragraph(text == null ? t.get("followup.report.no-text") : text));
			blocks.add(new Document.Facts(List.of(
					new Document.Fact(t.get("followup.report.activities"), String.valueOf(area.activities())),
					new Document.Fact(t.get("followup.done"), String.valueOf(area.done())),
					new Document.Fact(t.get("followup.report.late"), String.valueOf(area.late())))));
			sections.add(new Document.Section(area.name(), blocks));
		}
		if (!view.versions().isEmpty()) {
			Table.Builder versions = Table.of(t.get("followup.report.versions"), Table.integer(t.get("followup.report.version")),
					Table.text(t.get("followup.report.submitted")), Table.text(t.get("followup.report.outcome")),
					Table.text(t.get("followup.report.comment")));
			for (ReportVersion v : view.versions()) {
				versions.row(v.number(), v.submittedBy() + ", " + when(v.submittedAt()),
						v.outcome() == null ? t.get("followup.report.awaiting")
								: t.get("followup.report.status." + v.outcome()) + " (" + v.decidedBy() + ")",
						v.comment());
			}
			sections.add(Document.Section.of(t.get("followup.report.versions"), versions.build()));
		}
		return new Document(t.get("followup.report.kicker"), title,
				t.get("followup.report.subtitle", String.valueOf(s.planYear()), String.valueOf(report.edition())), cover, sections, locale);
	}

	/** The yearly compilation: the comparison, every plan's results, completed measures, indicators, missing reports. */
	public Document compilation(AnnualCompilation compilation, Locale locale) {
		Texts t = new Texts(locale);
		CompilationContent c = compilation.content();
		List<Document.Fact> cover = new ArrayList<>();
		cover.add(new Document.Fact(t.get("followup.compilation.year"), String.valueOf(c.year())));
		cover.add(new Document.Fact(t.get("followup.report.status"),
				t.get("followup.compilation.status." + compilation.status())));
		if (compilation.publishedAt() != null) {
			cover.add(new Document.Fact(t.get("followup.compilation.published"),
					compilation.publishedBy() + ", " + when(compilation.publishedAt())));
		}
		cover.add(new Document.Fact(t.get("followup.compilation.districts"), String.valueOf(c.districts().size())));
		cover.add(new Document.Fact(t.get("followup.compilation.missing"), String.valueOf(c.missingReports().size())));
		cover.add(new Document.Fact(t.get("followup.report.generated"), when(c.generatedAt())));
		List<Document.Section> sections = new ArrayList<>();
		sections.add(Document.Section.of(t.get("followup.compilation.comparison"),
				FollowupCharts.districts(c, t.get("followup.chart.districts"), t.get("followup.report.district"),
						status -> t.get("planning.activity.status." + status)),
				comparison(t, c)));
		sections.add(Document.Section.of(t.get("followup.citywide"), planFacts(t, c.cityWide()),
				completed(t, t.get("followup.compilation.completed"), List.of(new Named(null, c.cityWide())))));
		Table.Builder results = Table.of(t.get("followup.compilation.results"), Table.text(t.get("followup.report.district")),
				Table.text(t.get("followup.compilation.plan")), Table.integer(t.get("followup.report.activities")),
				Table.integer(t.get("planning.activity.status.PLANNED")), Table.integer(t.get("planning.activity.status.ONGOING")),
				Table.integer(t.get("planning.activity.status.DONE")), Table.integer(t.get("planning.activity.status.POSTPONED")),
				Table.integer(t.get("planning.activity.status.CANCELLED")), Table.integer(t.get("followup.report.late")));
		for (CompilationContent.DistrictResult d : c.districts()) {
			Map<String, Integer> s = d.activitiesByStatus();
			results.row(d.districtName(), t.get("followup.plan.status." + d.planStatus()), d.activities(),
					s.get("PLANNED"), s.get("ONGOING"), s.get("DONE"), s.get("POSTPONED"), s.get("CANCELLED"), d.late());
		}
		List<Named> named = c.districts()
			.stream()
			.map(d -> new Named(d.districtName(), new CompilationContent.PlanResult(d.planId(), d.planStatus(),
					d.activities(), d.activitiesByStatus(), d.completedActivities(), d.late(), d.commitments(), d.reports())))
			.toList();
		sections.add(Document.Section.of(t.get("followup.compilation.results"), results.build(),
				completed(t, t.get("followup.compilation.completed"), named)));
		List<Document.Block> development = new ArrayList<>();
		for (CompilationContent.AreaDevelopment area : c.indicatorDevelopment()) {
			Table.Builder goals = Table.of(area.name() == null ? t.get("followup.compilation.no-area") : area.name(),
					Table.text(t.get("followup.report.district")), Table.text(t.get("planning.goal.title")),
					Table.text(t.get("followup.indicator")), Table.decimal(t.get("followup.baseline")),
					Table.decimal(t.get("followup.latest")), Table.decimal(t.get("followup.target")),
					Table.date(t.get("planning.goal.targetDate")));
			for (CompilationContent.GoalDevelopment g : area.goals()) {
				goals.row(g.districtName() == null ? t.get("followup.citywide") : g.districtName(), g.title(),
						marked(g.indicatorName() == null ? String.valueOf(g.indicatorId()) : g.indicatorName(),
								g.latestValue() == null ? null : g.latestState(), g.latestDemo(), t),
						g.baselineValue(), g.latestValue(), g.targetValue(), g.targetDate());
			}
			development.add(goals.build());
		}
		sections.add(new Document.Section(t.get("followup.compilation.indicators"), development));
		if (c.bySteeringDocument() != null) {
			sections.add(Document.Section.of(t.get("followup.compilation.steering"), steering(t, c)));
		}
		Table.Builder missing = Table.of(t.get("followup.compilation.missing"), Table.text(t.get("followup.report.district")),
				Table.text(t.get("followup.report.period")), Table.text(t.get("followup.report.status")));
		for (CompilationContent.MissingReport m : c.missingReports()) {
			missing.row(m.districtName() == null ? t.get("followup.citywide") : m.districtName(), m.period(),
					t.get("followup.state." + m.status()));
		}
		sections.add(Document.Section.of(t.get("followup.compilation.reports"), missing.build()));
		return new Document(t.get("followup.compilation.kicker"), t.get("followup.compilation.title", String.valueOf(c.year())),
				t.get("followup.compilation.subtitle"), cover, sections, locale);
	}

	/** The year's goals and activities by the steering documents' goals they serve, one row per goal or activity. */
	private static Table steering(Texts t, CompilationContent c) {
		Table.Builder table = Table.of(t.get("followup.compilation.steering"),
				Table.text(t.get("followup.compilation.steering.goal")), Table.text(t.get("followup.compilation.steering.kind")),
				Table.text(t.get("followup.compilation.steering.title")), Table.text(t.get("followup.compilation.steering.plan")),
				Table.text(t.get("followup.report.status")));
		for (CompilationContent.SteeringDocumentWork document : c.bySteeringDocument()) {
			for (CompilationContent.SteeringGoalWork goal : document.goals()) {
				String label = document.title() + ": " + (goal.code() == null ? "" : goal.code() + " ") + goal.text();
				if (goal.plans().isEmpty() && goal.goals().isEmpty() && goal.activities().isEmpty()) {
					table.row(label, "", t.get("followup.compilation.steering.nothing"), "", "");
				}
				for (CompilationContent.ServingItem item : goal.plans()) {
					table.row(label, t.get("followup.compilation.steering.kind.plan"),
							t.get("followup.compilation.steering.whole-plan"), planOf(t, item),
							t.get("followup.compilation.steering.plan-status", t.get("followup.plan.status." + item.status())));
				}
				for (CompilationContent.ServingItem item : goal.goals()) {
					table.row(label, t.get("followup.compilation.steering.kind.goal"), item.title(), planOf(t, item),
							t.get("followup.compilation.steering.plan-status", t.get("followup.plan.status." + item.status())));
				}
				for (CompilationContent.ServingItem item : goal.activities()) {
					table.row(label, t.get("followup.compilation.steering.kind.activity"), item.title(), planOf(t, item),
							t.get("planning.activity.status." + item.status()));
				}
			}
		}
		return table.build();
	}

	private static String planOf(Texts t, CompilationContent.ServingItem item) {
		return item.districtName() == null ? t.get("followup.citywide") : item.districtName();
	}

	/** The comparison of the districts as a table (also the CSV of the compilation). */
	public Table comparison(Texts t, CompilationContent c) {
		Table.Builder table = Table.of(t.get("followup.compilation.comparison"), Table.text(t.get("followup.report.district")),
				Table.integer(t.get("followup.report.activities")), Table.integer(t.get("followup.done")),
				Table.decimal(t.get("followup.compilation.done-share")), Table.integer(t.get("followup.report.late")),
				Table.integer(t.get("followup.compilation.commitments-met")), Table.integer(t.get("followup.compilation.reports-in")));
		for (CompilationContent.Comparison row : c.comparison()) {
			table.row(row.districtName(), row.activities(), row.done(), row.doneShare(), row.late(), row.commitmentsMet(),
					row.reportsIn());
		}
		return table.build();
	}

	/** A plan's activities as a table (also the plan's CSV). */
	public Table activities(Texts t, List<Activity> activities, Map<UUID, String> areaNames) {
		Table.Builder table = Table.of(t.get("followup.report.activities"), Table.text(t.get("planning.activity.title")),
				Table.text(t.get("followup.areas")), Table.text(t.get("planning.status")), Table.text(t.get("planning.signal")),
				Table.date(t.get("followup.start")), Table.date(t.get("followup.end")), Table.integer(t.get("followup.target")),
				Table.integer(t.get("followup.done")), Table.text(t.get("followup.responsible")));
		for (Activity a : activities) {
			var c = a.content();
			table.row(c.title(), String.join(", ", c.priorityAreaIds().stream().map(id -> areaNames.getOrDefault(id, "")).toList()),
					t.get("planning.activity.status." + a.status()), a.signal() == null ? null : t.get("planning.signal." + a.signal()),
					c.startDate(), c.endDate(), c.targetCount(), c.targetCount() == null ? null : a.doneCount(),
					t.get("planning.responsibleParty." + c.responsibleParty()));
		}
		return table.build();
	}

	/** Every priority area of the agreement in force, for narrative forms. */
	public List<PriorityArea> priorityAreas() {
		return agreements.currentPriorityAreas();
	}

	public Texts texts(Locale locale) {
		return new Texts(locale);
	}

	private Table goals(Texts t, List<ReportSnapshot.GoalLine> goals) {
		Table.Builder table = Table.of(t.get("followup.report.goals"), Table.text(t.get("planning.goal.title")),
				Table.text(t.get("followup.indicator")), Table.decimal(t.get("followup.baseline")),
				Table.text(t.get("planning.goal.baselinePeriod")), Table.decimal(t.get("followup.latest")),
				Table.text(t.get("followup.latest.period")), Table.decimal(t.get("followup.target")),
				Table.date(t.get("planning.goal.targetDate")));
		for (ReportSnapshot.GoalLine g : goals) {
			table.row(g.title(), g.indicatorId() == null ? t.get("planning.goal.no-indicator")
					: g.indicatorName() == null ? g.indicatorId().toString() : g.indicatorName(), g.baselineValue(),
					g.baselinePeriod(), g.latestValue(), marked(g.latestPeriod(), g.latestState(), g.latestDemo(), t),
					g.targetValue(), g.targetDate());
		}
		return table.build();
	}

	/** A text with the latest value's marks: preliminary, and a demo value (never shown as a real figure). */
	private static String marked(String text, String state, Boolean demo, Texts t) {
		String marked = text;
		if ("PRELIMINARY".equals(state)) {
			marked += " (" + t.get("followup.latest.preliminary") + ")";
		}
		if (Boolean.TRUE.equals(demo)) {
			marked += " (" + t.get("indicator.demo.tag") + ")";
		}
		return marked;
	}

	private record Named(String name, CompilationContent.PlanResult result) {
	}

	private Document.Facts planFacts(Texts t, CompilationContent.PlanResult r) {
		List<Document.Fact> facts = new ArrayList<>();
		facts.add(new Document.Fact(t.get("followup.compilation.plan"), t.get("followup.plan.status." + r.planStatus())));
		facts.add(new Document.Fact(t.get("followup.report.activities"), String.valueOf(r.activities())));
		for (ActivityStatus status : ActivityStatus.values()) {
			facts.add(new Document.Fact(t.get("planning.activity.status." + status),
					String.valueOf(r.activitiesByStatus().getOrDefault(status.name(), 0))));
		}
		facts.add(new Document.Fact(t.get("followup.report.late"), String.valueOf(r.late())));
		r.reports().forEach((period, state) -> facts.add(new Document.Fact(t.get("followup.report.period") + " " + period,
				t.get("followup.state." + state))));
		return new Document.Facts(facts);
	}

	private Table completed(Texts t, String caption, List<Named> plansAndNames) {
		Table.Builder table = Table.of(caption, Table.text(t.get("followup.report.district")),
				Table.text(t.get("planning.activity.title")), Table.date(t.get("followup.end")));
		for (Named named : plansAndNames) {
			for (CompilationContent.CompletedActivity a : named.result().completedActivities()) {
				table.row(named.name() == null ? t.get("followup.citywide") : named.name(), a.title(), a.endDate());
			}
		}
		return table.build();
	}

	private static String when(OffsetDateTime at) {
		return at == null ? "–" : WHEN.format(at.atZoneSameInstant(STOCKHOLM));
	}

	/** Message texts in one language. */
	public final class Texts {

		private final Locale locale;

		Texts(Locale locale) {
			this.locale = locale;
		}

		public String get(String key, Object... arguments) {
			return messages.getMessage(key, arguments, key, locale);
		}
	}

	static BigDecimal share(int part, int whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
	}
}
