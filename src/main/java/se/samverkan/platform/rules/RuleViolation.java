package se.samverkan.platform.rules;

/** A workflow step the current state or the rules forbid (409), e.g. signing twice. */
public class RuleViolation extends DomainProblem {

	public RuleViolation(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	@Override
	public Refusal refusal() {
		return Refusal.CONFLICT;
	}
}
