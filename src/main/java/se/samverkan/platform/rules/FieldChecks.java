package se.samverkan.platform.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.samverkan.platform.text.NoPersonalIdentityNumber;
import se.samverkan.platform.text.PersonalIdentityNumbers;
import se.samverkan.platform.text.UnstorableCharacters;

/**
 * Collects every problem with a piece of input, so the user sees all at once, then refuses it in
 * one {@link InvalidInput}. Free text is always checked for personal identity numbers.
 */
public final class FieldChecks {

	private final List<FieldProblem> problems = new ArrayList<>();

	/**
	 * Free text: required or not, at most {@code max} characters, no character that text cannot
	 * hold ({@link UnstorableCharacters}: control characters, non-characters) and no personal
	 * identity number, however written ({@link PersonalIdentityNumbers}).
	 */
	public FieldChecks text(String field, String value, boolean required, int max) {
		int unstorable = UnstorableCharacters.indexIn(value);
		if (unstorable >= 0) {
			problems.add(unstorable(field, value, unstorable));
			return this;
		}
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "required", "Måste fyllas i."));
			}
			return this;
		}
		if (value.length() > max) {
			problems.add(new FieldProblem(field, "size", "Högst " + max + " tecken."));
		}
		if (PersonalIdentityNumbers.containsAny(value)) {
			problems.add(new FieldProblem(field, NoPersonalIdentityNumber.CODE, PERSONAL_IDENTITY_NUMBER));
		}
		return this;
	}

	/** The message for a personal identity number, with what to do about a phone number taken for one. */
	public static final String PERSONAL_IDENTITY_NUMBER = "Texten innehåller ett personnummer eller "
			+ "samordningsnummer. Sådana får inte registreras i Samverkan. (Ett telefonnummer skrivs med "
			+ "bindestreck eller mellanrum, t.ex. 070-123 45 67.)";

	/** The problem with a character no text may hold, named by its code point and position. */
	public static FieldProblem unstorable(String field, CharSequence value, int index) {
		return new FieldProblem(field, UNSTORABLE, "Texten innehåller ett tecken som inte kan sparas ("
				+ UnstorableCharacters.describe(value, index) + ", tecken " + (index + 1)
				+ "): ett styrtecken eller icke-tecken. Ta bort det och försök igen.");
	}

	/** The code of a field holding a character no text may hold. */
	public static final String UNSTORABLE = "invalid-character";

	/** Required free text, reported with the field's label ("Fältet ”Rubrik” måste fyllas i."). */
	public FieldChecks requiredText(String field, String label, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "required", "Fältet ”" + label + "” måste fyllas i."));
			return this;
		}
		return text(field, value, false, max);
	}

	/**
	 * A required choice among an enum's values, sent as its name: the value, or null with a problem
	 * on the field when it is missing or unknown.
	 */
	public <E extends Enum<E>> E choice(String field, String label, String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "required", "Fältet ”" + label + "” måste fyllas i."));
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, "invalid", "Okänt värde i fältet ”" + label + "”."));
			return null;
		}
	}

	public FieldChecks required(String field, Object value, String message) {
		if (value == null) {
			problems.add(new FieldProblem(field, "required", message));
		}
		return this;
	}

	/** {@code later} must not be before {@code earlier}; the problem is reported on {@code field}. */
	public FieldChecks notBefore(String field, LocalDate later, LocalDate earlier, String message) {
		if (later != null && earlier != null && later.isBefore(earlier)) {
			problems.add(new FieldProblem(field, "date-order", message));
		}
		return this;
	}

	/** A list from a client may hold nulls ({@code [null]}); each is reported as {@code field[i]}. */
	public FieldChecks noNulls(String field, java.util.List<?> values) {
		if (values != null) {
			for (int i = 0; i < values.size(); i++) {
				if (values.get(i) == null) {
					problems.add(new FieldProblem(field + "[" + i + "]", "required", "Tomt värde i listan."));
				}
			}
		}
		return this;
	}

	public FieldChecks problem(String field, String code, String message) {
		problems.add(new FieldProblem(field, code, message));
		return this;
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	/** The problems found so far, in the order found (an import lists them by line). */
	public List<FieldProblem> problems() {
		return List.copyOf(problems);
	}

	public void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	/** Trims text, and makes blank text null. */
	public static String clean(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
