package se.samverkan.indicator.web;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV files of what a chart shows. In Swedish as Swedish Excel opens them without asking
 * (semicolons, decimal commas, UTF-8 with a byte order mark); in English with commas and points.
 * A text that a spreadsheet would take for a formula (=, +, -, @ first) is written with a leading
 * apostrophe.
 */
final class Exports {

	private Exports() {
	}

	static boolean swedish() {
		return !LocaleContextHolder.getLocale().getLanguage().equals("en");
	}

	static String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		String plain = value.stripTrailingZeros().toPlainString();
		return swedish() ? plain.replace('.', ',') : plain;
	}

	static ResponseEntity<byte[]> csv(String fileName, List<String> header, List<List<Object>> rows) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(swedish() ? ';' : ',').setRecordSeparator("\r\n").get();
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			printer.printRecord(header);
			for (List<Object> row : rows) {
				printer.printRecord(row.stream().map(Exports::safe).toList());
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static Object safe(Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0
				&& !text.matches("-?[0-9]+([.,][0-9]+)?")) {
			return "'" + text;
		}
		return value;
	}
}
