package se.samverkan.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The DOCX renderer, read back with POI: headings, tables, pictures, signatures, page numbers, language. */
class DocxDocumentsTest {

	private static final String CHART = BarChart.svg("Aktiviteter per status", List.of(
			new BarChart.Bar("Planerad", List.of(new BarChart.Segment("Planerad", 3, "#00487a"))),
			new BarChart.Bar("Genomförd", List.of(new BarChart.Segment("Genomförd", 5, "#2e7d32")))));

	private final DocxDocuments docx = new DocxDocuments(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static Document sample(Locale locale, String text) {
		Table figures = Table.of("Aktiviteter per status", Table.text("Status"), Table.integer("Antal"))
			.row("Planerad", 3)
			.row("Genomförd", 5)
			.build();
		return new Document("Lokal samverkansöverenskommelse", "Södermalm 2026", "Mellan staden och polisen",
				List.of(new Document.Fact("Giltighet", "2026-01-01 – 2029-12-31")),
				List.of(Document.Section.of("Sammanfattning", new Document.Paragraph(text),
						new Document.Subheading("Trygghetsvandringar"),
						new Document.Facts(List.of(new Document.Fact("Vem", "Stadsdelsförvaltningen")))),
						Document.Section.of("Siffror", new Document.Chart(CHART, figures)),
						Document.Section.of("Underskrifter", new Document.Signatures("Underskrifter", List.of(
								new Document.Signatory("Staden", "Anna Andersson", LocalDate.of(2026, 1, 15), null),
								new Document.Signatory("Polisen", null, null, null))))),
				locale);
	}

	private static XWPFDocument read(byte[] bytes) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(bytes));
	}

	@Test
	void sectionsAreWordHeadingsAndSubheadingsSecondLevelHeadings() throws IOException {
		try (XWPFDocument document = read(docx.render(sample(Locale.forLanguageTag("sv"), "Text")))) {
			List<String> headings = document.getParagraphs()
				.stream()
				.filter(p -> "Heading1".equals(p.getStyle()))
				.map(XWPFParagraph::getText)
				.toList();
			assertThat(headings).containsExactly("Sammanfattning", "Siffror", "Underskrifter");
			assertThat(document.getParagraphs()).anyMatch(p -> "Heading2".equals(p.getStyle())
					&& p.getText().equals("Trygghetsvandringar"));
			assertThat(document.getParagraphs()).anyMatch(p -> "Title".equals(p.getStyle()) && p.getText().equals("Södermalm 2026"));
			assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
			assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Södermalm 2026");
		}
	}

	@Test
	void tablesAreRealTablesWithARepeatedHeaderRowAndNumbersRightAligned() throws IOException {
		try (XWPFDocument document = read(docx.render(sample(Locale.forLanguageTag("sv"), "Text")))) {
			XWPFTable figures = document.getTables()
				.stream()
				.filter(t -> t.getRow(0).getCell(0).getText().equals("Status"))
				.findFirst()
				.orElseThrow();
			assertThat(figures.getRows()).hasSize(3);
			assertThat(figures.getRow(0).isRepeatHeader()).isTrue();
			assertThat(figures.getRow(2).getCell(0).getText()).isEqualTo("Genomförd");
			assertThat(figures.getRow(2).getCell(1).getText()).isEqualTo("5");
			assertThat(figures.getRow(2).getCell(1).getParagraphs().get(0).getAlignment().name()).isEqualTo("RIGHT");
		}
	}

	@Test
	void aChartIsAPictureRasterisedFromItsSvgWithItsCaptionAsAlternativeText() throws IOException {
		try (XWPFDocument document = read(docx.render(sample(Locale.forLanguageTag("sv"), "Text")))) {
			List<XWPFPictureData> pictures = document.getAllPictures();
			assertThat(pictures).hasSize(1);
			assertThat(pictures.get(0).getPictureTypeEnum().name()).isEqualTo("PNG");
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(pictures.get(0).getData()));
			assertThat(image.getWidth()).isGreaterThan(600);
			assertThat(countPixels(image, 0x00487a)).as("the bars are drawn in their colour").isGreaterThan(500);
			String xml = document.getDocument().xmlText();
			assertThat(xml).contains("descr=\"Aktiviteter per status\"");
		}
	}

	@Test
	void theSignatureBlockShowsWhoSignedAndWhenAndWhatIsMissing() throws IOException {
		try (XWPFDocument document = read(docx.render(sample(Locale.forLanguageTag("sv"), "Text")))) {
			XWPFTable signatures = document.getTables()
				.stream()
				.filter(t -> t.getRow(0).getCell(0).getText().equals("Part"))
				.findFirst()
				.orElseThrow();
			assertThat(signatures.getRow(1).getCell(1).getText()).isEqualTo("Anna Andersson");
			assertThat(signatures.getRow(1).getCell(2).getText()).isEqualTo("2026-01-15");
			assertThat(signatures.getRow(2).getCell(0).getText()).isEqualTo("Polisen");
			assertThat(signatures.getRow(2).getCell(1).getText()).isEqualTo("Ej undertecknad – underskrift saknas");
		}
	}

	@Test
	void theFooterNumbersThePagesWithWordFieldsInTheDocumentsLanguage() throws IOException {
		try (XWPFDocument english = read(docx.render(sample(Locale.ENGLISH, "Text")))) {
			String footer = english.getFooterList().get(0)._getHdrFtr().xmlText();
			assertThat(footer).contains(" PAGE ", " NUMPAGES ", ">Page <", "> of <");
			assertThat(stylesXml(english)).contains("w:lang w:val=\"en-GB\"");
		}
		try (XWPFDocument swedish = read(docx.render(sample(Locale.forLanguageTag("sv"), "Text")))) {
			assertThat(swedish.getFooterList().get(0).getText()).contains("Sida", "av");
			assertThat(stylesXml(swedish)).contains("w:lang w:val=\"sv-SE\"");
		}
	}

	@Test
	void blankLinesStartNewParagraphsAndCharactersXmlCannotCarryAreDropped() throws IOException {
		byte[] bytes = docx.render(sample(Locale.forLanguageTag("sv"), "Första stycket\u0000 med \u0007klocka\n\nAndra\uFFFF stycket"));
		try (XWPFDocument document = read(bytes)) {
			List<String> texts = document.getBodyElements()
				.stream()
				.filter(XWPFParagraph.class::isInstance)
				.map(IBodyElement.class::cast)
				.map(e -> ((XWPFParagraph) e).getText())
				.toList();
			assertThat(texts).contains("Första stycket med klocka", "Andra stycket");
		}
	}

	private static String stylesXml(XWPFDocument document) throws IOException {
		try (var in = document.getStyles().getPackagePart().getInputStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	static long countPixels(BufferedImage image, int rgb) {
		long count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
					count++;
				}
			}
		}
		return count;
	}
}
