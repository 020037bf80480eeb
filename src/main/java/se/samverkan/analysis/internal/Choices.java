package se.samverkan.analysis.internal;

import se.samverkan.platform.rules.FieldChecks;

/** Reads enum values given as text, reporting an unknown or missing one on its field. */
public final class Choices {

	private Choices() {
	}

	public static <E extends Enum<E>> E parse(FieldChecks checks, String field, String label, String value,
			Class<E> type, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				checks.problem(field, "required", "Fältet ”" + label + "” måste fyllas i.");
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException ex) {
			checks.problem(field, "invalid", "Okänt värde i fältet ”" + label + "”.");
			return null;
		}
	}
}
