package se.samverkan.platform.text;

import java.text.Normalizer;
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
 * (Skatteverket, SKV 704).
 * <p>
 * The text is normalised first, so that the number is found however it was typed or pasted:
 * compatibility forms are folded (NFKC: full-width digits, the non-breaking hyphen), digits of
 * other scripts read as digits, format and other invisible characters (zero-width space, soft
 * hyphen, word joiner, byte order mark) are dropped, any dash (hyphen, en and em dash, minus sign)
 * counts as the separator "-" and any space (no-break, thin, narrow) as " ".
 * <p>
 * Recognised forms: YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYYYMMDD-NNNN, with a dash,
 * plus or spaces (or a dash between spaces) as the separator; YYYYMMDDNNNN; and ten digits without
 * separator, YYMMDDNNNN.
 * <p>
 * <b>False positives, decided.</b> Case numbers ("KS 2023/740"), dates and periods ("2023-10-19 –
 * 2023-12-31"), coordinates and phone numbers as people write them ("070-123 45 67",
 * "08-508 000 00", "+46 70 123 45 67") never have six or eight digits, a separator and exactly four
 * digits, so they pass. Ten digits in a row are refused when they hold a valid date and check
 * digit: about one such number in a hundred does by chance (one in twenty of 070 mobile numbers,
 * whose "month" is always valid). That is the price of catching "8112189876"; the refusal says
 * what it found, and a phone number written with its usual dash or spaces passes.
 */
public final class PersonalIdentityNumbers {

	/** What a found number is replaced with by {@link #mask}. */
	public static final String MASK = "[personnummer]";

	private static final Pattern CANDIDATE = Pattern
		.compile("(?<!\\d)(?:(\\d{2})(\\d{6})(?: *[-+] *| +)?|(\\d{6})(?: *[-+] *| +)?)(\\d{4})(?!\\d)");

	private PersonalIdentityNumbers() {
	}

	/** Whether the text holds at least one valid personal identity or coordination number. */
	public static boolean containsAny(CharSequence text) {
		if (text == null || text.length() < 10 || tooFewDigits(text)) {
			return false;
		}
		return containsAnyNormalised(text);
	}

	/** {@link #containsAny} without the shortcut: the text always normalised and searched. */
	static boolean containsAnyNormalised(CharSequence text) {
		if (text == null || text.length() < 10) {
			return false;
		}
		Matcher matcher = CANDIDATE.matcher(Normalised.of(text).text());
		while (matcher.find()) {
			if (isValid(matcher)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text with every valid number replaced by {@link #MASK}, for what is kept although it
	 * repeats what someone typed (an import's error messages, a file name in the audit log).
	 */
	public static String mask(String text) {
		if (text == null || text.length() < 10) {
			return text;
		}
		Normalised normalised = Normalised.of(text);
		Matcher matcher = CANDIDATE.matcher(normalised.text());
		StringBuilder masked = new StringBuilder();
		int copied = 0;
		while (matcher.find()) {
			if (isValid(matcher)) {
				masked.append(text, copied, normalised.start(matcher.start())).append(MASK);
				copied = normalised.end(matcher.end() - 1);
			}
		}
		return copied == 0 ? text : masked.append(text, copied, text.length()).toString();
	}

	/**
	 * Whether the text surely holds fewer than the ten digits every recognised form has, counted
	 * without normalising it (an import checks a million descriptions; most hold a few digits at
	 * most). ASCII digits are counted; any other character that normalises to something with a
	 * digit in it (a full-width or superscript digit, a circled number, a digit of another script),
	 * and any character outside the Basic Multilingual Plane, sends the text the long way.
	 */
	private static boolean tooFewDigits(CharSequence text) {
		int digits = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if (c >= 0x80 && (Character.isSurrogate(c) || Normalised.FOLDS_TO_A_DIGIT.get(c))) {
				return false;
			}
		}
		return digits < 10;
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

	/**
	 * The text as the search sees it, with where each of its characters came from in the original,
	 * so that a number found can be masked in the original.
	 */
	record Normalised(String text, int[] starts, int[] ends) {

		/** How each ASCII character folds (NFKC leaves ASCII as it is; the rules below still apply). */
		private static final String[] ASCII = new String[0x80];

		/** The characters of the Basic Multilingual Plane whose folded form holds a digit. */
		static final java.util.BitSet FOLDS_TO_A_DIGIT = new java.util.BitSet(0x10000);

		static {
			for (int c = 0; c < 0x10000; c++) {
				if (Character.isSurrogate((char) c)) {
					continue;
				}
				String folded = foldSlowly(c);
				if (c < 0x80) {
					ASCII[c] = folded;
				}
				if (folded.chars().anyMatch(ch -> ch >= '0' && ch <= '9')) {
					FOLDS_TO_A_DIGIT.set(c);
				}
			}
		}

		static Normalised of(CharSequence original) {
			StringBuilder text = new StringBuilder(original.length());
			int[] starts = new int[original.length() * 3 + 1];
			int[] ends = new int[original.length() * 3 + 1];
			int i = 0;
			while (i < original.length()) {
				int codePoint = Character.codePointAt(original, i);
				int next = i + Character.charCount(codePoint);
				String folded = fold(codePoint);
				for (int k = 0; k < folded.length(); k++) {
					if (text.length() >= starts.length) {
						starts = java.util.Arrays.copyOf(starts, starts.length * 2);
						ends = java.util.Arrays.copyOf(ends, ends.length * 2);
					}
					starts[text.length()] = i;
					ends[text.length()] = next;
					text.append(folded.charAt(k));
				}
				i = next;
			}
			return new Normalised(text.toString(), starts, ends);
		}

		/** Where the normalised character at {@code index} starts in the original. */
		int start(int index) {
			return starts[index];
		}

		/** Where the normalised character at {@code index} ends in the original. */
		int end(int index) {
			return ends[index];
		}

		private static String fold(int codePoint) {
			return codePoint < 0x80 ? ASCII[codePoint] : foldSlowly(codePoint);
		}

		private static String foldSlowly(int codePoint) {
			if (isInvisible(codePoint)) {
				return "";
			}
			int digit = Character.digit(codePoint, 10);
			if (digit >= 0) {
				return String.valueOf((char) ('0' + digit));
			}
			if (Character.getType(codePoint) == Character.DASH_PUNCTUATION || codePoint == '\u2212'
					|| codePoint == '\u2043') {
				return "-";
			}
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				return " ";
			}
			String folded = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
			return folded.equals("\uFF0B") ? "+" : folded;
		}

		/**
		 * Format characters and the other default-ignorable code points (Unicode's
		 * Default_Ignorable_Code_Point, in short), and control characters that are not line breaks
		 * or tabs: they show as nothing, so a number with one inside still reads as a number.
		 */
		static boolean isInvisible(int codePoint) {
			int type = Character.getType(codePoint);
			if (type == Character.FORMAT) {
				return true;
			}
			if (type == Character.CONTROL) {
				return !Character.isWhitespace(codePoint);
			}
			return codePoint == 0x034F || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x17B4
					|| codePoint == 0x17B5 || codePoint == 0x3164 || codePoint == 0xFFA0
					|| (codePoint >= 0x180B && codePoint <= 0x180F) || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
					|| (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
		}
	}
}
