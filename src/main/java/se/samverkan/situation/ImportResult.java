package se.samverkan.situation;

import java.util.List;

/** What an import did: rows stored, rows skipped as already imported, and every error by line. */
public record ImportResult(long imported, long skipped, List<LineError> errors) {

	public record LineError(long line, String message) {
	}

	public static ImportResult refused(List<LineError> errors) {
		return new ImportResult(0, 0, errors);
	}
}
