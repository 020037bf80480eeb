package se.samverkan.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import se.samverkan.platform.rules.FieldProblem;


/**
 * A posted form as text, so that whatever the user typed can be shown again beside the problems
 * found, and a value that is not even a number or an id is reported on its field instead of failing.
 */
public final class FormValues {

	private final MultiValueMap<String, String> values;

	private final Map<String, String> errors = new LinkedHashMap<>();

	public FormValues(MultiValueMap<String, String> values) {
		this.values = values == null ? new LinkedMultiValueMap<>() : values;
	}

	public static FormValues empty() {
		return new FormValues(new LinkedMultiValueMap<>());
	}

	public FormValues set(String name, Object value) {
		values.remove(name);
		if (value != null) {
			values.add(name, value.toString());
		}
		return this;
	}

	/** The first value for the template ({@code form.get('title')}), or empty text. */
	public String get(String name) {
		String value = values.getFirst(name);
		return value == null ? "" : value;
	}

	/** Whether a checkbox or radio with this value was chosen. */
	public boolean has(String name, Object value) {
		List<String> chosen = values.get(name);
		return chosen != null && value != null && chosen.contains(value.toString());
	}

	/** Every value given under the name (checkboxes), in the order sent. */
	public List<String> all(String name) {
		return values.getOrDefault(name, List.of());
	}

	public String text(String name) {
		String value = values.getFirst(name);
		return value == null || value.isBlank() ? null : value;
	}

	public UUID uuid(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException ex) {
			errors.put(name, "Ogiltigt id.");
			return null;
		}
	}

	public List<UUID> uuids(String name) {
		List<UUID> ids = new ArrayList<>();
		for (String value : values.getOrDefault(name, List.of())) {
			for (String part : value.split("[\\s,]+")) {
				if (!part.isBlank()) {
					try {
						ids.add(UUID.fromString(part.trim()));
					}
					catch (IllegalArgumentException ex) {
						errors.put(name, "Ogiltigt id: " + part.trim());
					}
				}
			}
		}
		return ids;
	}

	public java.time.LocalDate date(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return java.time.LocalDate.parse(value.trim());
		}
		catch (java.time.format.DateTimeParseException ex) {
			errors.put(name, "Ange datumet som ÅÅÅÅ-MM-DD.");
			return null;
		}
	}

	public java.math.BigDecimal decimal(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return new java.math.BigDecimal(value.trim().replace(',', '.').replace(" ", ""));
		}
		catch (NumberFormatException ex) {
			errors.put(name, "Ange ett tal.");
			return null;
		}
	}

	/** Sets several values of a multi-valued field (checkboxes). */
	public FormValues setAll(String name, java.util.Collection<?> chosen) {
		values.remove(name);
		chosen.forEach(value -> values.add(name, value.toString()));
		return this;
	}

	public Integer integer(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			errors.put(name, "Ange ett heltal.");
			return null;
		}
	}

	/** Problems with the form's own reading of the values (not numbers, not ids). */
	public Map<String, String> readingErrors() {
		return errors;
	}

	/** The first problem per field, in the order found, for the error summary. */
	public Map<String, String> errors(List<FieldProblem> problems) {
		Map<String, String> all = new LinkedHashMap<>(errors);
		problems.forEach(problem -> all.putIfAbsent(problem.field(), problem.message()));
		return all;
	}
}
