package se.samverkan.platform.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer) in free text.
 * <p>
 * Samverkan works at the level of places, groups and aggregates and must not hold data about
 * identifiable individuals (DESIGN.md, "Product principles"); a number that identifies a person is
 * the plainest such datum, so text containing one is refused. A candidate counts only when it has
 * a real birth date (a coordination number adds 60 to the day) and a valid Luhn check digit
 * (Skatteverket, SKV 704), so dates, case numbers and phone numbers pass.
 * Recognised forms: YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYYYMMDDNNNN, YYYYMMDD-NNNN.
 */
public final class PersonalIdentityNumbers {

	private static final Pattern CANDIDATE = Pattern.compile(
			"(?<!\\d)(?:(\\d{2})(\\d{6})[-+]?|(\\d{6})[-+])(\\d{4})(?![\\d])");

	private PersonalIdentityNumbers() {
	}

	/** Whether the text holds at least one valid personal identity or coordination number. */
	public static boolean containsAny(CharSequence text) {
		if (text == null || text.length() < 10) {
			return false;
		}
		Matcher matcher = CANDIDATE.matcher(text);
		while (matcher.find()) {
			if (isValid(matcher)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isValid(Matcher matcher) {
		String century = matcher.group(1);
		String date = century != null ? matcher.group(2) : matcher.group(3);
		String serial = matcher.group(4);
		if (century != null && !(century.equals("18") || century.equals("19") || century.equals("20"))) {
			return false;
		}
		return hasBirthDate(century, date) && luhnValid(date + serial);
	}

	private static boolean hasBirthDate(String century, String yymmdd) {
		int year = Integer.parseInt(yymmdd.substring(0, 2)) + (century == null ? 2000 : Integer.parseInt(century) * 100);
		int month = Integer.parseInt(yymmdd.substring(2, 4));
		int day = Integer.parseInt(yymmdd.substring(4, 6));
		if (day > 60) {
			day -= 60; // coordination number
		}
		if (century == null) {
			// Without a century any century may be meant; 29 February needs some leap year.
			year = 2000;
		}
		try {
			LocalDate.of(year, month, day);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	/** The Luhn (mod 10) check over the ten digits YYMMDDNNNC. */
	static boolean luhnValid(String tenDigits) {
		int sum = 0;
		for (int i = 0; i < tenDigits.length(); i++) {
			int digit = tenDigits.charAt(i) - '0';
			int weighted = (i % 2 == 0) ? digit * 2 : digit;
			sum += weighted > 9 ? weighted - 9 : weighted;
		}
		return sum % 10 == 0;
	}
}
