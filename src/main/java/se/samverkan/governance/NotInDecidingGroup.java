package se.samverkan.governance;

import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.Refusal;

/**
 * Refusal (403) of a decision by someone who is not, on the decision date, a member of the group
 * that decides (or not of the party whose item it is).
 */
public class NotInDecidingGroup extends DomainProblem {

	public NotInDecidingGroup(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	@Override
	public Refusal refusal() {
		return Refusal.FORBIDDEN;
	}

	/** Says who decides, which helps the one who tried more than the bare error page would. */
	@Override
	public boolean showsInForm() {
		return true;
	}
}
