package se.samverkan.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Document} as DOCX with Apache POI (XWPF), for officials who edit it or paste it
 * into a case document (tjänsteutlåtande) written in Word: real headings (Word's own Heading 1 and
 * 2 styles, so they show in the navigation pane and take the case document's look when pasted),
 * real tables with a repeated header row, charts and maps as pictures rasterised from the very SVG
 * the page shows and the PDF draws ({@link SvgImages}), and "Sida n av m" in the footer as Word
 * fields. A4 with 2 cm margins, the document's language set for spelling.
 */
@Component
public class DocxDocuments {

	/** The text width of an A4 page with 2 cm margins, in twentieths of a point. */
	static final int CONTENT_TWIPS = 11906 - 2 * 1134;

	private static final double CONTENT_POINTS = CONTENT_TWIPS / 20.0;

	private static final Pattern SVG_WIDTH = Pattern.compile("<svg[^>]*?\\swidth=\"(\\d+(?:\\.\\d+)?)\"");

	private final MessageSource messages;

	private final String stylesXml;

	DocxDocuments(MessageSource messages) {
		this.messages = messages;
		try (InputStream in = new ClassPathResource("documents/docx-styles.xml").getInputStream()) {
			this.stylesXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] render(Document document) {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new Writer(docx, document).write();
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes one document; holds what the blocks share (the document, its language, the figure count). */
	private final class Writer {

		private final XWPFDocument docx;

		private final Document document;

		private final Locale locale;

		private int pictures;

		Writer(XWPFDocument docx, Document document) {
			this.docx = docx;
			this.document = document;
			this.locale = document.locale();
		}

		void write() {
			styles();
			page();
			docx.getProperties().getCoreProperties().setTitle(clean(document.title()));
			docx.getProperties().getCoreProperties().setCreator("Samverkan");
			cover();
			for (Document.Section section : document.sections()) {
				paragraph("Heading1", section.heading());
				section.blocks().forEach(this::block);
			}
			footer();
		}

		private void styles() {
			String language = locale.getLanguage().equals("en") ? "en-GB" : "sv-SE";
			try {
				docx.createStyles()
					.setStyles(StylesDocument.Factory.parse(stylesXml.replace("LANGUAGE", language)).getStyles());
			}
			catch (XmlException ex) {
				throw new IllegalStateException("documents/docx-styles.xml is not valid", ex);
			}
		}

		private void page() {
			CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
					: docx.getDocument().getBody().addNewSectPr();
			var size = section.addNewPgSz();
			size.setW(BigInteger.valueOf(11906));
			size.setH(BigInteger.valueOf(16838));
			size.setOrient(STPageOrientation.PORTRAIT);
			var margins = section.addNewPgMar();
			margins.setTop(BigInteger.valueOf(1134));
			margins.setBottom(BigInteger.valueOf(1134));
			margins.setLeft(BigInteger.valueOf(1134));
			margins.setRight(BigInteger.valueOf(1134));
			margins.setHeader(BigInteger.valueOf(567));
			margins.setFooter(BigInteger.valueOf(567));
		}

		private void cover() {
			XWPFParagraph kicker = paragraph(null, null);
			XWPFRun run = kicker.createRun();
			run.setBold(true);
			run.setColor("00487A");
			run.setText(clean(document.kicker()));
			paragraph("Title", document.title());
			if (document.subtitle() != null) {
				paragraph("Subtitle", document.subtitle());
			}
			if (!document.cover().isEmpty()) {
				facts(document.cover());
			}
			paragraph(null, null).createRun().addBreak(BreakType.PAGE);
		}

		private void block(Document.Block block) {
			// Java 17: no patterns in switch yet.
			if (block instanceof Document.Paragraph paragraph) {
				text(paragraph.text());
			}
			else if (block instanceof Document.Subheading subheading) {
				paragraph("Heading2", subheading.text());
			}
			else if (block instanceof Document.Facts facts) {
				facts(facts.facts());
			}
			else if (block instanceof Table table) {
				table(table);
			}
			else if (block instanceof Document.Chart chart) {
				chart(chart);
			}
			else if (block instanceof Document.Signatures signatures) {
				signatures(signatures);
			}
		}

		/** Running text: a blank line starts a new paragraph, a single line break stays a break. */
		private void text(String text) {
			for (String part : clean(text).split("\\R\\s*\\R")) {
				XWPFParagraph paragraph = paragraph(null, null);
				String[] lines = part.split("\\R", -1);
				for (int i = 0; i < lines.length; i++) {
					XWPFRun run = paragraph.createRun();
					run.setText(lines[i]);
					if (i < lines.length - 1) {
						run.addBreak();
					}
				}
			}
		}

		private void facts(List<Document.Fact> facts) {
			XWPFTable table = newTable(facts.size(), 2);
			table.removeBorders();
			for (int i = 0; i < facts.size(); i++) {
				XWPFTableRow row = table.getRow(i);
				cell(row.getCell(0), facts.get(i).label(), true, false);
				cell(row.getCell(1), facts.get(i).value(), false, false);
				row.getCell(0).setWidth("35%");
				row.getCell(1).setWidth("65%");
			}
			spacer();
		}

		private void table(Table data) {
			paragraph("Caption", data.caption());
			int columns = data.columns().size();
			XWPFTable table = newTable(data.rows().size() + 1, columns);
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			header.setCantSplitRow(true);
			for (int c = 0; c < columns; c++) {
				XWPFTableCell cell = header.getCell(c);
				cell.setColor("E8EDF2");
				cell(cell, data.columns().get(c).heading(), true, data.columns().get(c).numeric());
			}
			for (int r = 0; r < data.rows().size(); r++) {
				XWPFTableRow row = table.getRow(r + 1);
				row.setCantSplitRow(true);
				List<Object> cells = data.rows().get(r);
				for (int c = 0; c < columns; c++) {
					cell(row.getCell(c), Table.format(cells.get(c), locale), false, data.columns().get(c).numeric());
				}
			}
			spacer();
		}

		/** The drawing as a picture (alternative text: the caption), then its figures as a table. */
		private void chart(Document.Chart chart) {
			double naturalWidth = naturalWidth(chart.svg());
			SvgImages.Png png = SvgImages.png(chart.svg(), (int) Math.min(2400, Math.round(naturalWidth * 2)));
			double width = Math.min(CONTENT_POINTS, naturalWidth * 0.75);
			double height = width * png.height() / png.width();
			XWPFParagraph paragraph = paragraph(null, null);
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			paragraph.setKeepNext(true);
			XWPFRun run = paragraph.createRun();
			pictures++;
			try {
				run.addPicture(new ByteArrayInputStream(png.bytes()), PictureType.PNG, "figur-" + pictures + ".png",
						Units.toEMU(width), Units.toEMU(height));
			}
			catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
				throw new IllegalStateException("The picture could not be added", ex);
			}
			var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
			inline.getDocPr().setDescr(clean(chart.data().caption()));
			inline.getDocPr().setTitle(clean(chart.data().caption()));
			table(chart.data());
		}

		private void signatures(Document.Signatures block) {
			paragraph("Caption", block.caption());
			XWPFTable table = newTable(block.signatories().size() + 1, 3);
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			String[] headings = { word("documents.signature.party"), word("documents.signature.by"),
					word("documents.signature.date") };
			for (int c = 0; c < 3; c++) {
				header.getCell(c).setColor("E8EDF2");
				cell(header.getCell(c), headings[c], true, false);
			}
			for (int i = 0; i < block.signatories().size(); i++) {
				Document.Signatory signatory = block.signatories().get(i);
				XWPFTableRow row = table.getRow(i + 1);
				row.setCantSplitRow(true);
				cell(row.getCell(0), signatory.party(), true, false);
				if (signatory.signed()) {
					cell(row.getCell(1), signatory.signedBy() + (signatory.note() == null ? "" : "\n" + signatory.note()),
							false, false);
					cell(row.getCell(2), Table.format(signatory.signedOn(), locale), false, false);
				}
				else {
					XWPFParagraph missing = row.getCell(1).getParagraphs().get(0);
					XWPFRun run = missing.createRun();
					run.setItalic(true);
					run.setText(word("documents.signature.missing"));
					cell(row.getCell(2), "–", false, false);
				}
			}
			spacer();
		}

		/** "Title ... Sida n av m": the page numbers as Word fields, so they stay right after edits. */
		private void footer() {
			XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
			XWPFParagraph paragraph = footer.createParagraph();
			paragraph.setStyle("Footer");
			paragraph.createRun().setText(clean(document.title()));
			paragraph.createRun().addTab();
			paragraph.createRun().setText(word("documents.page") + " ");
			field(paragraph, "PAGE", "1");
			paragraph.createRun().setText(" " + word("documents.of") + " ");
			field(paragraph, "NUMPAGES", "1");
		}

		private void field(XWPFParagraph paragraph, String instruction, String shown) {
			paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
			CTText code = paragraph.createRun().getCTR().addNewInstrText();
			code.setStringValue(" " + instruction + " \\* MERGEFORMAT ");
			code.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
			paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
			paragraph.createRun().setText(shown);
			paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		}

		private XWPFTable newTable(int rows, int columns) {
			XWPFTable table = docx.createTable(rows, columns);
			table.setStyleID("TableGrid");
			table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
			table.setWidth("100%");
			table.setTableAlignment(TableRowAlign.LEFT);
			table.getCTTbl().getTblPr().addNewTblLayout().setType(
					org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.AUTOFIT);
			table.getCTTbl().getTblPr().getTblW().setType(STTblWidth.PCT);
			return table;
		}

		private void cell(XWPFTableCell cell, String text, boolean bold, boolean numeric) {
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setSpacingAfter(0);
			if (numeric) {
				paragraph.setAlignment(ParagraphAlignment.RIGHT);
			}
			String[] lines = clean(text == null ? "" : text).split("\\R", -1);
			for (int i = 0; i < lines.length; i++) {
				XWPFRun run = paragraph.createRun();
				run.setBold(bold);
				run.setText(lines[i]);
				if (i < lines.length - 1) {
					run.addBreak();
				}
			}
		}

		private XWPFParagraph paragraph(String style, String text) {
			XWPFParagraph paragraph = docx.createParagraph();
			if (style != null) {
				paragraph.setStyle(style);
			}
			if (text != null) {
				paragraph.createRun().setText(clean(text));
			}
			return paragraph;
		}

		/** Word puts two tables that follow each other together; an empty paragraph keeps them apart. */
		private void spacer() {
			paragraph(null, null).setSpacingAfter(60);
		}

		private String word(String key) {
			return messages.getMessage(key, null, key, locale);
		}
	}

	/** The drawing's width in CSS pixels (its width attribute), for its size on the page. */
	static double naturalWidth(String svg) {
		Matcher matcher = SVG_WIDTH.matcher(svg);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : 640;
	}

	private static String clean(String text) {
		return text == null ? "" : XmlText.clean(text);
	}
}
