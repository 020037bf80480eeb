package se.samverkan.platform.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an Excel workbook as a stream of rows (POI's event API), so a large
 * workbook never sits in memory as a whole. Numbers come as plain text ("21.5", never "21,50" from
 * a cell format); a cell formatted as a percentage comes as the percentage the person sees (21.5
 * for 21,5 %); a date as YYYY-MM-DD, a date with a time of day as YYYY-MM-DDTHH:MM.
 */
final class XlsxTables {

	static final String NOT_A_WORKBOOK = "Filen kunde inte läsas som en Excel-arbetsbok (.xlsx). Spara tabellen som "
			+ "Excel-arbetsbok eller som CSV och försök igen.";

	private XlsxTables() {
	}

	/**
	 * The last row of the first sheet as the sheet's {@code dimension} states it (Excel writes it
	 * before the rows), read without reading the rows; 0 when the sheet does not say or the file
	 * is no workbook.
	 */
	static long lastRow(Path file) {
		try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			var sheets = new XSSFReader(workbook).getSheetsData();
			if (!sheets.hasNext()) {
				return 0;
			}
			try (InputStream sheet = sheets.next()) {
				javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
				factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
				javax.xml.stream.XMLStreamReader xml = factory.createXMLStreamReader(sheet);
				while (xml.hasNext()) {
					if (xml.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
						String name = xml.getLocalName();
						if (name.equals("dimension")) {
							String ref = xml.getAttributeValue(null, "ref");
							String last = ref == null ? "" : ref.substring(ref.indexOf(':') + 1);
							return last.isEmpty() ? 0 : new CellReference(last).getRow() + 1L;
						}
						if (name.equals("sheetData")) {
							return 0;
						}
					}
				}
				return 0;
			}
		}
		catch (Exception ex) {
			return 0;
		}
	}

	static TabularFormat read(Path file, TabularRows rows) throws IOException {
		try (OPCPackage workbook = open(file)) {
			XSSFReader reader;
			ReadOnlySharedStringsTable strings;
			StylesTable styles;
			java.util.Iterator<InputStream> sheets;
			try {
				reader = new XSSFReader(workbook);
				strings = new ReadOnlySharedStringsTable(workbook);
				styles = reader.getStylesTable();
				sheets = reader.getSheetsData();
			}
			catch (OpenXML4JException | SAXException | IOException | RuntimeException ex) {
				// A zip that is no workbook (a Word file, a zip of anything) fails somewhere inside POI.
				throw notAWorkbook(ex);
			}
			if (!sheets.hasNext()) {
				throw new TabularFileProblem(TabularFileProblem.Kind.EMPTY, 0, "Arbetsboken har inget blad.", null);
			}
			Rows handler = new Rows(rows);
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = SAXHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, new PlainNumbers(), false));
				parser.parse(new InputSource(sheet));
			}
			catch (SAXException | IOException | org.apache.poi.ooxml.POIXMLException ex) {
				// The sheet's XML is broken or cut short (a file that stopped half way).
				throw notAWorkbook(ex);
			}
			catch (javax.xml.parsers.ParserConfigurationException ex) {
				throw new IllegalStateException(ex);
			}
			if (!handler.headerSeen) {
				throw new TabularFileProblem(TabularFileProblem.Kind.EMPTY, 0,
						"Bladet är tomt: det behöver en rubrikrad med kolumnernas namn.", null);
			}
			return TabularFormat.xlsx();
		}
	}

	private static OPCPackage open(Path file) {
		try {
			return OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (OpenXML4JException | RuntimeException ex) {
			throw notAWorkbook(ex);
		}
	}

	private static TabularFileProblem notAWorkbook(Exception cause) {
		return new TabularFileProblem(TabularFileProblem.Kind.NOT_A_TABLE, 0, NOT_A_WORKBOOK, cause);
	}

	/** Collects each row's cells by column (a sheet leaves out empty cells) and hands the row on. */
	private static final class Rows implements SheetContentsHandler {

		private final TabularRows rows;

		private final List<String> cells = new ArrayList<>();

		private boolean headerSeen;

		Rows(TabularRows rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value);
		}

		@Override
		public void endRow(int rowNum) {
			TabularRow row = new TabularRow(rowNum + 1L, cells);
			if (!headerSeen) {
				if (row.isBlank()) {
					return;
				}
				headerSeen = true;
				rows.header(new TabularHeader(cells));
			}
			else if (!row.isBlank()) {
				rows.row(row);
			}
		}
	}

	/**
	 * A date as YYYY-MM-DD; with its time of day as YYYY-MM-DDTHH:MM(:SS) where the cell's format
	 * shows a time (so midnight in a date-time column stays a time) or the value has one.
	 */
	static String dateTime(java.time.LocalDateTime value, boolean formatShowsTime) {
		if (!formatShowsTime && value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
			return value.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		java.time.LocalDateTime whole = value.withNano(0);
		return whole.getSecond() == 0 ? whole.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"))
				: whole.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
	}

	/** Whether an Excel number format shows hours or seconds (outside quoted text and [colour] sections). */
	static boolean showsTime(String format) {
		String plain = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(java.util.Locale.ROOT);
		return plain.indexOf('h') >= 0 || plain.indexOf('s') >= 0;
	}

	/** Formats numbers as their plain value instead of by the cell's display format. */
	private static final class PlainNumbers extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return dateTime(DateUtil.getLocalDateTime(value, false, true), showsTime(formatString));
			}
			BigDecimal number = BigDecimal.valueOf(value);
			if (formatString != null && formatString.contains("%")) {
				number = number.movePointRight(2);
			}
			return number.stripTrailingZeros().toPlainString();
		}
	}
}
