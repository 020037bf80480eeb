package se.samverkan.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to PDF with openhtmltopdf, with DejaVu Sans embedded so Swedish
 * text looks the same on every machine, and inline SVG drawn (charts drawn by the same code as on
 * the pages). Templates for PDF must be well-formed XHTML.
 *
 * <p>{@link #render(Document)} draws any {@link Document} with {@code documents/document-pdf}: a
 * cover with the case details, the contents with page numbers, each section with its paragraphs,
 * tables and charts, and "page n of m" at the foot of every page.
 */
@Component
public class PdfDocuments {

	private final ITemplateEngine templates;

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> model) {
		return render(template, model, Locale.forLanguageTag("sv"));
	}

	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		// What XML cannot carry (a control character in one stored text) must not break the document.
		String html = XmlText.clean(templates.process(template, new Context(locale, model)));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The document as PDF, in its own language. */
	public byte[] render(Document document) {
		Map<String, Object> model = new HashMap<>();
		model.put("doc", document);
		model.put("lang", document.locale().getLanguage());
		model.put("cells", new CellFormat(document.locale()));
		return render("documents/document-pdf", model, document.locale());
	}

	/** Cells as text in the document's language, for templates. */
	public record CellFormat(Locale locale) {

		public String format(Object value) {
			return Table.format(value, locale);
		}
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
