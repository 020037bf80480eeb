package se.samverkan.communication;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * The formatted text of a joint communication: paragraphs, lists, links and emphasis. A body is
 * never shown as it was written; it goes through an allow-list sanitiser (OWASP Java HTML
 * Sanitizer) that keeps only the elements below and links to http, https and mailto addresses. So
 * script, event handlers ({@code onclick}), {@code javascript:} links, iframes and style
 * attributes are gone from the page, the feed and the API alike.
 * <p>
 * A body without any block element may be written as plain text: a blank line starts a new
 * paragraph, lines starting with "- " make a bulleted list and lines starting with "1. " a
 * numbered one. Links and emphasis are written as {@code <a href="https://...">},
 * {@code <em>} and {@code <strong>}.
 */
public final class FormattedText {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "ul", "ol", "li", "em", "strong", "blockquote", "a")
		.allowElements((name, attributes) -> "strong", "b")
		.allowElements((name, attributes) -> "em", "i")
		.allowUrlProtocols("https", "http", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.toFactory();

	private static final Pattern BLOCK_ELEMENT = Pattern.compile("(?i)<\\s*(p|ul|ol|li|blockquote|br)\\b");

	private static final Pattern BLANK_LINES = Pattern.compile("\\R[ \\t]*\\R\\s*");

	private static final Pattern BULLET = Pattern.compile("^\\s*[-*•]\\s+");

	private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+");

	private static final Pattern BLOCK_END = Pattern.compile("(?i)<br\\s*/?>|</(p|li|blockquote|ul|ol)>");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private FormattedText() {
	}

	/** The body as safe HTML: only allowed elements and attributes, nothing that runs. */
	public static String html(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		return POLICY.sanitize(BLOCK_ELEMENT.matcher(body).find() ? body : structure(body.strip()));
	}

	/** The words of the body without markup, blocks separated by line breaks. */
	public static String text(String body) {
		String blocks = BLOCK_END.matcher(html(body)).replaceAll("\n");
		String text = HtmlUtils.htmlUnescape(TAG.matcher(blocks).replaceAll(""));
		return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\n[\\s]*", "\n").strip();
	}

	/** The first words of the body, at most {@code max} characters, for lists and feed summaries. */
	public static String summary(String body, int max) {
		String text = text(body).replaceAll("\\s+", " ");
		if (text.length() <= max) {
			return text;
		}
		int cut = text.lastIndexOf(' ', max - 1);
		return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
	}

	/** Plain text with blank-line paragraphs and "- " or "1. " lists, as HTML (still to be sanitised). */
	private static String structure(String body) {
		StringBuilder html = new StringBuilder();
		for (String block : BLANK_LINES.split(body)) {
			List<String> lines = block.lines().filter(line -> !line.isBlank()).toList();
			if (lines.isEmpty()) {
				continue;
			}
			if (lines.stream().allMatch(line -> BULLET.matcher(line).find())) {
				html.append(list("ul", lines, BULLET));
			}
			else if (lines.stream().allMatch(line -> NUMBERED.matcher(line).find())) {
				html.append(list("ol", lines, NUMBERED));
			}
			else {
				html.append("<p>").append(String.join("<br>", lines.stream().map(String::strip).toList())).append("</p>");
			}
		}
		return html.toString();
	}

	private static String list(String element, List<String> lines, Pattern marker) {
		List<String> items = new ArrayList<>();
		lines.forEach(line -> items.add("<li>" + marker.matcher(line).replaceFirst("").strip() + "</li>"));
		return "<" + element + ">" + String.join("", items) + "</" + element + ">";
	}
}
