package se.samverkan.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.NotAddressed;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.analysis.ProblemManagement;
import se.samverkan.governance.DecisionFacts;
import se.samverkan.governance.DecisionRecord;
import se.samverkan.governance.SteeringDocument;
import se.samverkan.governance.SteeringDocumentRegister;
import se.samverkan.identity.Actor;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.PartnerRegister;
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.Activity;
import se.samverkan.planning.ActivityContent;
import se.samverkan.planning.Goal;
import se.samverkan.planning.GoalAssessment;
import se.samverkan.planning.Horizon;
import se.samverkan.planning.PlanManagement;
import se.samverkan.planning.PlanProfile;
import se.samverkan.planning.PreventionLevel;
import se.samverkan.planning.PreventionType;
import se.samverkan.planning.Timeline;
import se.samverkan.platform.documents.Document;
import se.samverkan.platform.documents.Table;
import se.samverkan.platform.documents.Words;

/**
 * The action plan as a document the steering group decides on: a cover (district or city, year,
 * status and the steering group's decision: group, meeting date, decision text, who was present),
 * the goals per priority area (measurable ones with baseline, target and latest value, qualitative
 * ones with their latest assessment) and the reasons for areas the plan leaves out, the activities
 * grouped by priority area with every field the agreement asks for (what, how, how it is followed
 * up, who with the other responsible bodies, when) and the causes each acts on, the golden thread
 * (problem, cause, activity), the goals of the city's steering documents the plan serves, the
 * prevention profile and the timeline (the drawing the plan's timeline page shows). Every word in
 * the reader's language; no enum name reaches the reader.
 */
@Component
public class PlanDocuments {

	private final MessageSource messages;

	private final AgreementManagement agreements;

	private final OrganisationDirectory organisation;

	private final PlanManagement plans;

	private final IndicatorReadings indicators;

	private final ProblemManagement problems;

	private final SteeringDocumentRegister steeringDocuments;

	private final PartnerRegister partners;

	PlanDocuments(MessageSource messages, AgreementManagement agreements, OrganisationDirectory organisation,
			PlanManagement plans, IndicatorReadings indicators, ProblemManagement problems,
			SteeringDocumentRegister steeringDocuments, PartnerRegister partners) {
		this.messages = messages;
		this.partners = partners;
		this.problems = problems;
		this.steeringDocuments = steeringDocuments;
		this.agreements = agreements;
		this.organisation = organisation;
		this.plans = plans;
		this.indicators = indicators;
	}

	/** "Åtgärdsplan Södermalm 2026" in the reader's language. */
	public String title(ActionPlan plan, Locale locale) {
		Words words = new Words(messages, locale);
		return words.get("doc.plan.title", place(plan, words), String.valueOf(plan.year()));
	}

	/** The plan as the actor may read it (the causes its activities act on are the districts' analyses). */
	public Document document(Actor actor, ActionPlan plan, Locale locale) {
		Words words = new Words(messages, locale);
		String place = place(plan, words);
		List<Goal> goals = plans.goals(plan);
		List<Activity> activities = plans.activities(plan);
		List<PriorityArea> areas = areasOf(plan);
		Map<UUID, String> reasons = plans.notAddressed(plan)
			.stream()
			.collect(Collectors.toMap(NotAddressed::priorityAreaId, NotAddressed::reason, (a, b) -> a, LinkedHashMap::new));
		PlanCauses causes = PlanCauses.of(problems, actor, activities);
		Map<UUID, String> steeringGoals = steeringGoalNames(actor);
		List<Document.Fact> cover = new ArrayList<>();
		cover.add(new Document.Fact(words.get("doc.plan.area"), place));
		cover.add(new Document.Fact(words.get("doc.plan.year"), String.valueOf(plan.year())));
		cover.add(new Document.Fact(words.get("doc.plan.status"), words.get("planning.plan.status." + plan.status())));
		cover.addAll(DecisionFacts.of(DecisionRecord.of(plans.decisions(plan)), false,
				code -> DecisionFacts.partyName(organisation.parties(), code, words), words));
		cover.add(new Document.Fact(words.get("doc.plan.counts"),
				words.get("doc.plan.counts.value", goals.size(), activities.size())));
		List<Document.Section> sections = new ArrayList<>();
		sections.add(new Document.Section(words.get("doc.plan.goals"), goals(plan, goals, areas, reasons, words)));
		sections.addAll(activitySections(activities, goals, areas, reasons, causes, steeringGoals, words));
		sections.add(causes.section(words));
		sections.add(steering(plan, goals, activities, steeringGoals, words));
		sections.add(Document.Section.of(words.get("doc.plan.profile"),
				new Document.Paragraph(words.get("doc.plan.profile.text")), profile(activities, words),
				horizons(activities, words), partners(plans.profile(actor, plan.id()), words)));
		sections.add(timeline(plan, activities, words));
		return new Document(words.get("doc.plan.kicker"), title(plan, locale),
				words.get("doc.plan.subtitle", place, String.valueOf(plan.year())), cover, sections, locale);
	}

	/** The priority areas of the agreement in force in the plan's year (today's if none is known for it). */
	private List<PriorityArea> areasOf(ActionPlan plan) {
		List<PriorityArea> ofYear = agreements.priorityAreasOfYear(plan.year());
		return ofYear.isEmpty() ? agreements.currentPriorityAreas() : ofYear;
	}

	private String place(ActionPlan plan, Words words) {
		return plan.districtId() == null ? words.get("picture.citywide")
				: organisation.unit(plan.districtId()).map(unit -> unit.name()).orElse(words.get("doc.none"));
	}

	/**
	 * The goals per priority area: the measurable ones with baseline, target and latest value, the
	 * qualitative ones with their latest assessment; an area without goals says why when the plan
	 * gives a reason.
	 */
	private List<Document.Block> goals(ActionPlan plan, List<Goal> goals, List<PriorityArea> areas,
			Map<UUID, String> reasons, Words words) {
		if (goals.isEmpty()) {
			return List.of(new Document.Paragraph(words.get("doc.plan.goals.none")));
		}
		Map<UUID, List<GoalAssessment>> assessments = plans.assessments(goals);
		List<Document.Block> blocks = new ArrayList<>();
		Set<UUID> known = new LinkedHashSet<>();
		for (PriorityArea area : areas) {
			known.add(area.id());
			String name = areaName(area, words);
			List<Goal> inArea = goals.stream().filter(goal -> area.id().equals(goal.priorityAreaId())).toList();
			blocks.add(new Document.Subheading(name));
			if (inArea.isEmpty()) {
				blocks.add(new Document.Paragraph(reasons.containsKey(area.id())
						? words.get("doc.plan.area.reason", reasons.get(area.id())) : words.get("doc.plan.goals.area.none")));
			}
			else {
				blocks.addAll(goalTables(plan, inArea, name, assessments, words));
			}
		}
		List<Goal> elsewhere = goals.stream()
			.filter(goal -> goal.priorityAreaId() == null || !known.contains(goal.priorityAreaId()))
			.toList();
		if (!elsewhere.isEmpty()) {
			String name = words.get("doc.plan.goals.noArea");
			blocks.add(new Document.Subheading(name));
			blocks.addAll(goalTables(plan, elsewhere, name, assessments, words));
		}
		return blocks;
	}

	private List<Document.Block> goalTables(ActionPlan plan, List<Goal> goals, String area,
			Map<UUID, List<GoalAssessment>> assessments, Words words) {
		List<Document.Block> tables = new ArrayList<>();
		List<Goal> measurable = goals.stream().filter(goal -> !goal.isQualitative()).toList();
		List<Goal> qualitative = goals.stream().filter(Goal::isQualitative).toList();
		if (!measurable.isEmpty()) {
			tables.add(measurable(plan, measurable, area, words));
		}
		if (!qualitative.isEmpty()) {
			Table.Builder table = Table.of(words.get("doc.plan.goals.qualitative.table", area),
					Table.text(words.get("doc.plan.column.goal")), Table.text(words.get("doc.plan.column.targetText")),
					Table.date(words.get("doc.plan.column.targetDate")), Table.text(words.get("doc.plan.column.assessment")),
					Table.date(words.get("doc.plan.column.assessedOn")), Table.text(words.get("doc.plan.column.comment")));
			for (Goal goal : qualitative) {
				List<GoalAssessment> own = assessments.getOrDefault(goal.id(), List.of());
				GoalAssessment latest = own.isEmpty() ? null : own.get(own.size() - 1);
				table.row(goal.title(), goal.targetText(), goal.targetDate(),
						latest == null ? words.get("doc.plan.assessment.none")
								: words.get("planning.assessment." + latest.result().name()),
						latest == null ? null : latest.date(),
						latest == null || latest.comment() == null ? words.get("doc.none") : latest.comment());
			}
			tables.add(table.build());
		}
		return tables;
	}

	private Table measurable(ActionPlan plan, List<Goal> goals, String area, Words words) {
		Table.Builder table = Table.of(words.get("doc.plan.goals.table", area), Table.text(words.get("doc.plan.column.goal")),
				Table.text(words.get("doc.plan.column.indicator")), Table.decimal(words.get("doc.plan.column.baseline")),
				Table.text(words.get("doc.plan.column.baselinePeriod")), Table.decimal(words.get("doc.plan.column.target")),
				Table.date(words.get("doc.plan.column.targetDate")), Table.decimal(words.get("doc.plan.column.latest")),
				Table.text(words.get("doc.plan.column.latestPeriod")));
		for (Goal goal : goals) {
			var reading = goal.indicatorId() == null ? java.util.Optional.<IndicatorReadings.Reading>empty()
					: indicators.latest(goal.indicatorId(), plan.districtId());
			String indicator = goal.indicatorId() == null ? words.get("doc.plan.indicator.none")
					: reading.map(IndicatorReadings.Reading::name).orElse(words.get("doc.plan.indicator.unnamed"));
			table.row(goal.title(), indicator, goal.baselineValue(), goal.baselinePeriod(), goal.targetValue(),
					goal.targetDate(), reading.map(IndicatorReadings.Reading::latestValue).orElse(null),
					reading.map(IndicatorReadings.Reading::latestPeriod).orElse(words.get("doc.plan.latest.none")));
		}
		return table.build();
	}

	/**
	 * One section per priority area (in the agreement's order), each activity with all its fields; an
	 * area without activities says why when the plan gives a reason.
	 */
	private List<Document.Section> activitySections(List<Activity> activities, List<Goal> goals,
			List<PriorityArea> areas, Map<UUID, String> reasons, PlanCauses causes, Map<UUID, String> steeringGoals,
			Words words) {
		Map<UUID, String> goalTitles = new LinkedHashMap<>();
		goals.forEach(goal -> goalTitles.put(goal.id(), goal.title()));
		Map<UUID, String> partnerNames = new HashMap<>();
		this.partners.all(false).forEach(partner -> partnerNames.put(partner.id(), partner.name()));
		List<Document.Section> sections = new ArrayList<>();
		List<Activity> placed = new ArrayList<>();
		for (PriorityArea area : areas) {
			List<Document.Block> blocks = new ArrayList<>();
			for (Activity activity : activities) {
				if (activity.content().priorityAreaIds().contains(area.id())) {
					blocks.addAll(activity(activity, goalTitles, partnerNames, steeringGoals, causes, words));
					placed.add(activity);
				}
			}
			if (blocks.isEmpty()) {
				blocks.add(new Document.Paragraph(reasons.containsKey(area.id())
						? words.get("doc.plan.area.reason", reasons.get(area.id())) : words.get("doc.plan.area.none")));
			}
			sections.add(new Document.Section(words.get("doc.plan.activities.in", areaName(area, words)), blocks));
		}
		List<Document.Block> elsewhere = new ArrayList<>();
		activities.stream()
			.filter(activity -> !placed.contains(activity))
			.forEach(activity -> elsewhere.addAll(activity(activity, goalTitles, partnerNames, steeringGoals, causes, words)));
		if (!elsewhere.isEmpty()) {
			sections.add(new Document.Section(words.get("doc.plan.activities.noArea"), elsewhere));
		}
		return sections;
	}

	private List<Document.Block> activity(Activity activity, Map<UUID, String> goalTitles, Map<UUID, String> partners,
			Map<UUID, String> steeringGoals, PlanCauses causes, Words words) {
		ActivityContent c = activity.content();
		List<Document.Fact> facts = new ArrayList<>();
		facts.add(fact(words, "planning.field.what", c.what()));
		facts.add(fact(words, "planning.field.how", c.how()));
		facts.add(fact(words, "planning.field.followUpMethod", c.followUpMethod()));
		facts.add(new Document.Fact(words.get("doc.plan.who"), who(c, words)));
		facts.add(new Document.Fact(words.get("doc.plan.partners"), c.partnerIds().isEmpty()
				? words.get("doc.plan.partners.none")
				: names(c.partnerIds(), partners, words)));
		facts.add(fact(words, "planning.field.participants.short", c.participants()));
		facts.add(new Document.Fact(words.get("doc.plan.when"), words.get("doc.plan.when.value", c.startDate(), c.endDate())));
		facts.add(fact(words, "planning.field.milestones.short", c.milestones()));
		facts.add(new Document.Fact(words.get("doc.plan.causes"), causes.of(activity, words)));
		if (!c.goalIds().isEmpty()) {
			facts.add(new Document.Fact(words.get("doc.plan.contributes"), names(c.goalIds(), goalTitles, words)));
		}
		if (!c.steeringDocumentGoalIds().isEmpty()) {
			facts.add(new Document.Fact(words.get("doc.plan.steering.serves"),
					names(c.steeringDocumentGoalIds(), steeringGoals, words)));
		}
		facts.add(new Document.Fact(words.get("doc.plan.prevention"), String.join(", ",
				label(words, "planning.preventionLevel.", c.preventionLevel()),
				label(words, "planning.preventionType.", c.preventionType()),
				label(words, "planning.horizon.", c.horizon()))));
		if (c.targetCount() != null) {
			facts.add(new Document.Fact(words.get("doc.plan.commitment"),
					words.get("doc.plan.commitment.value", activity.doneCount(), c.targetCount())));
		}
		facts.add(new Document.Fact(words.get("planning.status"), words.get("planning.activity.status." + activity.status())
				+ (activity.signal() == null ? "" : " · " + words.get("planning.signal") + ": "
						+ words.get("planning.signal." + activity.signal()))));
		return List.of(new Document.Subheading(c.title()), new Document.Facts(facts));
	}

	private static String names(Collection<UUID> ids, Map<UUID, String> names, Words words) {
		return ids.stream().map(id -> names.getOrDefault(id, words.get("doc.none"))).collect(Collectors.joining("; "));
	}

	/** The goals of the city's steering documents the plan serves, and what in the plan serves each. */
	private Document.Section steering(ActionPlan plan, List<Goal> goals, List<Activity> activities,
			Map<UUID, String> names, Words words) {
		Map<UUID, List<UUID>> links = plans.steeringGoalsOf(plan, goals);
		Map<UUID, List<String>> servedBy = new LinkedHashMap<>();
		links.getOrDefault(plan.id(), List.of())
			.forEach(id -> servedBy.computeIfAbsent(id, key -> new ArrayList<>()).add(words.get("doc.plan.steering.plan")));
		goals.forEach(goal -> links.getOrDefault(goal.id(), List.of())
			.forEach(id -> servedBy.computeIfAbsent(id, key -> new ArrayList<>())
				.add(words.get("doc.plan.steering.goal", goal.title()))));
		activities.forEach(activity -> activity.content()
			.steeringDocumentGoalIds()
			.forEach(id -> servedBy.computeIfAbsent(id, key -> new ArrayList<>())
				.add(words.get("doc.plan.steering.activity", activity.content().title()))));
		if (servedBy.isEmpty()) {
			return Document.Section.of(words.get("doc.plan.steering"), new Document.Paragraph(words.get("doc.plan.steering.none")));
		}
		Table.Builder table = Table.of(words.get("doc.plan.steering.table"), Table.text(words.get("doc.plan.column.steeringGoal")),
				Table.text(words.get("doc.plan.column.servedBy")));
		names.forEach((id, name) -> {
			if (servedBy.containsKey(id)) {
				table.row(name, String.join("; ", servedBy.get(id)));
			}
		});
		return Document.Section.of(words.get("doc.plan.steering"), new Document.Paragraph(words.get("doc.plan.steering.text")),
				table.build());
	}

	/** "Kommunfullmäktiges mål: 3.6 Tryggheten ska öka …" for every steering document's goal, in the register's order. */
	private Map<UUID, String> steeringGoalNames(Actor actor) {
		Map<UUID, String> names = new LinkedHashMap<>();
		for (SteeringDocument document : steeringDocuments.all(actor)) {
			document.goals().forEach(goal -> names.put(goal.id(), document.title() + ": " + goal.label()));
		}
		return names;
	}

	/** The responsible bodies beyond the two parties and how many activities each shares. */
	private static Document.Block partners(PlanProfile profile, Words words) {
		if (profile.responsibleBodies().isEmpty()) {
			return new Document.Paragraph(words.get("doc.plan.partners.noneInPlan"));
		}
		Table.Builder table = Table.of(words.get("doc.plan.partners.table"), Table.text(words.get("doc.plan.column.partner")),
				Table.text(words.get("doc.plan.column.partnerKind")), Table.integer(words.get("doc.plan.column.activities")));
		profile.responsibleBodies()
			.forEach(body -> table.row(body.name(), body.kind() == null ? words.get("doc.none")
					: words.get("partnerkind." + body.kind()), (long) body.activities()));
		return table.build();
	}

	private String who(ActivityContent c, Words words) {
		List<String> parts = new ArrayList<>();
		parts.add(label(words, "planning.responsibleParty.", c.responsibleParty()));
		if (c.responsibleUnitId() != null) {
			organisation.unit(c.responsibleUnitId()).ifPresent(unit -> parts.add(unit.name()));
		}
		if (c.responsiblePerson() != null && !c.responsiblePerson().isBlank()) {
			parts.add(c.responsiblePerson());
		}
		return String.join(", ", parts);
	}

	/** Activities by prevention level (rows) and type (columns). */
	private static Table profile(List<Activity> activities, Words words) {
		Table.Builder table = Table.of(words.get("doc.plan.profile.table"), Table.text(words.get("planning.field.preventionLevel")),
				Table.integer(words.get("planning.preventionType.SOCIAL")),
				Table.integer(words.get("planning.preventionType.SITUATIONAL")), Table.integer(words.get("doc.plan.column.total")));
		for (PreventionLevel level : PreventionLevel.values()) {
			long social = count(activities, level, PreventionType.SOCIAL);
			long situational = count(activities, level, PreventionType.SITUATIONAL);
			table.row(words.get("planning.preventionLevel." + level), social, situational, social + situational);
		}
		table.row(words.get("doc.plan.column.total"), count(activities, null, PreventionType.SOCIAL),
				count(activities, null, PreventionType.SITUATIONAL), (long) activities.size());
		return table.build();
	}

	private static Table horizons(List<Activity> activities, Words words) {
		Table.Builder table = Table.of(words.get("doc.plan.horizon.table"), Table.text(words.get("planning.field.horizon")),
				Table.integer(words.get("doc.plan.column.activities")));
		for (Horizon horizon : Horizon.values()) {
			table.row(words.get("planning.horizon." + horizon),
					activities.stream().filter(activity -> activity.content().horizon() == horizon).count());
		}
		return table.build();
	}

	private static long count(List<Activity> activities, PreventionLevel level, PreventionType type) {
		return activities.stream()
			.filter(activity -> level == null || activity.content().preventionLevel() == level)
			.filter(activity -> activity.content().preventionType() == type)
			.count();
	}

	private static Document.Section timeline(ActionPlan plan, List<Activity> activities, Words words) {
		if (activities.isEmpty()) {
			return Document.Section.of(words.get("doc.plan.timeline"), new Document.Paragraph(words.get("doc.plan.activities.none")));
		}
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
		Timeline timeline = Timeline.of(plan.year(), activities, today, words.locale());
		Table.Builder table = Table.of(words.get("doc.plan.timeline.table"), Table.text(words.get("planning.activity.title")),
				Table.date(words.get("planning.field.startDate")), Table.date(words.get("planning.field.endDate")),
				Table.text(words.get("planning.status")), Table.text(words.get("doc.plan.column.late")));
		for (Timeline.Bar bar : timeline.bars()) {
			ActivityContent c = bar.activity().content();
			table.row(c.title(), c.startDate(), c.endDate(), words.get("planning.activity.status." + bar.activity().status()),
					bar.late() ? words.get("doc.yes") : words.get("doc.no"));
		}
		String svg = timeline.svg(words.get("doc.plan.timeline.label", activities.size(), String.valueOf(plan.year())),
				words.get("planning.timeline.today"));
		return Document.Section.of(words.get("doc.plan.timeline"), new Document.Paragraph(words.get("doc.plan.timeline.text")),
				new Document.Chart(svg, table.build()));
	}

	private static Document.Fact fact(Words words, String key, String value) {
		return new Document.Fact(words.get(key), value == null || value.isBlank() ? words.get("doc.none") : value);
	}

	private static String label(Words words, String prefix, Enum<?> value) {
		return value == null ? words.get("doc.none") : words.get(prefix + value.name());
	}

	private static String areaName(PriorityArea area, Words words) {
		return words.english() && area.nameEn() != null ? area.nameEn() : area.name();
	}
}
