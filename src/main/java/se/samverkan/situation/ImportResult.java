package se.samverkan.situation;

import java.util.List;

/** What an import did: rows stored, rows skipped as already imported, and every error by line. */
public record ImportResult(long imported, long skipped, List<LineError> errors) {

	/**
	 * One line's problem. The message often repeats what the line held ("lat är inte ett tal: ..."),
	 * and import jobs keep their errors, so a personal identity number in it is masked and
	 * characters no text may hold are dropped, whatever the file held.
	 */
	public record LineError(long line, String message) {

		public LineError {
			message = se.samverkan.platform.text.SafeText.of(message, 2000);
		}
	}

	public static ImportResult refused(List<LineError> errors) {
		return new ImportResult(0, 0, errors);
	}
}
