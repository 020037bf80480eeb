package se.samverkan.indicator;

import java.util.List;

/**
 * What an import of values did: values stored new or changed, values skipped because they were
 * stored already as they are, and every error by line (a file with any imports nothing). The
 * format says how the file was read (CSV with its separator and encoding, or XLSX).
 */
public record ImportReport(long imported, long skipped, List<LineError> errors, String format) {

	public record LineError(long line, String message) {
	}

	public ImportReport {
		errors = List.copyOf(errors);
	}

	public static ImportReport refused(List<LineError> errors, String format) {
		return new ImportReport(0, 0, errors, format);
	}

	public boolean refused() {
		return !errors.isEmpty();
	}
}
