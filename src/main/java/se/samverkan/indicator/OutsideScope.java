package se.samverkan.indicator;

import java.util.List;

import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.Forbidden;

/**
 * A value the writer may not write (403), naming each offending field: a unit outside their scope,
 * or an approval, which only a central coordinator gives.
 */
class OutsideScope extends Forbidden {

	private final transient List<FieldProblem> problems;

	OutsideScope(List<FieldProblem> problems) {
		this.problems = List.copyOf(problems);
	}

	@Override
	public List<FieldProblem> fieldProblems() {
		return problems;
	}
}
