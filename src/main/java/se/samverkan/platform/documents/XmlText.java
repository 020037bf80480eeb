package se.samverkan.platform.documents;

/**
 * Text as XML 1.0 can carry it. PDF (through XHTML), DOCX and SVG are XML: a control character
 * (U+0000-U+001F but tab and line breaks), a lone surrogate or a non-character (U+FFFE, U+FFFF) in
 * a single stored text would otherwise make every export of that item fail, and an established
 * item cannot be corrected. Such characters are dropped; everything else is kept as it is.
 */
public final class XmlText {

	private XmlText() {
	}

	public static String clean(String text) {
		if (text == null || carriable(text)) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().filter(XmlText::allowed).forEach(clean::appendCodePoint);
		return clean.toString();
	}

	private static boolean carriable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : Character.isSurrogate(c) || c >= 0xFFFE) {
				return false;
			}
		}
		return true;
	}

	/** XML 1.0's Char production. */
	static boolean allowed(int codePoint) {
		return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || (codePoint >= 0x20 && codePoint <= 0xD7FF)
				|| (codePoint >= 0xE000 && codePoint <= 0xFFFD) || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
	}
}
