package se.samverkan.platform.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV with Apache Commons CSV (RFC 4180 quoting) in the detected encoding and separator. */
final class CsvTables {

	private static final int HEADER_PEEK = 1 << 16;

	private CsvTables() {
	}

	static TabularFormat read(Path file, TabularRows rows) throws IOException {
		Charset encoding = TextEncodings.detect(file);
		try (BufferedReader reader = new BufferedReader(TextEncodings.open(file, encoding), 1 << 16)) {
			reader.mark(HEADER_PEEK);
			char separator = Separators.detect(firstLine(reader));
			reader.reset();
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter(separator)
				.setIgnoreEmptyLines(false)
				.setIgnoreSurroundingSpaces(false)
				.get();
			read(format, reader, rows);
			return TabularFormat.csv(encoding, separator);
		}
	}

	private static void read(CSVFormat format, BufferedReader reader, TabularRows rows) throws IOException {
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			long lineBefore = 0;
			boolean header = true;
			while (true) {
				long start = lineBefore + 1;
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					throw new TabularFileProblem(start,
							"Raden kan inte läsas: ett citattecken (\") som börjar på rad " + start + " avslutas aldrig.", ex);
				}
				lineBefore = parser.getCurrentLineNumber();
				java.util.List<String> cells = record.toList();
				if (header) {
					if (cells.size() == 1 && cells.get(0).isBlank()) {
						continue;
					}
					rows.header(new TabularHeader(cells));
					header = false;
				}
				else {
					TabularRow row = new TabularRow(start, cells);
					if (!row.isBlank()) {
						rows.row(row);
					}
				}
			}
			if (header) {
				throw new TabularFileProblem(TabularFileProblem.Kind.EMPTY, 0,
						"Filen är tom: den behöver en rubrikrad med kolumnernas namn.", null);
			}
		}
	}

	private static String firstLine(BufferedReader reader) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < HEADER_PEEK - 1; i++) {
			int c = reader.read();
			if (c < 0 || c == '\n' || c == '\r') {
				if (line.toString().isBlank() && c >= 0) {
					continue;
				}
				break;
			}
			line.append((char) c);
		}
		return line.toString();
	}
}
