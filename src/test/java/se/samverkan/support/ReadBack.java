package se.samverkan.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Reads exported files back as a reader would see them: a PDF's text (PDFBox) and its pages drawn
 * as images, a DOCX's headings, tables, pictures and footer (POI), and any enum name that slipped
 * into what people read.
 */
public final class ReadBack {

	/**
	 * The API's enum values that must never reach a reader: every value of the trends, statuses,
	 * parties, signals, prevention kinds, horizons, categories and priority areas, as whole words.
	 */
	private static final Pattern ENUM_NAMES = Pattern.compile("\\b(UP|FLAT|DOWN|UNKNOWN|DRAFT|ESTABLISHED|"
			+ "AWAITING_[A-Z_]+|SIGNED|SUPERSEDED|OVERARCHING|LOCAL|CITY_WIDE|CITY|POLICE|JOINT|PLANNED|ONGOING|DONE|"
			+ "POSTPONED|CANCELLED|GREEN|YELLOW|RED|UNIVERSAL|SELECTIVE|INDICATED|SOCIAL|SITUATIONAL|SHORT_TERM|"
			+ "LONG_TERM|GRAFFITI|DRUGS|FIRE|BURGLARY|VANDALISM|LITTERING|PUBLIC_VIOLENCE|THREATS_TO_STAFF|"
			+ "DISRUPTIVE_GROUP|DARK_OR_UNSAFE_PLACE|[A-Z]+(?:_[A-Z]+)+)\\b");

	private ReadBack() {
	}

	public static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every page drawn as an image at {@code dpi}, as a printer would. */
	public static List<BufferedImage> pdfPages(byte[] pdf, int dpi) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			List<BufferedImage> pages = new ArrayList<>();
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				pages.add(renderer.renderImageWithDPI(i, dpi));
			}
			return pages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static XWPFDocument docx(byte[] bytes) {
		try {
			return new XWPFDocument(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** All the text a reader of the DOCX sees: paragraphs, tables (cell by cell) and footers. */
	public static String docxText(XWPFDocument document) {
		StringBuilder text = new StringBuilder();
		document.getBodyElements().forEach(element -> {
			if (element instanceof XWPFParagraph paragraph) {
				text.append(paragraph.getText()).append('\n');
			}
			else if (element instanceof XWPFTable table) {
				table.getRows().forEach(row -> {
					row.getTableCells().forEach(cell -> text.append(cell.getText()).append('\t'));
					text.append('\n');
				});
			}
		});
		document.getFooterList().forEach(footer -> text.append(footer.getText()).append('\n'));
		return text.toString();
	}

	/** The texts of the paragraphs in one style ("Heading1"), in order. */
	public static List<String> paragraphs(XWPFDocument document, String style) {
		return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
	}

	/** The table whose header row starts with {@code firstHeading}. */
	public static XWPFTable table(XWPFDocument document, String firstHeading) {
		return document.getTables()
			.stream()
			.filter(table -> table.getRow(0).getCell(0).getText().equals(firstHeading))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No table headed " + firstHeading));
	}

	public static List<BufferedImage> pictures(XWPFDocument document) {
		List<BufferedImage> images = new ArrayList<>();
		for (XWPFPictureData picture : document.getAllPictures()) {
			try {
				images.add(ImageIO.read(new ByteArrayInputStream(picture.getData())));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return images;
	}

	/** How many pixels have the colour (within a small tolerance per channel, for smoothing). */
	public static long pixels(BufferedImage image, int rgb) {
		int r = (rgb >> 16) & 0xFF;
		int g = (rgb >> 8) & 0xFF;
		int b = rgb & 0xFF;
		long count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int p = image.getRGB(x, y);
				if (Math.abs(((p >> 16) & 0xFF) - r) <= 6 && Math.abs(((p >> 8) & 0xFF) - g) <= 6
						&& Math.abs((p & 0xFF) - b) <= 6) {
					count++;
				}
			}
		}
		return count;
	}

	public static long pixels(List<BufferedImage> images, int rgb) {
		return images.stream().mapToLong(image -> pixels(image, rgb)).sum();
	}

	/** A pattern for these words with any white space between them: text in a PDF's table cell or label wraps. */
	public static String words(String text) {
		return java.util.Arrays.stream(text.split(" "))
			.map(java.util.regex.Pattern::quote)
			.collect(java.util.stream.Collectors.joining("\\s+"));
	}

	/** The enum names found in the text (none, if every value became a word). */
	public static List<String> enumNames(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = ENUM_NAMES.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}
}
