package se.samverkan.platform.web;

import se.samverkan.platform.text.NoPersonalIdentityNumber;

/**
 * The machine-readable {@code code} of a field problem, from the Bean Validation constraint that
 * failed: {@code required}, {@code personal-identity-number}, {@code too-long}, ...
 */
final class ValidationCodes {

	private ValidationCodes() {
	}

	static String of(String[] codes) {
		if (codes == null || codes.length == 0) {
			return "invalid";
		}
		String constraint = codes[codes.length - 1];
		return switch (constraint) {
			case "NotNull", "NotBlank", "NotEmpty" -> "required";
			case "Size", "Length" -> "size";
			case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> "too-small";
			case "Max", "DecimalMax" -> "too-large";
			case "Pattern", "Email" -> "format";
			case "NoPersonalIdentityNumber" -> NoPersonalIdentityNumber.CODE;
			default -> constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
		};
	}
}
