package se.samverkan.platform.rules;

import java.util.List;

/**
 * A value that clashes with what is already stored or with a standing rule (409), named on its
 * field: a user name already taken, the last administrator switched off.
 */
public class FieldConflict extends DomainProblem {

	private final transient List<FieldProblem> problems;

	public FieldConflict(String messageKey, String field, String code, String message) {
		super(messageKey);
		this.problems = List.of(new FieldProblem(field, code, message));
	}

	@Override
	public Refusal refusal() {
		return Refusal.CONFLICT;
	}

	@Override
	public List<FieldProblem> fieldProblems() {
		return problems;
	}
}
