package se.samverkan.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import se.samverkan.platform.rules.FieldChecks;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not one of the 10,000 most
 * common passwords (also not one of them with only digits and punctuation around it), and not the
 * user name. Length over composition rules, as NIST SP 800-63B advises. The list and its source:
 * {@code src/main/resources/identity/README.md}.
 */
public final class PasswordRules {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 200;

	private static final Pattern DECORATION = Pattern.compile("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$");

	private static final Set<String> COMMON = load();

	private PasswordRules() {
	}

	/** Adds a problem on {@code field} for each rule the password breaks. */
	public static FieldChecks check(FieldChecks checks, String field, String password, String username) {
		if (password == null || password.isEmpty()) {
			return checks.problem(field, "required", "Ange ett lösenord.");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			checks.problem(field, "too-short", "Lösenordet måste ha minst " + MIN_LENGTH + " tecken.");
		}
		if (length > MAX_LENGTH) {
			checks.problem(field, "size", "Högst " + MAX_LENGTH + " tecken.");
		}
		if (isCommon(password)) {
			checks.problem(field, "common-password",
					"Lösenordet är ett av de vanligaste lösenorden och gissas lätt. Välj ett annat.");
		}
		if (username != null && !username.isBlank() && Usernames.normalise(password).equals(Usernames.normalise(username))) {
			checks.problem(field, "equals-username", "Lösenordet får inte vara detsamma som användarnamnet.");
		}
		return checks;
	}

	static boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower)) {
			return true;
		}
		String core = DECORATION.matcher(lower).replaceAll("");
		return !core.isEmpty() && !core.equals(lower) && COMMON.contains(core);
	}

	static int listSize() {
		return COMMON.size();
	}

	private static Set<String> load() {
		var stream = PasswordRules.class.getResourceAsStream("/identity/common-passwords.txt");
		if (stream == null) {
			throw new IllegalStateException("identity/common-passwords.txt is missing from the application");
		}
		Set<String> passwords = new HashSet<>();
		try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.isEmpty()).map(line -> line.toLowerCase(Locale.ROOT)).forEach(passwords::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}
}
