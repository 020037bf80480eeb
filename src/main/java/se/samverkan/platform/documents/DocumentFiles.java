package se.samverkan.platform.documents;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.samverkan.platform.documents.ExportJobs.ExportFile;

/**
 * A {@link Document} made into a file in the format asked for, named for the download: each
 * module builds its document once and gets every format from here.
 */
@Component
public class DocumentFiles {

	private final PdfDocuments pdf;

	private final DocxDocuments docx;

	private final XlsxDocuments xlsx;

	private final CsvDocuments csv;

	DocumentFiles(PdfDocuments pdf, DocxDocuments docx, XlsxDocuments xlsx, CsvDocuments csv) {
		this.pdf = pdf;
		this.docx = docx;
		this.xlsx = xlsx;
		this.csv = csv;
	}

	/** The document as PDF, DOCX or XLSX (CSV takes one table: {@link #csv}). */
	public ExportFile render(Document document, DocumentFormat format, String fileName) {
		byte[] content = switch (format) {
			case PDF -> pdf.render(document);
			case DOCX -> docx.render(document);
			case XLSX -> xlsx.render(document);
			case CSV -> throw new IllegalArgumentException("A CSV file holds one table: use csv(table, name)");
		};
		return new ExportFile(fileName + "." + format.extension(), format.contentType(), content);
	}

	public ExportFile csv(Table table, String fileName) {
		return new ExportFile(fileName + ".csv", DocumentFormat.CSV.contentType(), csv.render(table));
	}

	/** A file name in plain letters from a prefix and a title: "uppfoljning-sodermalm-2026-t1". */
	public static String fileName(String prefix, String title) {
		String plain = fileName(title);
		return plain.isEmpty() ? prefix : prefix + "-" + plain;
	}

	/** A title in plain letters, for a file name: "Lägesbild Södermalm 2026-T1" is "lagesbild-sodermalm-2026-t1". */
	public static String fileName(String title) {
		return Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}
}
