package se.samverkan.communication.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import se.samverkan.communication.PublishedCommunications.PublicItem;

/**
 * An Atom 1.0 feed (RFC 4287) of published items. Ids are {@code urn:uuid:} names that never
 * change with the host; the body goes in as {@code type="html"}, escaped, and it is the sanitised
 * body, so a feed reader that renders it runs nothing.
 */
final class AtomFeed {

	static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	/** What the feed is about, in the reader's language; {@code base} is the site's absolute root. */
	record Head(UUID id, String title, String subtitle, String language, String base, String selfPath,
			String alternatePath, String author, Instant updated) {
	}

	/** An entry's place: "Södermalm" or "the whole city", as category term and label. */
	record Place(String term, String label) {
	}

	private AtomFeed() {
	}

	static String write(Head head, List<PublicItem> items, java.util.function.Function<PublicItem, Place> placeOf) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml:lang", head.language());
			element(xml, "id", "urn:uuid:" + head.id());
			text(xml, "title", head.title());
			text(xml, "subtitle", head.subtitle());
			element(xml, "updated", instant(head.updated()));
			link(xml, "self", "application/atom+xml", head.base() + head.selfPath());
			link(xml, "alternate", "text/html", head.base() + head.alternatePath());
			xml.writeStartElement("author");
			element(xml, "name", head.author());
			xml.writeEndElement();
			element(xml, "generator", "Samverkan");
			for (PublicItem item : items) {
				entry(xml, head, item, placeOf.apply(item));
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the feed", ex);
		}
		return out.toString();
	}

	private static void entry(XMLStreamWriter xml, Head head, PublicItem item, Place place) throws XMLStreamException {
		xml.writeStartElement("entry");
		element(xml, "id", "urn:uuid:" + item.id());
		text(xml, "title", item.title());
		link(xml, "alternate", "text/html", head.base() + "/public/communications/" + item.id());
		String published = instant(item.publishedAt().toInstant());
		element(xml, "published", published);
		// A published item is fixed: it changes only by being withdrawn, when it leaves the feed.
		element(xml, "updated", published);
		xml.writeEmptyElement("category");
		xml.writeAttribute("term", place.term());
		xml.writeAttribute("label", place.label());
		text(xml, "summary", item.summary());
		xml.writeStartElement("content");
		xml.writeAttribute("type", "html");
		xml.writeCharacters(item.bodyHtml());
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeAttribute("type", "text");
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static String instant(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}
}
