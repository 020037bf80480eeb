package se.samverkan.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A steering group's decision as the one who records it gives it: the meeting date, the decision
 * text and the members present. Each may be left out: today, a standard text, the recorder.
 */
public record DecisionInput(LocalDate decisionDate, String decisionText, List<UUID> presentMemberIds) {

	public static DecisionInput defaults() {
		return new DecisionInput(null, null, null);
	}
}
