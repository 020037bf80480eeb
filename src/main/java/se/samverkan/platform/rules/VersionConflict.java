package se.samverkan.platform.rules;

/** An update sent with a version that someone else has already changed (409). */
public class VersionConflict extends DomainProblem {

	public VersionConflict(String what) {
		super("samverkan.problem.version-conflict", what);
	}

	@Override
	public Refusal refusal() {
		return Refusal.CONFLICT;
	}
}
