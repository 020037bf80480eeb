package se.samverkan.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularFilesTest {

	@TempDir
	Path dir;

	/** Collects what the reader hands over. */
	static final class Collected implements TabularRows {

		TabularHeader header;

		final List<TabularRow> rows = new ArrayList<>();

		@Override
		public void header(TabularHeader header) {
			this.header = header;
		}

		@Override
		public void row(TabularRow row) {
			rows.add(row);
		}
	}

	@Test
	void readsSwedishExcelCsvWithSemicolonsDecimalCommasAndWindows1252() throws IOException {
		Path file = write("unitCode;period;value\r\nSÖDERMALM;2025;21,5\r\n\r\nFARSTA;2025-T1;\"1 234,5\"\r\n",
				TextEncodings.WINDOWS_1252);
		Collected table = new Collected();
		TabularFormat format = TabularFiles.read(file, table);
		assertThat(format.kind()).isEqualTo(TabularFormat.Kind.CSV);
		assertThat(format.separator()).isEqualTo(';');
		assertThat(format.encoding()).isEqualTo(TextEncodings.WINDOWS_1252);
		assertThat(table.header.names()).containsExactly("unitCode", "period", "value");
		assertThat(table.rows).extracting(TabularRow::line).containsExactly(2L, 4L);
		assertThat(table.rows.get(0).cells()).containsExactly("SÖDERMALM", "2025", "21,5");
		assertThat(Decimals.parse(table.rows.get(1).cell(2))).isEqualByComparingTo("1234.5");
	}

	@Test
	void readsUtf8WithAByteOrderMarkAndQuotedLineBreaksCountingLinesAsAPersonWould() throws IOException {
		Path file = write("\uFEFFname,note\nÅrsta,\"holmar, öar\"\n\"Sätra\",\"rad ett\nrad två\"\nSkärholmen,\n",
				StandardCharsets.UTF_8);
		Collected table = new Collected();
		TabularFormat format = TabularFiles.read(file, table);
		assertThat(format.encoding()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(format.separator()).isEqualTo(',');
		assertThat(table.header.index("NAME")).isZero();
		assertThat(table.rows).extracting(TabularRow::line).containsExactly(2L, 3L, 5L);
		assertThat(table.rows.get(1).cell(1)).isEqualTo("rad ett\nrad två");
		assertThat(table.rows.get(2).cell(1)).isEmpty();
		assertThat(table.rows.get(2).cell(7)).isEmpty();
	}

	@Test
	void readsUtf16TabSeparatedTextAsExcelSavesUnicodeText() throws IOException {
		Path file = dir.resolve("unicode.txt");
		byte[] text = "unitCode\tvalue\r\nSödermalm\t3\r\n".getBytes(StandardCharsets.UTF_16LE);
		byte[] marked = new byte[text.length + 2];
		marked[0] = (byte) 0xFF;
		marked[1] = (byte) 0xFE;
		System.arraycopy(text, 0, marked, 2, text.length);
		Files.write(file, marked);
		Collected table = new Collected();
		TabularFormat format = TabularFiles.read(file, table);
		assertThat(format.encoding()).isEqualTo(StandardCharsets.UTF_16LE);
		assertThat(format.separator()).isEqualTo('\t');
		assertThat(table.rows.get(0).cells()).containsExactly("Södermalm", "3");
	}

	@Test
	void readsTheFirstSheetOfAWorkbookWithPlainNumbersPercentagesAndGaps() throws IOException {
		Path file = dir.resolve("values.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("Värden");
			XSSFRow header = sheet.createRow(0);
			header.createCell(0).setCellValue("unitCode");
			header.createCell(1).setCellValue("period");
			header.createCell(2).setCellValue("value");
			XSSFRow first = sheet.createRow(1);
			first.createCell(0).setCellValue("SODERMALM");
			first.createCell(1).setCellValue(2025);
			first.createCell(2).setCellValue(21.5);
			XSSFRow second = sheet.createRow(3);
			second.createCell(0).setCellValue("FARSTA");
			second.createCell(1).setCellValue("2025-05");
			XSSFCellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			var share = second.createCell(2);
			share.setCellValue(0.125);
			share.setCellStyle(percent);
			workbook.write(out);
		}
		Collected table = new Collected();
		assertThat(TabularFiles.read(file, table).kind()).isEqualTo(TabularFormat.Kind.XLSX);
		assertThat(table.header.names()).containsExactly("unitCode", "period", "value");
		assertThat(table.rows).extracting(TabularRow::line).containsExactly(2L, 4L);
		assertThat(table.rows.get(0).cells()).containsExactly("SODERMALM", "2025", "21.5");
		assertThat(table.rows.get(1).cells()).containsExactly("FARSTA", "2025-05", "12.5");
	}

	@Test
	void refusesAQuoteThatNeverEndsNamingItsLine() throws IOException {
		Path file = write("a,b\n1,2\n3,\"open\n4,5\n", StandardCharsets.UTF_8);
		assertThatThrownBy(() -> TabularFiles.read(file, new Collected())).isInstanceOf(TabularFileProblem.class)
			.hasMessageContaining("rad 3")
			.extracting(problem -> ((TabularFileProblem) problem).line())
			.isEqualTo(3L);
	}

	@Test
	void refusesEmptyFilesOldExcelAndBrokenWorkbooks() throws IOException {
		assertThatThrownBy(() -> TabularFiles.read(write("", StandardCharsets.UTF_8), new Collected()))
			.isInstanceOf(TabularFileProblem.class)
			.hasMessageContaining("tom");
		Path xls = dir.resolve("old.xls");
		Files.write(xls, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 });
		assertThatThrownBy(() -> TabularFiles.read(xls, new Collected())).hasMessageContaining(".xlsx");
		Path broken = dir.resolve("broken.xlsx");
		Files.write(broken, new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6 });
		assertThatThrownBy(() -> TabularFiles.read(broken, new Collected())).isInstanceOf(TabularFileProblem.class)
			.hasMessageContaining("Excel");
	}

	@Test
	void refusesFilesThatAreNoTableAsSuchButLeavesAStrayControlCharacterToTheImporter() throws IOException {
		Path pdf = dir.resolve("report.pdf");
		Files.write(pdf, "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII));
		Path binary = dir.resolve("data.bin");
		Files.write(binary, new byte[] { 'a', ',', 'b', '\n', 0, 1, 2, 3 });
		for (Path file : List.of(pdf, binary)) {
			assertThatThrownBy(() -> TabularFiles.read(file, new Collected())).isInstanceOf(TabularFileProblem.class)
				.extracting(problem -> ((TabularFileProblem) problem).kind())
				.isEqualTo(TabularFileProblem.Kind.NOT_A_TABLE);
		}
		Collected table = new Collected();
		TabularFiles.read(write("a,b\n1,\u0007bell\n", StandardCharsets.UTF_8), table);
		assertThat(table.rows.get(0).cell(1)).isEqualTo("\u0007bell");
		assertThatThrownBy(() -> TabularFiles.read(write("", StandardCharsets.UTF_8), new Collected()))
			.extracting(problem -> ((TabularFileProblem) problem).kind())
			.isEqualTo(TabularFileProblem.Kind.EMPTY);
	}

	@Test
	void readsAWorkbooksDatesWithTheirTimeOfDayAndCountsItsRowsFromTheSheet() throws IOException {
		Path file = dir.resolve("times.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("Tider");
			sheet.createRow(0).createCell(0).setCellValue("occurredAt");
			XSSFCellStyle dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			XSSFCellStyle dateOnly = workbook.createCellStyle();
			dateOnly.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			String[] times = { "2026-11-03T21:30", "2026-11-04T00:00", "2026-11-05T07:05:09", "2026-11-06T00:00" };
			for (int i = 0; i < times.length; i++) {
				var cell = sheet.createRow(i + 1).createCell(0);
				cell.setCellValue(java.time.LocalDateTime.parse(times[i]));
				cell.setCellStyle(i < 3 ? dateTime : dateOnly);
			}
			workbook.write(out);
		}
		Collected table = new Collected();
		TabularFiles.read(file, table);
		// Midnight in a date-time column keeps its time; a date column gives the date.
		assertThat(table.rows).extracting(row -> row.cell(0))
			.containsExactly("2026-11-03T21:30", "2026-11-04T00:00", "2026-11-05T07:05:09", "2026-11-06");
		assertThat(TabularFiles.rowsBelowHeader(file)).isEqualTo(4);
		assertThat(TabularFiles.rowsBelowHeader(write("a\n1\n2\n", StandardCharsets.UTF_8))).isEqualTo(2);
	}

	@Test
	void takesNumbersAsPeopleTypeThem() {
		assertThat(Decimals.parse("21,5")).isEqualByComparingTo(new BigDecimal("21.5"));
		assertThat(Decimals.parse(" 21.5 ")).isEqualByComparingTo(new BigDecimal("21.5"));
		assertThat(Decimals.parse("1\u00A0234")).isEqualByComparingTo(new BigDecimal("1234"));
		assertThat(Decimals.parse("−3")).isEqualByComparingTo(new BigDecimal("-3"));
		assertThat(Decimals.parse("1,234.5")).isNull();
		assertThat(Decimals.parse("tjugo")).isNull();
		assertThat(Decimals.parse("")).isNull();
		assertThat(Decimals.parse("21,5 %")).isNull();
	}

	@Test
	void decidesTheSeparatorFromTheHeaderOutsideQuotes() {
		assertThat(Separators.detect("a;b;c")).isEqualTo(';');
		assertThat(Separators.detect("\"a;b\",c")).isEqualTo(',');
		assertThat(Separators.detect("a\tb")).isEqualTo('\t');
		assertThat(Separators.detect("value")).isEqualTo(',');
	}

	private Path write(String text, Charset encoding) throws IOException {
		Path file = Files.createTempFile(dir, "table", ".csv");
		Files.write(file, text.getBytes(encoding));
		return file;
	}
}
