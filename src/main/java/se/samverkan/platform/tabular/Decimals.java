package se.samverkan.platform.tabular;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as people type and spreadsheets save them: "21.5" or, as in Swedish, "21,5", with spaces
 * (also non-breaking ones) between thousands, "1 234,5". A text with both a comma and a point is
 * ambiguous ("1,234.5" or "1.234,5") and is not taken as a number.
 */
public final class Decimals {

	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

	private Decimals() {
	}

	/** The number, or null when the text is not one (blank text included). */
	public static BigDecimal parse(String text) {
		if (text == null) {
			return null;
		}
		String plain = text.strip().replace("\u00A0", "").replace("\u202F", "").replace(" ", "").replace('\u2212', '-');
		if (plain.indexOf(',') >= 0 && plain.indexOf('.') >= 0) {
			return null;
		}
		plain = plain.replace(',', '.');
		if (!NUMBER.matcher(plain).matches()) {
			return null;
		}
		return new BigDecimal(plain);
	}
}
