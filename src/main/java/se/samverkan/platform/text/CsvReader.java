package se.samverkan.platform.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader: comma-separated, double quotes around fields that hold commas, quotes
 * or line breaks. The first record names the columns. A leading UTF-8 byte order mark is skipped.
 */
public final class CsvReader {

	private final BufferedReader in;

	private final List<String> header;

	private long line;

	private long recordLine;

	public CsvReader(Reader reader) {
		this.in = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
		List<String> first = next();
		if (first == null) {
			throw new IllegalArgumentException("The file is empty: a header row is needed");
		}
		if (!first.isEmpty() && first.get(0).startsWith("\uFEFF")) {
			first.set(0, first.get(0).substring(1));
		}
		this.header = first.stream().map(String::trim).toList();
	}

	public List<String> header() {
		return header;
	}

	/** The line the last record returned started on (1 is the header). */
	public long recordLine() {
		return recordLine;
	}

	/** The next record by column name, or null at the end. Blank lines are skipped. */
	public Map<String, String> nextRecord() {
		List<String> fields;
		do {
			fields = next();
			if (fields == null) {
				return null;
			}
		}
		while (fields.size() == 1 && fields.get(0).isBlank());
		Map<String, String> record = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			record.put(header.get(i), i < fields.size() ? fields.get(i) : "");
		}
		if (fields.size() > header.size()) {
			record.put("#extra", String.valueOf(fields.size() - header.size()));
		}
		return record;
	}

	public List<Map<String, String>> readAll() {
		List<Map<String, String>> records = new ArrayList<>();
		for (Map<String, String> record = nextRecord(); record != null; record = nextRecord()) {
			records.add(record);
		}
		return records;
	}

	private List<String> next() {
		try {
			String text = in.readLine();
			if (text == null) {
				return null;
			}
			line++;
			recordLine = line;
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			int i = 0;
			while (true) {
				if (i >= text.length()) {
					if (quoted) {
						String more = in.readLine();
						if (more == null) {
							throw new IllegalArgumentException("A quoted field that starts on line " + recordLine + " never ends");
						}
						line++;
						field.append('\n');
						text = more;
						i = 0;
						continue;
					}
					fields.add(field.toString());
					return fields;
				}
				char c = text.charAt(i++);
				if (quoted) {
					if (c == '"') {
						if (i < text.length() && text.charAt(i) == '"') {
							field.append('"');
							i++;
						}
						else {
							quoted = false;
						}
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"' && field.isEmpty()) {
					quoted = true;
				}
				else if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
				}
				else {
					field.append(c);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
