package se.samverkan.platform.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One offending input field, as the API lists it: {@code {"field", "code", "message"}}. */
public record FieldProblem(String field, String code, String message) {

	/** The messages by field, for a form that shows each next to its field. */
	public static Map<String, String> byField(List<FieldProblem> problems) {
		Map<String, String> errors = new LinkedHashMap<>();
		problems.forEach(problem -> errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b));
		return errors;
	}
}
