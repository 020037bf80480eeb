package se.samverkan.platform.tabular;

/**
 * The file as a whole cannot be read as a table (empty, an old .xls, a broken workbook, a quote
 * that never ends). The message is for the person who uploaded it, in Swedish, with the line
 * where there is one.
 */
public class TabularFileProblem extends RuntimeException {

	/** What kind of problem: an importer answers each with its own code. */
	public enum Kind {
		/** Neither CSV nor an Excel workbook (a PDF, an image, an old .xls, any other binary file). */
		NOT_A_TABLE,
		/** No header row. */
		EMPTY,
		/** A table, but broken (a workbook that cannot be opened, a quote that never ends). */
		BROKEN
	}

	private final long line;

	private final Kind kind;

	public TabularFileProblem(long line, String message) {
		this(Kind.BROKEN, line, message, null);
	}

	public TabularFileProblem(long line, String message, Throwable cause) {
		this(Kind.BROKEN, line, message, cause);
	}

	public TabularFileProblem(Kind kind, long line, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.line = line;
	}

	public Kind kind() {
		return kind;
	}

	/** The line the problem is on; 0 when it concerns the whole file. */
	public long line() {
		return line;
	}
}
