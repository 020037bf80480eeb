package se.samverkan.platform.rules;

/** The user may not do this, or not in this scope (403). */
public class Forbidden extends DomainProblem {

	public Forbidden() {
		super("samverkan.problem.forbidden");
	}

	@Override
	public Refusal refusal() {
		return Refusal.FORBIDDEN;
	}
}
