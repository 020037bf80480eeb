package se.samverkan.planning.web;

import java.util.HashMap;
import java.util.Map;

import se.samverkan.planning.ActivityStatus;
import se.samverkan.planning.Horizon;
import se.samverkan.planning.PreventionLevel;
import se.samverkan.planning.PreventionType;
import se.samverkan.planning.ResponsibleParty;
import se.samverkan.planning.Signal;
import se.samverkan.platform.web.ProblemMessages;

/**
 * The user's-language names of the planning enums, resolved once per page rather than once per
 * table row: a plan of 200 activities would otherwise ask the message source a thousand times.
 * The template reads them as {@code labels.get('planning.activity.status.DONE')}.
 */
final class Labels {

	private Labels() {
	}

	static Map<String, String> of(ProblemMessages messages) {
		Map<String, String> labels = new HashMap<>();
		put(labels, messages, "planning.activity.status.", ActivityStatus.values());
		put(labels, messages, "planning.signal.", Signal.values());
		put(labels, messages, "planning.responsibleParty.", ResponsibleParty.values());
		put(labels, messages, "planning.preventionLevel.", PreventionLevel.values());
		put(labels, messages, "planning.preventionType.", PreventionType.values());
		put(labels, messages, "planning.horizon.", Horizon.values());
		for (String factor : new String[] { "RISK", "PROTECTIVE" }) {
			labels.put("analysis.factor." + factor, messages.of("analysis.factor." + factor));
		}
		for (String key : new String[] { "planning.late", "planning.activity.no-cause", "planning.commitment.of",
				"planning.yes", "planning.no", "planning.goal.no-indicator", "planning.thread.problem-gap",
				"planning.thread.activity-gap", "planning.thread.acts-on.short", "planning.thread.activities.short" }) {
			labels.put(key, messages.of(key));
		}
		return labels;
	}

	private static void put(Map<String, String> labels, ProblemMessages messages, String prefix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			labels.put(prefix + value.name(), messages.of(prefix + value.name()));
		}
	}
}
