package se.samverkan.platform.rules;

/**
 * What kind of refusal a {@link DomainProblem} is. The web layer maps each to its HTTP status
 * (400, 403, 404, 409, 502); the domain only says what went wrong.
 */
public enum Refusal {

	/** Input that breaks a rule of its fields. */
	INVALID_INPUT,

	/** The user may not do this, or not in this scope. */
	FORBIDDEN,

	/** An id that names nothing. */
	NOT_FOUND,

	/** A step the current state or the rules forbid, or a stale version. */
	CONFLICT,

	/** A service outside Samverkan that the step needs (Kolada, say) did not answer as it should. */
	UPSTREAM_FAILED
}
