package se.samverkan.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * One way to read a user name, used by sign-in, the sign-in throttle, OIDC and administration
 * alike: Unicode NFKC, without surrounding spaces, in lower case. Names are stored this way, so
 * {@code " Lasare "} signs in as {@code lasare} and is counted against the same name.
 */
public final class Usernames {

	public static final int MAX_LENGTH = 100;

	private Usernames() {
	}

	public static String normalise(String username) {
		if (username == null) {
			return "";
		}
		String normalised = Normalizer.normalize(username, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
		return normalised.length() > MAX_LENGTH ? normalised.substring(0, MAX_LENGTH) : normalised;
	}

	/**
	 * SHA-256 of the normalised name: how a name that was refused is kept, so that whatever was typed
	 * (a password in the wrong field, a personal identity number) is never stored as text.
	 */
	public static byte[] hash(String username) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(normalise(username).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first eight hexadecimal digits of {@link #hash}, enough to tell names apart in a summary. */
	public static String shortHash(String username) {
		return java.util.HexFormat.of().formatHex(hash(username), 0, 4);
	}
}
