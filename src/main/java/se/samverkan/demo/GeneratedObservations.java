package se.samverkan.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import se.samverkan.organisation.DistrictLocator;

/**
 * Observations as field workers would report them over a year and a half: more in the evening and
 * at weekends, a few places that keep coming back (the hotspots), every position inside the
 * district's real boundary. Written as the observation import's CSV, so the import's own rules check
 * them and its external ids make a second load change nothing. Seeded, so every demo is the same.
 */
final class GeneratedObservations {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** Relative weight of each hour of the day: quiet at night and morning, busiest in the evening. */
	private static final int[] HOURS = { 3, 2, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 5, 7, 8, 9, 9, 8, 5 };

	private static final List<Kind> KINDS = List.of(
			new Kind("GRAFFITI", 20, "Klotter på elskåp och fasad", "Sanering inom 24 timmar"),
			new Kind("VANDALISM", 14, "Krossad ruta i busskur", "Anmäl till fastighetsägaren"),
			new Kind("LITTERING", 14, "Nedskräpning och kanyler i buskage", "Extra städning"),
			new Kind("DARK_OR_UNSAFE_PLACE", 12, "Trasig belysning i gångtunnel", "Felanmälan av belysning"),
			new Kind("DISRUPTIVE_GROUP", 18, "Grupp unga som stör förbipasserande", "Fältassistenter kvällstid"),
			new Kind("DRUGS", 10, "Misstänkt narkotikaförsäljning", "Underrätta kommunpolisen"),
			new Kind("PUBLIC_VIOLENCE", 5, "Bråk mellan några personer", "Ökad närvaro helgkvällar"),
			new Kind("FIRE", 4, "Brand i papperskorg", "Byt till brandsäker papperskorg"),
			new Kind("BURGLARY", 3, "Inbrott i källarförråd", "Informera bostadsbolaget"));

	record Kind(String code, int weight, String description, String measure) {
	}

	record Hotspot(String name, double lat, double lon) {
	}

	record Area(String unitCode, String prefix, int count, double south, double west, double north, double east,
			List<Hotspot> hotspots) {
	}

	static final Area SODERMALM = new Area("SODERMALM", "DEMO-SOD-", 2000, 59.300, 18.020, 59.326, 18.110,
			List.of(new Hotspot("Medborgarplatsen", 59.3146, 18.0716), new Hotspot("Slussen", 59.3199, 18.0720),
					new Hotspot("Skanstull", 59.3077, 18.0762), new Hotspot("Zinkensdamm", 59.3177, 18.0500)));

	static final Area FARSTA = new Area("FARSTA", "DEMO-FAR-", 300, 59.225, 18.050, 59.262, 18.130,
			List.of(new Hotspot("Farsta centrum", 59.2437, 18.0930)));

	private GeneratedObservations() {
	}

	/** Writes the area's observations, from {@code from} to the day before {@code today}, as import CSV. */
	static Path write(Area area, UUID districtId, DistrictLocator locator, LocalDate from, LocalDate today)
			throws IOException {
		Random random = new Random(area.prefix().hashCode());
		Path file = Files.createTempFile("samverkan-demo", ".csv");
		int days = (int) (today.toEpochDay() - from.toEpochDay());
		int totalWeight = KINDS.stream().mapToInt(Kind::weight).sum();
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("occurredAt,lat,lon,placeId,districtId,categoryCode,severity,description,proposedMeasure,externalId,spot\n");
			for (int i = 1; i <= area.count(); i++) {
				ZonedDateTime when = moment(random, from, days);
				double[] position = position(random, area, districtId, locator, when.toLocalDate());
				Kind kind = kind(random, totalWeight);
				int severity = 1 + Math.min(3, (int) Math.abs(random.nextGaussian() * 1.3) + (kind.weight() < 8 ? 1 : 0));
				out.write(String.format(Locale.ROOT, "%s,%.6f,%.6f,,,%s,%d,%s (demo),%s,%s%05d,\n",
						when.toOffsetDateTime(), position[0], position[1], kind.code(), severity, kind.description(),
						kind.measure(), area.prefix(), i));
			}
		}
		return file;
	}

	private static ZonedDateTime moment(Random random, LocalDate from, int days) {
		while (true) {
			LocalDate day = from.plusDays(random.nextInt(days));
			DayOfWeek weekday = day.getDayOfWeek();
			double weight = switch (weekday) {
				case FRIDAY -> 1.5;
				case SATURDAY -> 1.8;
				case SUNDAY -> 1.2;
				default -> 1.0;
			};
			if (random.nextDouble() * 1.8 > weight) {
				continue;
			}
			return day.atTime(hour(random), random.nextInt(60)).atZone(STOCKHOLM);
		}
	}

	private static int hour(Random random) {
		int total = 0;
		for (int weight : HOURS) {
			total += weight;
		}
		int pick = random.nextInt(total);
		for (int hour = 0; hour < HOURS.length; hour++) {
			pick -= HOURS[hour];
			if (pick < 0) {
				return hour;
			}
		}
		return 20;
	}

	/** Near a hotspot four times in ten, elsewhere in the district otherwise; always inside it. */
	private static double[] position(Random random, Area area, UUID districtId, DistrictLocator locator,
			LocalDate date) {
		for (int attempt = 0; attempt < 1000; attempt++) {
			double lat;
			double lon;
			if (random.nextDouble() < 0.4) {
				Hotspot spot = area.hotspots().get(random.nextInt(area.hotspots().size()));
				lat = spot.lat() + random.nextGaussian() * 0.0007;
				lon = spot.lon() + random.nextGaussian() * 0.0014;
			}
			else {
				lat = area.south() + random.nextDouble() * (area.north() - area.south());
				lon = area.west() + random.nextDouble() * (area.east() - area.west());
			}
			double[] candidate = { lat, lon };
			if (locator.locate(lat, lon, date).filter(found -> found.districtId().equals(districtId)).isPresent()) {
				return candidate;
			}
		}
		throw new IllegalStateException("No point inside " + area.unitCode() + " in 1,000 attempts");
	}

	private static Kind kind(Random random, int totalWeight) {
		int pick = random.nextInt(totalWeight);
		for (Kind kind : KINDS) {
			pick -= kind.weight();
			if (pick < 0) {
				return kind;
			}
		}
		return KINDS.get(0);
	}
}
