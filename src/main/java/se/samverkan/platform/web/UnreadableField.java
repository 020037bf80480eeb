package se.samverkan.platform.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The field a JSON body could not be read into, with its path ({@code title},
 * {@code position.lat}, {@code focusAreas[0].title}) and the kind of value it needs: an object
 * where text belongs, text where a number belongs, a date that is no date. Jackson knows the path
 * of the property it was reading; a body that is not JSON at all names no field.
 *
 * @param field the path of the field, as the API's {@code errors[].field}
 * @param code {@code type} (a JSON value of the wrong kind), {@code format} (text that is not a
 *        date, id or number), {@code range} (a number too large for the field) or {@code invalid}
 * @param expected the message key that says what the field takes
 * @param arguments the arguments of that message (the allowed values of a list of choices)
 */
record UnreadableField(String field, String code, String expected, Object[] arguments) {

	static Optional<UnreadableField> of(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				Optional<UnreadableField> field = of(jackson);
				if (field.isPresent()) {
					return field;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<UnreadableField> of(JacksonException failure) {
		String path = path(failure);
		if (path.isEmpty()) {
			return Optional.empty();
		}
		if (failure instanceof InvalidFormatException format) {
			return Optional.of(expecting(path, "format", format.getTargetType()));
		}
		if (failure instanceof MismatchedInputException mismatch) {
			return Optional.of(expecting(path, "type", mismatch.getTargetType()));
		}
		if (failure instanceof InputCoercionException) {
			return Optional.of(new UnreadableField(path, "range", "samverkan.validation.type.range", new Object[0]));
		}
		if (failure instanceof ValueInstantiationException) {
			return Optional.of(new UnreadableField(path, "invalid", "samverkan.validation.invalid", new Object[0]));
		}
		return Optional.empty();
	}

	private static UnreadableField expecting(String path, String code, Class<?> type) {
		if (type != null && type.isEnum()) {
			return new UnreadableField(path, code, "samverkan.validation.type.choice",
					new Object[] { String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList()) });
		}
		return new UnreadableField(path, code, "samverkan.validation.type." + kind(type), new Object[0]);
	}

	/** What a Java type is to someone writing JSON. */
	private static String kind(Class<?> type) {
		if (type == null) {
			return "value";
		}
		if (type == String.class || type == char.class || type == Character.class) {
			return "text";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == BigInteger.class) {
			return "integer";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
			return "number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "boolean";
		}
		if (type == LocalDate.class) {
			return "date";
		}
		if (type == LocalTime.class) {
			return "time";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "instant";
		}
		if (type == UUID.class) {
			return "id";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "list";
		}
		if (Map.class.isAssignableFrom(type) || !type.isPrimitive() && !type.getName().startsWith("java.")) {
			return "object";
		}
		return "value";
	}

	/** {@code focusAreas[0].title}: names joined by dots, list positions in brackets. */
	private static String path(JacksonException failure) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : failure.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}
}
