package se.samverkan.platform.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import se.samverkan.platform.rules.InvalidInput;

/** The formats a document is made in, with their file extension and media type. */
public enum DocumentFormat {

	PDF("application/pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	CSV("text/csv;charset=UTF-8");

	private final String contentType;

	DocumentFormat(String contentType) {
		this.contentType = contentType;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The format a client asked for ({@code pdf}, {@code docx}, ...; any case), if it is one of
	 * {@code offered}; otherwise 400 on the field {@code format}, naming the formats there are.
	 */
	public static DocumentFormat parse(String text, DocumentFormat... offered) {
		String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		List<DocumentFormat> formats = Arrays.asList(offered);
		for (DocumentFormat format : formats) {
			if (format.extension().equals(wanted)) {
				return format;
			}
		}
		String names = formats.stream().map(DocumentFormat::extension).collect(Collectors.joining(", "));
		throw InvalidInput.of("format", wanted.isEmpty() ? "required" : "invalid", "Välj format: " + names + ".");
	}
}
