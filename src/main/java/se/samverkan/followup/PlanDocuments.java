package se.samverkan.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.Activity;
import se.samverkan.planning.ActivityContent;
import se.samverkan.planning.Goal;
import se.samverkan.planning.Horizon;
import se.samverkan.planning.PlanManagement;
import se.samverkan.planning.PreventionLevel;
import se.samverkan.planning.PreventionType;
import se.samverkan.planning.Timeline;
import se.samverkan.platform.documents.Document;
import se.samverkan.platform.documents.Table;
import se.samverkan.platform.documents.Words;

/**
 * The action plan as a document the steering group decides on: a cover (district or city, year,
 * status and the decision), the goals with baseline, target and latest value, the activities
 * grouped by priority area with every field the agreement asks for (what, how, how it is followed
 * up, who, when), the prevention profile and the timeline (the drawing the plan's timeline page
 * shows). Every word in the reader's language; no enum name reaches the reader.
 */
@Component
public class PlanDocuments {

	private final MessageSource messages;

	private final AgreementManagement agreements;

	private final OrganisationDirectory organisation;

	private final PlanManagement plans;

	private final IndicatorReadings indicators;

	PlanDocuments(MessageSource messages, AgreementManagement agreements, OrganisationDirectory organisation,
			PlanManagement plans, IndicatorReadings indicators) {
		this.messages = messages;
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

	public Document document(ActionPlan plan, Locale locale) {
		Words words = new Words(messages, locale);
		String place = place(plan, words);
		List<Goal> goals = plans.goals(plan);
		List<Activity> activities = plans.activities(plan);
		List<Document.Fact> cover = new ArrayList<>();
		cover.add(new Document.Fact(words.get("doc.plan.area"), place));
		cover.add(new Document.Fact(words.get("doc.plan.year"), String.valueOf(plan.year())));
		cover.add(new Document.Fact(words.get("doc.plan.status"), words.get("planning.plan.status." + plan.status())));
		cover.add(new Document.Fact(words.get("doc.plan.decision"), plan.establishedAt() == null
				? words.get("doc.picture.decision.none")
				: words.get("doc.picture.decision.established", Words.day(plan.establishedAt()), plan.establishedBy())));
		cover.add(new Document.Fact(words.get("doc.plan.counts"),
				words.get("doc.plan.counts.value", goals.size(), activities.size())));
		List<Document.Section> sections = new ArrayList<>();
		sections.add(Document.Section.of(words.get("doc.plan.goals"), goals(plan, goals, words)));
		sections.addAll(activitySections(activities, goals, words));
		sections.add(Document.Section.of(words.get("doc.plan.profile"),
				new Document.Paragraph(words.get("doc.plan.profile.text")), profile(activities, words),
				horizons(activities, words)));
		sections.add(timeline(plan, activities, words));
		return new Document(words.get("doc.plan.kicker"), title(plan, locale),
				words.get("doc.plan.subtitle", place, String.valueOf(plan.year())), cover, sections, locale);
	}

	private String place(ActionPlan plan, Words words) {
		return plan.districtId() == null ? words.get("picture.citywide")
				: organisation.unit(plan.districtId()).map(unit -> unit.name()).orElse(words.get("doc.none"));
	}

	private Table goals(ActionPlan plan, List<Goal> goals, Words words) {
		Table.Builder table = Table.of(words.get("doc.plan.goals.table"), Table.text(words.get("doc.plan.column.goal")),
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

	/** One section per priority area (in the agreement's order), each activity with all its fields. */
	private List<Document.Section> activitySections(List<Activity> activities, List<Goal> goals, Words words) {
		Map<UUID, String> goalTitles = new LinkedHashMap<>();
		goals.forEach(goal -> goalTitles.put(goal.id(), goal.title()));
		List<Document.Section> sections = new ArrayList<>();
		List<Activity> placed = new ArrayList<>();
		for (PriorityArea area : agreements.currentPriorityAreas()) {
			List<Document.Block> blocks = new ArrayList<>();
			for (Activity activity : activities) {
				if (activity.content().priorityAreaIds().contains(area.id())) {
					blocks.addAll(activity(activity, goalTitles, words));
					placed.add(activity);
				}
			}
			if (blocks.isEmpty()) {
				blocks.add(new Document.Paragraph(words.get("doc.plan.area.none")));
			}
			sections.add(new Document.Section(words.get("doc.plan.activities.in", areaName(area, words)), blocks));
		}
		List<Document.Block> elsewhere = new ArrayList<>();
		activities.stream().filter(activity -> !placed.contains(activity))
			.forEach(activity -> elsewhere.addAll(activity(activity, goalTitles, words)));
		if (!elsewhere.isEmpty()) {
			sections.add(new Document.Section(words.get("doc.plan.activities.noArea"), elsewhere));
		}
		return sections;
	}

	private List<Document.Block> activity(Activity activity, Map<UUID, String> goalTitles, Words words) {
		ActivityContent c = activity.content();
		List<Document.Fact> facts = new ArrayList<>();
		facts.add(fact(words, "planning.field.what", c.what()));
		facts.add(fact(words, "planning.field.how", c.how()));
		facts.add(fact(words, "planning.field.followUpMethod", c.followUpMethod()));
		facts.add(new Document.Fact(words.get("doc.plan.who"), who(c, words)));
		facts.add(fact(words, "planning.field.participants.short", c.participants()));
		facts.add(new Document.Fact(words.get("doc.plan.when"), words.get("doc.plan.when.value", c.startDate(), c.endDate())));
		facts.add(fact(words, "planning.field.milestones.short", c.milestones()));
		facts.add(new Document.Fact(words.get("doc.plan.prevention"), String.join(", ",
				label(words, "planning.preventionLevel.", c.preventionLevel()),
				label(words, "planning.preventionType.", c.preventionType()),
				label(words, "planning.horizon.", c.horizon()))));
		if (c.targetCount() != null) {
			facts.add(new Document.Fact(words.get("doc.plan.commitment"),
					words.get("doc.plan.commitment.value", activity.doneCount(), c.targetCount())));
		}
		if (!c.goalIds().isEmpty()) {
			facts.add(new Document.Fact(words.get("doc.plan.contributes"), String.join("; ",
					c.goalIds().stream().map(id -> goalTitles.getOrDefault(id, words.get("doc.none"))).toList())));
		}
		facts.add(new Document.Fact(words.get("planning.status"), words.get("planning.activity.status." + activity.status())
				+ (activity.signal() == null ? "" : " · " + words.get("planning.signal") + ": "
						+ words.get("planning.signal." + activity.signal()))));
		return List.of(new Document.Subheading(c.title()), new Document.Facts(facts));
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
