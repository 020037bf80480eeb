package se.samverkan.platform.documents;

import java.util.List;
import java.util.Locale;

/**
 * A document people take to a meeting, independent of its format: a cover with the case details,
 * then sections of paragraphs, tables and charts. {@link PdfDocuments}, {@link XlsxDocuments} and
 * {@link CsvDocuments} render the same model, so a report reads the same in every format and each
 * format is written once for every document (reports, the yearly compilation, action plans).
 *
 * <p>Texts are already in the reader's language ({@code locale}); the renderers add only their own
 * words (contents, page numbers), from the message bundles.
 *
 * @param kicker what kind of document this is ("Uppföljningsrapport")
 * @param cover the case details on the cover: district, period, status, decision
 */
public record Document(String kicker, String title, String subtitle, List<Fact> cover, List<Section> sections,
		Locale locale) {

	public Document {
		cover = List.copyOf(cover);
		sections = List.copyOf(sections);
	}

	/** A labelled value on the cover or in a facts block. */
	public record Fact(String label, String value) {
	}

	/** A chapter: a heading and what it holds, in order. In XLSX each section is a sheet. */
	public record Section(String heading, List<Block> blocks) {

		public Section {
			blocks = List.copyOf(blocks);
		}

		public static Section of(String heading, Block... blocks) {
			return new Section(heading, List.of(blocks));
		}
	}

	/** What a section holds. {@link #kind()} lets a template choose how to draw it. */
	public sealed interface Block permits Paragraph, Subheading, Facts, Table, Chart, Signatures {

		String kind();
	}

	/** Running text; line breaks are kept. */
	public record Paragraph(String text) implements Block {

		@Override
		public String kind() {
			return "paragraph";
		}
	}

	/** A heading inside a section (an activity of a plan, say): Heading 2 in DOCX, h3 in PDF. */
	public record Subheading(String text) implements Block {

		@Override
		public String kind() {
			return "subheading";
		}
	}

	/** Labelled values, as on the cover. */
	public record Facts(List<Fact> facts) implements Block {

		public Facts {
			facts = List.copyOf(facts);
		}

		@Override
		public String kind() {
			return "facts";
		}
	}

	/**
	 * A chart drawn as SVG by the same code that draws it on the page, with its figures as a table
	 * (the accessible alternative on the page, the sheet's cells in XLSX).
	 */
	public record Chart(String svg, Table data) implements Block {

		@Override
		public String kind() {
			return "chart";
		}
	}

	/**
	 * Who signed for each party and when, or that the signature is missing ({@code signedBy} null):
	 * the signature block of an agreement. The renderers add their own words (signed by, date,
	 * not signed) in the document's language.
	 */
	public record Signatures(String caption, List<Signatory> signatories) implements Block {

		public Signatures {
			signatories = List.copyOf(signatories);
		}

		@Override
		public String kind() {
			return "signatures";
		}
	}

	/** One party's line of a signature block; {@code signedBy} and {@code signedOn} null when not signed. */
	public record Signatory(String party, String signedBy, java.time.LocalDate signedOn, String note) {

		public boolean signed() {
			return signedBy != null;
		}
	}
}
