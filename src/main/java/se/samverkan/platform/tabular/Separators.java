package se.samverkan.platform.tabular;

/**
 * Which character separates the fields, decided from the header row: the one of comma, semicolon
 * and tab that occurs most often outside quotes (Swedish Excel saves with semicolons, because the
 * comma is its decimal mark). A header of one column has none of them; it is then comma.
 */
public final class Separators {

	private static final char[] CANDIDATES = { ',', ';', '\t' };

	private Separators() {
	}

	public static char detect(String headerLine) {
		int[] counts = new int[CANDIDATES.length];
		boolean quoted = false;
		for (int i = 0; i < headerLine.length(); i++) {
			char c = headerLine.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				for (int k = 0; k < CANDIDATES.length; k++) {
					if (c == CANDIDATES[k]) {
						counts[k]++;
					}
				}
			}
		}
		int best = 0;
		for (int k = 1; k < CANDIDATES.length; k++) {
			if (counts[k] > counts[best]) {
				best = k;
			}
		}
		return CANDIDATES[best];
	}
}
