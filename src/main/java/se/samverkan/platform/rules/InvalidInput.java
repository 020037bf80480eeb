package se.samverkan.platform.rules;

import java.util.List;

/** Input that breaks a rule the service checks itself (400), with every offending field. */
public class InvalidInput extends DomainProblem {

	private final transient List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super("samverkan.problem.invalid-input");
		this.problems = List.copyOf(problems);
	}

	public static InvalidInput of(String field, String code, String message) {
		return new InvalidInput(List.of(new FieldProblem(field, code, message)));
	}

	@Override
	public Refusal refusal() {
		return Refusal.INVALID_INPUT;
	}

	@Override
	public List<FieldProblem> fieldProblems() {
		return problems;
	}
}
