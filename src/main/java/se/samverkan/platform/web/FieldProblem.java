package se.samverkan.platform.web;

/** One offending input field, as the API lists it: {@code {"field", "code", "message"}}. */
public record FieldProblem(String field, String code, String message) {
}
