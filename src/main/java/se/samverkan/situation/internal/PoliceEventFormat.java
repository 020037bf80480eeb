package se.samverkan.situation.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import se.samverkan.situation.PoliceEvent;

/**
 * Reads the police's public events format and its quirks: hours without a leading zero in
 * {@code datetime} ("2026-08-22 9:48:12 +02:00"), a {@code name} that starts with the day and time
 * of the event but no year ("22 augusti 17.59, Brand, Kävlinge"), a relative {@code url}, and
 * {@code location.gps} as a "lat,lng" string that is the centre of a municipality or county.
 */
public final class PoliceEventFormat {

	private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm:ss XXX");

	private static final Pattern NAME_TIME = Pattern.compile("^(\\d{1,2}) (\\p{L}+) (\\d{1,2})[.:](\\d{2})");

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
			"augusti", "september", "oktober", "november", "december");

	private PoliceEventFormat() {
	}

	/** The event, or an explanation of what is wrong with it. */
	public static PoliceEvent read(JsonNode node, Function<String, String> categoryOfType) {
		long id = node.path("id").asLong(0);
		if (id <= 0) {
			throw new IllegalArgumentException("id saknas");
		}
		String name = text(node, "name");
		String type = text(node, "type");
		OffsetDateTime published = published(text(node, "datetime"));
		JsonNode location = node.path("location");
		String locationName = location.path("name").asString("");
		Double lat = null;
		Double lon = null;
		String gps = location.path("gps").asString("");
		if (!gps.isBlank()) {
			String[] parts = gps.split(",");
			if (parts.length == 2) {
				lat = Double.parseDouble(parts[0].trim());
				lon = Double.parseDouble(parts[1].trim());
			}
		}
		return new PoliceEvent(id, occurred(name, published), published, name, node.path("summary").asString(null),
				node.path("url").asString(null), type, categoryOfType.apply(type), locationName, lat, lon);
	}

	static OffsetDateTime published(String text) {
		try {
			return OffsetDateTime.parse(text.trim(), PUBLISHED);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("datetime kan inte läsas: " + text);
		}
	}

	/**
	 * The time in the name, in the year that puts it at or before publication: an event named
	 * "31 december 23.50" published on 1 January happened the year before.
	 */
	static OffsetDateTime occurred(String name, OffsetDateTime published) {
		Matcher matcher = NAME_TIME.matcher(name);
		if (!matcher.find()) {
			return published;
		}
		int month = MONTHS.indexOf(matcher.group(2).toLowerCase(Locale.ROOT)) + 1;
		if (month == 0) {
			return published;
		}
		int day = Integer.parseInt(matcher.group(1));
		int year = published.atZoneSameInstant(STOCKHOLM).getYear();
		try {
			LocalTime time = LocalTime.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
			OffsetDateTime candidate = LocalDate.of(year, month, day).atTime(time).atZone(STOCKHOLM).toOffsetDateTime();
			if (candidate.isAfter(published.plusDays(1))) {
				candidate = LocalDate.of(year - 1, month, day).atTime(time).atZone(STOCKHOLM).toOffsetDateTime();
			}
			return candidate;
		}
		catch (java.time.DateTimeException ex) {
			return published;
		}
	}

	private static String text(JsonNode node, String field) {
		String value = node.path(field).asString("");
		if (value.isBlank()) {
			throw new IllegalArgumentException(field + " saknas");
		}
		return value;
	}

}
