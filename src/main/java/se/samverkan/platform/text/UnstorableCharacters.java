package se.samverkan.platform.text;

/**
 * Characters that no text in Samverkan may hold: the C0 control characters other than tab, line
 * feed and carriage return (U+0000-U+001F), the Unicode non-characters (U+FDD0-U+FDEF and the last
 * two code points of every plane, U+FFFE and U+FFFF among them), and halves of surrogate pairs
 * without their other half. None of them is text a person writes; most cannot be carried by XML
 * (so not by a PDF or Word document made from the text), U+0000 not by PostgreSQL. They are refused
 * where text comes in ({@code FieldChecks.text} and the web layer's central check), and dropped
 * where stored text goes out as XML ({@link #removeFrom}).
 * <p>
 * DEL and the C1 controls (U+007F-U+009F) are left alone: XML 1.0 carries them, and text decoded
 * from older encodings may hold them harmlessly.
 */
public final class UnstorableCharacters {

	private UnstorableCharacters() {
	}

	/** The index (in chars) of the first unstorable character, or -1 when there is none. */
	public static int indexIn(CharSequence text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (isNonCharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
					return i;
				}
				i++;
			}
			else if (Character.isSurrogate(c) || isUnstorable(c)) {
				return i;
			}
		}
		return -1;
	}

	public static boolean containsAny(CharSequence text) {
		return indexIn(text) >= 0;
	}

	/** The text without its unstorable characters (the text itself when it has none). */
	public static String removeFrom(String text) {
		if (indexIn(text) < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (!isNonCharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
					kept.append(c).append(text.charAt(i + 1));
				}
				i++;
			}
			else if (!Character.isSurrogate(c) && !isUnstorable(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	/** How the character is named in a message: "U+FFFE". */
	public static String describe(CharSequence text, int index) {
		return String.format("U+%04X", Character.codePointAt(text, index));
	}

	private static boolean isUnstorable(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || isNonCharacter(c);
	}

	private static boolean isNonCharacter(int codePoint) {
		return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
	}
}
