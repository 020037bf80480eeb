package se.samverkan.platform.tabular;

/**
 * The file as a whole cannot be read as a table (empty, an old .xls, a broken workbook, a quote
 * that never ends). The message is for the person who uploaded it, in Swedish, with the line
 * where there is one.
 */
public class TabularFileProblem extends RuntimeException {

	private final long line;

	public TabularFileProblem(long line, String message) {
		super(message);
		this.line = line;
	}

	public TabularFileProblem(long line, String message, Throwable cause) {
		super(message, cause);
		this.line = line;
	}

	/** The line the problem is on; 0 when it concerns the whole file. */
	public long line() {
		return line;
	}
}
