package se.samverkan.platform.documents;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The message texts of one language, for a document built in the reader's language: enum values
 * become words here ({@code words.get("picture.trend." + trend)}), never names.
 */
public final class Words {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final MessageSource messages;

	private final Locale locale;

	public Words(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String get(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	/** The first key that has a text ({@code area.UNSAFE_PLACES}), else {@code fallback}. */
	public String getOr(String key, String fallback) {
		return messages.getMessage(key, null, fallback, locale);
	}

	public Locale locale() {
		return locale;
	}

	public boolean english() {
		return locale.getLanguage().equals("en");
	}

	/** The day of an instant in Stockholm, as YYYY-MM-DD. */
	public static String day(OffsetDateTime at) {
		return at == null ? "–" : at.atZoneSameInstant(STOCKHOLM).toLocalDate().toString();
	}
}
