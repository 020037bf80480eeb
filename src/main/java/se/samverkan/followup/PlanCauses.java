package se.samverkan.followup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import se.samverkan.analysis.Cause;
import se.samverkan.analysis.ProblemManagement;
import se.samverkan.identity.Actor;
import se.samverkan.planning.Activity;
import se.samverkan.platform.documents.Document;
import se.samverkan.platform.documents.Table;
import se.samverkan.platform.documents.Words;

/**
 * The golden thread of a plan as its document shows it (problem → cause → activity): the causes the
 * plan's activities act on, as far as the reader may read the districts' analyses, each with its
 * problem; and how many causes lie in analyses the reader cannot read.
 */
final class PlanCauses {

	private final List<Activity> activities;

	private final Map<UUID, Cause> causes;

	private final Map<UUID, String> problemTitles;

	private PlanCauses(List<Activity> activities, Map<UUID, Cause> causes, Map<UUID, String> problemTitles) {
		this.activities = activities;
		this.causes = causes;
		this.problemTitles = problemTitles;
	}

	static PlanCauses of(ProblemManagement problems, Actor actor, List<Activity> activities) {
		Set<UUID> ids = new LinkedHashSet<>();
		activities.forEach(activity -> ids.addAll(activity.causeIds()));
		Map<UUID, Cause> causes = new LinkedHashMap<>();
		problems.causes(actor, ids).forEach(cause -> causes.put(cause.id(), cause));
		Map<UUID, String> titles = new HashMap<>();
		causes.values()
			.stream()
			.map(Cause::problemId)
			.distinct()
			.forEach(problem -> titles.put(problem, problems.get(actor, problem).title()));
		return new PlanCauses(activities, causes, titles);
	}

	/** "Problem → cause; …" for an activity's causes, or that it names none. */
	String of(Activity activity, Words words) {
		List<UUID> ids = activity.causeIds();
		if (ids.isEmpty()) {
			return words.get("doc.plan.causes.none");
		}
		List<String> parts = new ArrayList<>(ids.stream()
			.map(causes::get)
			.filter(Objects::nonNull)
			.map(cause -> problemTitles.getOrDefault(cause.problemId(), "") + " → " + cause.text())
			.toList());
		long hidden = ids.stream().filter(id -> !causes.containsKey(id)).count();
		if (hidden > 0) {
			parts.add(words.get("doc.plan.causes.hidden", hidden));
		}
		return String.join("; ", parts);
	}

	/** Each problem's causes the plan acts on with the activities acting on each, then the activities acting on none. */
	Document.Section section(Words words) {
		Table.Builder table = Table.of(words.get("doc.plan.thread.table"), Table.text(words.get("doc.plan.column.problem")),
				Table.text(words.get("doc.plan.column.cause")), Table.text(words.get("doc.plan.column.activities")));
		List<Cause> ordered = causes.values()
			.stream()
			.sorted(Comparator.comparing((Cause cause) -> problemTitles.getOrDefault(cause.problemId(), ""))
				.thenComparing(Cause::ordinal))
			.toList();
		for (Cause cause : ordered) {
			table.row(problemTitles.getOrDefault(cause.problemId(), words.get("doc.none")), cause.text(),
					activities.stream()
						.filter(activity -> activity.causeIds().contains(cause.id()))
						.map(activity -> activity.content().title())
						.collect(Collectors.joining("; ")));
		}
		List<Document.Block> blocks = new ArrayList<>();
		blocks.add(new Document.Paragraph(words.get("doc.plan.thread.text")));
		blocks.add(ordered.isEmpty() ? new Document.Paragraph(words.get("doc.plan.thread.none")) : table.build());
		List<String> without = activities.stream()
			.filter(activity -> activity.causeIds().isEmpty())
			.map(activity -> activity.content().title())
			.toList();
		if (!without.isEmpty()) {
			blocks.add(new Document.Paragraph(words.get("doc.plan.thread.noCause", String.join("; ", without))));
		}
		return new Document.Section(words.get("doc.plan.thread"), blocks);
	}
}
