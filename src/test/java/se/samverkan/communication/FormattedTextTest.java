package se.samverkan.communication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormattedTextTest {

	static final String HOSTILE = """
			<p onclick="alert(1)" style="color:red">Trygghetsvandring <script>alert('x')</script>på torsdag</p>
			<p><a href="javascript:alert(2)">Klicka</a> <a href="https://start.stockholm/trygghet" onmouseover="steal()">Läs mer</a></p>
			<iframe src="https://evil.example/"></iframe><img src="x" onerror="alert(3)">
			<ul><li><em>Medborgarplatsen</em></li><li><b>Slussen</b></li></ul>""";

	@Test
	void keepsParagraphsListsLinksAndEmphasis() {
		String html = FormattedText.html("<p>Ett <em>viktigt</em> och <strong>tydligt</strong> besked.</p>"
				+ "<ol><li>Ett</li><li>Två</li></ol><p><a href=\"https://polisen.se/\">Polisen</a></p>");
		assertThat(html).contains("<p>Ett <em>viktigt</em> och <strong>tydligt</strong> besked.</p>")
			.contains("<ol><li>Ett</li><li>Två</li></ol>")
			.contains("<a href=\"https://polisen.se/\">Polisen</a>");
	}

	@Test
	void removesScriptEventHandlersJavascriptLinksIframesAndStyles() {
		String html = FormattedText.html(HOSTILE);
		assertThat(html.toLowerCase()).doesNotContain("<script", "alert", "onclick", "onmouseover", "onerror", "javascript:",
				"<iframe", "style=", "<img", "steal");
		assertThat(html).contains("Trygghetsvandring", "på torsdag", "Klicka", "<a href=\"https://start.stockholm/trygghet\">Läs mer</a>",
				"<em>Medborgarplatsen</em>", "<strong>Slussen</strong>");
	}

	@Test
	void turnsPlainTextWithBlankLinesAndDashesIntoParagraphsAndLists() {
		String html = FormattedText.html("""
				Vi bjuder in till trygghetsvandring.
				Samling vid tunnelbanan.

				- Medborgarplatsen
				- Nytorget

				1. Anmäl dig
				2. Kom""");
		assertThat(html).isEqualTo("<p>Vi bjuder in till trygghetsvandring.<br />Samling vid tunnelbanan.</p>"
				+ "<ul><li>Medborgarplatsen</li><li>Nytorget</li></ul><ol><li>Anmäl dig</li><li>Kom</li></ol>");
	}

	@Test
	void readsTheTextWithoutMarkup() {
		assertThat(FormattedText.text("<p>Ett &amp; två</p><ul><li>tre</li><li>fyra</li></ul>"))
			.isEqualTo("Ett & två\ntre\nfyra");
	}

	@Test
	void summarisesOnAWordBoundary() {
		String summary = FormattedText.summary("<p>" + "ord ".repeat(200) + "</p>", 50);
		assertThat(summary).hasSizeLessThanOrEqualTo(50).endsWith("…").doesNotContain("<");
	}

	@Test
	void makesNothingOfNothing() {
		assertThat(FormattedText.html(null)).isEmpty();
		assertThat(FormattedText.text("<script>alert(1)</script>")).isEmpty();
	}
}
