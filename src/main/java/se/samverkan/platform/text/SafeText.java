package se.samverkan.platform.text;

/**
 * Text that users typed outside any form field that is checked, such as a user name at sign-in or
 * a file's name, made safe to keep: without characters no text may hold, with every personal
 * identity number masked (since the audit log cannot be changed afterwards), and cut to a length.
 */
public final class SafeText {

	private SafeText() {
	}

	public static String of(String text, int max) {
		if (text == null) {
			return "";
		}
		String safe = PersonalIdentityNumbers.mask(UnstorableCharacters.removeFrom(text));
		return safe.length() > max ? safe.substring(0, max) : safe;
	}
}
