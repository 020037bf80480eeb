package se.samverkan.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.samverkan.platform.text.UnstorableCharacters;

/**
 * Writes a {@link Document} as an XLSX workbook with Apache POI: the cover on the first sheet, then
 * one sheet per section. Numbers are numeric cells and dates date cells (formatted YYYY-MM-DD), so
 * people can sum and sort them. Streaming (SXSSF), so a compilation of every district's activities
 * is written with a small window of rows in memory.
 */
@Component
public class XlsxDocuments {

	/** Rows kept in memory per sheet while writing; older rows go to a temporary file. */
	private static final int WINDOW = 200;

	private final MessageSource messages;

	XlsxDocuments(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] render(Document document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(document, out);
		return out.toByteArray();
	}

	public void write(Document document, OutputStream out) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try {
			Styles styles = new Styles(workbook);
			Set<String> names = new HashSet<>();
			Sheet cover = workbook.createSheet(sheetName(messages.getMessage("documents.cover", null, "Försättsblad",
					document.locale()), names));
			int r = 0;
			text(cover.createRow(r++), 0, document.kicker(), styles.bold);
			text(cover.createRow(r++), 0, document.title(), styles.heading);
			if (document.subtitle() != null) {
				text(cover.createRow(r++), 0, document.subtitle(), null);
			}
			r++;
			for (Document.Fact fact : document.cover()) {
				Row row = cover.createRow(r++);
				text(row, 0, fact.label(), styles.bold);
				text(row, 1, fact.value(), null);
			}
			cover.setColumnWidth(0, 30 * 256);
			cover.setColumnWidth(1, 60 * 256);
			for (Document.Section section : document.sections()) {
				writeSection(workbook.createSheet(sheetName(section.heading(), names)), section, styles, document.locale());
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
			try {
				workbook.close();
			}
			catch (IOException ignored) {
				// nothing left to release
			}
		}
	}

	private void writeSection(SXSSFSheet sheet, Document.Section section, Styles styles, java.util.Locale locale) {
		int r = 0;
		text(sheet.createRow(r++), 0, section.heading(), styles.heading);
		int widest = 1;
		for (Document.Block block : section.blocks()) {
			r++;
			if (block instanceof Document.Paragraph paragraph) {
				text(sheet.createRow(r++), 0, paragraph.text(), styles.wrap);
			}
			else if (block instanceof Document.Subheading subheading) {
				text(sheet.createRow(r++), 0, subheading.text(), styles.bold);
			}
			else if (block instanceof Document.Signatures signatures) {
				r = writeSignatures(sheet, r, signatures, styles, locale);
			}
			else if (block instanceof Document.Facts facts) {
				for (Document.Fact fact : facts.facts()) {
					Row row = sheet.createRow(r++);
					text(row, 0, fact.label(), styles.bold);
					text(row, 1, fact.value(), null);
				}
			}
			else {
				Table table = block instanceof Document.Chart chart ? chart.data() : (Table) block;
				r = writeTable(sheet, r, table, styles);
				widest = Math.max(widest, table.columns().size());
			}
		}
		sheet.setColumnWidth(0, 45 * 256);
		for (int c = 1; c < widest; c++) {
			sheet.setColumnWidth(c, 16 * 256);
		}
	}

	/** The signature block as rows: party, who signed, the date as a date cell (or that it is missing). */
	private int writeSignatures(Sheet sheet, int r, Document.Signatures block, Styles styles, java.util.Locale locale) {
		text(sheet.createRow(r++), 0, block.caption(), styles.bold);
		Row header = sheet.createRow(r++);
		text(header, 0, messages.getMessage("documents.signature.party", null, locale), styles.header);
		text(header, 1, messages.getMessage("documents.signature.by", null, locale), styles.header);
		text(header, 2, messages.getMessage("documents.signature.date", null, locale), styles.header);
		for (Document.Signatory signatory : block.signatories()) {
			Row row = sheet.createRow(r++);
			text(row, 0, signatory.party(), styles.bold);
			if (signatory.signed()) {
				text(row, 1, signatory.signedBy() + (signatory.note() == null ? "" : " (" + signatory.note() + ")"), null);
				var cell = row.createCell(2);
				cell.setCellValue(signatory.signedOn());
				cell.setCellStyle(styles.date);
			}
			else {
				text(row, 1, messages.getMessage("documents.signature.missing", null, locale), null);
			}
		}
		return r;
	}

	private int writeTable(Sheet sheet, int r, Table table, Styles styles) {
		text(sheet.createRow(r++), 0, table.caption(), styles.bold);
		Row header = sheet.createRow(r++);
		for (int c = 0; c < table.columns().size(); c++) {
			text(header, c, table.columns().get(c).heading(), styles.header);
		}
		for (var cells : table.rows()) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < cells.size(); c++) {
				Object value = cells.get(c);
				if (value == null) {
					continue;
				}
				var cell = row.createCell(c);
				if (value instanceof LocalDate date) {
					cell.setCellValue(date);
					cell.setCellStyle(styles.date);
				}
				else if (value instanceof Number number) {
					cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
					cell.setCellStyle(table.columns().get(c).type() == Table.Type.DECIMAL ? styles.decimal : styles.integer);
				}
				else {
					cell.setCellValue(UnstorableCharacters.removeFrom(value.toString()));
				}
			}
		}
		return r;
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		// What XML cannot carry is dropped, as in the PDF (text stored before it was refused at input).
		cell.setCellValue(value == null ? "" : UnstorableCharacters.removeFrom(value));
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	/** A sheet name Excel accepts (at most 31 characters, none of []:*?/\) and unique in the workbook. */
	static String sheetName(String wanted, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Blad" : wanted, '-');
		String name = base;
		for (int i = 2; taken.contains(name.toLowerCase()); i++) {
			String suffix = " (" + i + ")";
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		taken.add(name.toLowerCase());
		return name;
	}

	private static final class Styles {

		final CellStyle bold;

		final CellStyle heading;

		final CellStyle header;

		final CellStyle wrap;

		final CellStyle date;

		final CellStyle integer;

		final CellStyle decimal;

		Styles(SXSSFWorkbook workbook) {
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			bold = workbook.createCellStyle();
			bold.setFont(boldFont);
			heading = workbook.createCellStyle();
			heading.setFont(big);
			header = workbook.createCellStyle();
			header.setFont(boldFont);
			header.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.MEDIUM);
			wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			var formats = workbook.createDataFormat();
			date = workbook.createCellStyle();
			date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
			integer = workbook.createCellStyle();
			integer.setDataFormat(formats.getFormat("0"));
			decimal = workbook.createCellStyle();
			decimal.setDataFormat(formats.getFormat("0.0#"));
		}
	}
}
