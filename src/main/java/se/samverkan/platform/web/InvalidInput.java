package se.samverkan.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

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
	public HttpStatus status() {
		return HttpStatus.BAD_REQUEST;
	}

	@Override
	public List<FieldProblem> fieldProblems() {
		return problems;
	}
}
