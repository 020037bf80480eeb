package se.samverkan.platform.rules;

import java.util.List;

/**
 * A refusal the domain raises, carried to the user as a page message or as problem details.
 * The message is a key in the message bundles, so the user reads it in their language.
 */
public abstract class DomainProblem extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	protected DomainProblem(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public abstract Refusal refusal();

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}

	public List<FieldProblem> fieldProblems() {
		return List.of();
	}

	/**
	 * Whether a page shows this refusal next to the form the user filled in (bad input, a rule, a
	 * conflict), rather than as the error page (not allowed, not found), which tells nothing more.
	 */
	public boolean showsInForm() {
		return refusal() != Refusal.FORBIDDEN && refusal() != Refusal.NOT_FOUND;
	}

	/** Extra members of the problem details, for clients that act on them. */
	public java.util.Map<String, Object> properties() {
		return java.util.Map.of();
	}
}
