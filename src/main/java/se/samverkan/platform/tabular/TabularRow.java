package se.samverkan.platform.tabular;

import java.util.List;

/**
 * One row of a table: the line (or spreadsheet row) it starts on, as a person would count it with
 * the header on line 1, and its cells as text.
 */
public record TabularRow(long line, List<String> cells) {

	public TabularRow {
		cells = List.copyOf(cells);
	}

	/** The cell at the index, or empty text where the row is shorter. */
	public String cell(int index) {
		return index < 0 || index >= cells.size() ? "" : cells.get(index);
	}

	public boolean isBlank() {
		return cells.stream().allMatch(String::isBlank);
	}
}
