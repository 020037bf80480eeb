package se.samverkan.platform.documents;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Writes a {@link Table} as CSV (RFC 4180): UTF-8 with a byte-order mark so that Excel reads the
 * Swedish letters, a header row, fields quoted where needed, CRLF line ends. Numbers are written
 * with a decimal point and dates as YYYY-MM-DD, for the machines that read CSV.
 */
@Component
public class CsvDocuments {

	private static final String BOM = "\uFEFF";

	public byte[] render(Table table) {
		StringBuilder csv = new StringBuilder(BOM);
		line(csv, table.columns().stream().map(Table.Column::heading).map(Object.class::cast).toList());
		table.rows().forEach(row -> line(csv, row));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<Object> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(field(cells.get(i)));
		}
		csv.append("\r\n");
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
		// A leading = + - @ would be read as a formula by spreadsheets: quote it as text.
		boolean formula = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number);
		if (formula) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}
