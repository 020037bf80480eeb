package se.samverkan.platform.tabular;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The first row: column names, found regardless of case and surrounding spaces. */
public record TabularHeader(List<String> names) {

	public TabularHeader {
		names = names.stream().map(name -> name == null ? "" : name.strip()).toList();
	}

	/** The column's index, or -1 when the table has no such column. */
	public int index(String name) {
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
				return i;
			}
		}
		return -1;
	}

	public boolean has(String name) {
		return index(name) >= 0;
	}

	/** The wanted columns the table lacks. */
	public List<String> missing(Collection<String> wanted) {
		return wanted.stream().filter(name -> !has(name)).toList();
	}

	/** The table's columns that are none of the known ones (blank names included). */
	public List<String> unknown(Collection<String> known) {
		List<String> unknown = new ArrayList<>();
		for (String name : names) {
			if (known.stream().noneMatch(candidate -> candidate.equalsIgnoreCase(name))) {
				unknown.add(name);
			}
		}
		return unknown;
	}
}
