package se.samverkan.situation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What an import did: rows stored, rows skipped as already imported, and every error by line. */
public record ImportResult(long imported, long skipped, List<LineError> errors) {

	/**
	 * One line's problem, with the column it is in where it is in one ({@code lat}, named as API.md
	 * names the field; none for a problem of the whole line). The message often repeats what the
	 * line held ("lat är inte ett tal: ..."), and import jobs keep their errors, so a personal
	 * identity number in it is masked and characters no text may hold are dropped, whatever the
	 * file held.
	 */
	public record LineError(long line, @JsonInclude(JsonInclude.Include.NON_NULL) String column, String message) {

		public LineError {
			message = se.samverkan.platform.text.SafeText.of(message, 2000);
		}

		public LineError(long line, String message) {
			this(line, null, message);
		}
	}

	public static ImportResult refused(List<LineError> errors) {
		return new ImportResult(0, 0, errors);
	}
}
