package se.samverkan.situation;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import se.samverkan.organisation.DistrictLocator;
import se.samverkan.organisation.Location;
import se.samverkan.support.Api;

/**
 * Observations for tests: random points inside the city's real boundaries, at random times, in
 * random categories, written as the CSV the import takes.
 */
final class ObservationSamples {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	static final List<String> CATEGORIES = List.of("VANDALISM", "GRAFFITI", "LITTERING", "DARK_OR_UNSAFE_PLACE",
			"DISRUPTIVE_GROUP", "DRUGS", "THREATS_TO_STAFF", "FIRE", "BURGLARY", "PUBLIC_VIOLENCE");

	/** Husby, in Rinkeby-Kista until 2023-06-30 and in Järva since. */
	static final double[] HUSBY = { 59.4105, 17.9275 };

	static final String HEADER = "occurredAt,lat,lon,categoryCode,severity,description,externalId\n";

	record Sample(OffsetDateTime occurredAt, double lat, double lon, String categoryCode, int severity) {

		String csvLine(String externalId) {
			return String.format(Locale.ROOT, "%s,%.6f,%.6f,%s,%d,Iakttagelse,%s%n", occurredAt, lat, lon, categoryCode,
					severity, externalId);
		}

		String json() {
			return String.format(Locale.ROOT,
					"{\"occurredAt\":\"%s\",\"position\":{\"lat\":%.6f,\"lon\":%.6f},\"categoryCode\":\"%s\",\"severity\":%d}",
					occurredAt, lat, lon, categoryCode, severity);
		}
	}

	private final SplittableRandom random;

	private final DistrictLocator locator;

	private final List<double[]> points = new ArrayList<>();

	ObservationSamples(DistrictLocator locator, long seed) {
		this.locator = locator;
		this.random = new SplittableRandom(seed);
		// A few points taken often make hotspots; the rest are spread over the city.
		while (points.size() < 400) {
			double lat = 59.23 + random.nextDouble() * 0.19;
			double lon = 17.78 + random.nextDouble() * 0.38;
			if (locator.locate(lat, lon, LocalDate.of(2025, 1, 1)).isPresent()) {
				points.add(new double[] { lat, lon });
			}
		}
	}

	/** A random observation between the two days (both included), a third of them at a few busy points. */
	Sample next(LocalDate first, LocalDate last) {
		long days = last.toEpochDay() - first.toEpochDay() + 1;
		OffsetDateTime at = LocalDate.ofEpochDay(first.toEpochDay() + random.nextLong(days))
			.atStartOfDay(STOCKHOLM)
			.plusMinutes(random.nextInt(24 * 60))
			.toOffsetDateTime();
		double[] point = points.get(random.nextInt(3) == 0 ? random.nextInt(8) : random.nextInt(points.size()));
		return new Sample(at, point[0], point[1], CATEGORIES.get(random.nextInt(CATEGORIES.size())), 1 + random.nextInt(4));
	}

	List<Sample> next(int count, LocalDate first, LocalDate last) {
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			samples.add(next(first, last));
		}
		return samples;
	}

	Location where(Sample sample) {
		return locator.locate(sample.lat(), sample.lon(), sample.occurredAt().atZoneSameInstant(STOCKHOLM).toLocalDate())
			.orElseThrow();
	}

	static String csv(List<Sample> samples, String prefix) {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < samples.size(); i++) {
			csv.append(samples.get(i).csvLine(prefix + "-" + i));
		}
		return csv.toString();
	}

	/** Imports the CSV as the user; answers the response. */
	static Api.Response importCsv(Api api, String username, String csv) {
		return api.send(api.request("/api/v1/observations/import", api.tokenFor(username))
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv))
			.build());
	}
}
