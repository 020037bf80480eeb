package se.samverkan.governance;

import java.util.List;

/**
 * An item's decisions as readers want them: the decision that established it as it stands (null
 * while none, or since it was reopened), the other party's confirmation of a joint item, and the
 * whole history, oldest first.
 */
public record DecisionRecord(Decision decision, Decision confirmation, List<Decision> history) {

	public static DecisionRecord of(List<Decision> history) {
		Decision established = null;
		Decision confirmation = null;
		for (Decision decision : history) {
			switch (decision.kind()) {
				case Decision.ESTABLISH -> {
					established = decision;
					confirmation = null;
				}
				case Decision.CONFIRM -> confirmation = decision;
				default -> {
					established = null;
					confirmation = null;
				}
			}
		}
		return new DecisionRecord(established, confirmation, List.copyOf(history));
	}
}
