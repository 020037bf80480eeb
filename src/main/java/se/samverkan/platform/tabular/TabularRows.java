package se.samverkan.platform.tabular;

/**
 * Receives a table as it is read: the header first, then every row that is not blank, in order.
 * Rows are handed over one at a time, so a large file is never held in memory.
 */
public interface TabularRows {

	void header(TabularHeader header);

	void row(TabularRow row);
}
