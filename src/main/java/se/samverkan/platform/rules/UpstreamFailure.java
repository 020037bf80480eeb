package se.samverkan.platform.rules;

/**
 * A step that needs a service outside Samverkan, which failed (502): not the caller's input and
 * not a rule, so neither 400 nor 409. Nothing was stored.
 */
public class UpstreamFailure extends DomainProblem {

	public UpstreamFailure(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	@Override
	public Refusal refusal() {
		return Refusal.UPSTREAM_FAILED;
	}
}
