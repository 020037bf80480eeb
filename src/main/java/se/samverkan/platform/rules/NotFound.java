package se.samverkan.platform.rules;

/** An id that names nothing (404). */
public class NotFound extends DomainProblem {

	public NotFound(String what, Object id) {
		super("samverkan.problem.not-found", what, id);
	}

	private NotFound(String messageKey, Object[] arguments) {
		super(messageKey, arguments);
	}

	/** A 404 with its own message, e.g. a position outside the municipality. */
	public static NotFound because(String messageKey, Object... arguments) {
		return new NotFound(messageKey, arguments);
	}

	@Override
	public Refusal refusal() {
		return Refusal.NOT_FOUND;
	}
}
