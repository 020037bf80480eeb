package se.samverkan.platform.text;

/**
 * Text that users typed outside any form field that is checked, such as a user name at sign-in or
 * a file's name, made safe to keep: cut to a length and with a personal identity number masked,
 * since the audit log cannot be changed afterwards.
 */
public final class SafeText {

	private SafeText() {
	}

	public static String of(String text, int max) {
		if (text == null) {
			return "";
		}
		String safe = PersonalIdentityNumbers.containsAny(text) ? "(maskerat: innehöll ett personnummer)" : text;
		return safe.length() > max ? safe.substring(0, max) : safe;
	}
}
