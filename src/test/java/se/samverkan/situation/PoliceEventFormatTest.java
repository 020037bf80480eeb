package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.situation.internal.PoliceEventFormat;

class PoliceEventFormatTest {

	private static PoliceEvent read(String name, String datetime) {
		var node = JsonMapper.builder().build().readTree("{\"id\":1,\"datetime\":\"" + datetime + "\",\"name\":\"" + name
				+ "\",\"type\":\"Brand\",\"url\":\"/aktuellt/x\",\"location\":{\"name\":\"Stockholm\",\"gps\":\"59.329324,18.068581\"}}");
		return PoliceEventFormat.read(node, type -> "FIRE");
	}

	@Test
	void readsHoursWithoutALeadingZero() {
		assertThat(read("22 augusti 09.48, Brand, Stockholm", "2026-08-22 9:48:12 +02:00").publishedAt())
			.isEqualTo(OffsetDateTime.parse("2026-08-22T09:48:12+02:00"));
	}

	@Test
	void takesTheYearOfPublicationForTheNamesDate() {
		assertThat(read("21 augusti 23.10, Brand, Stockholm", "2026-08-22 1:02:00 +02:00").occurredAt())
			.isEqualTo(OffsetDateTime.parse("2026-08-21T23:10:00+02:00"));
	}

	@Test
	void placesANewYearsEveEventPublishedInJanuaryInTheYearBefore() {
		assertThat(read("31 december 23.50, Brand, Stockholm", "2027-01-01 0:30:00 +01:00").occurredAt())
			.isEqualTo(OffsetDateTime.parse("2026-12-31T23:50:00+01:00"));
	}

	@Test
	void readsThePositionAsTheMunicipalityCentre() {
		var event = read("1 mars 10.00, Brand, Stockholm", "2026-03-01 10:05:00 +01:00");
		assertThat(event.lat()).isEqualTo(59.329324);
		assertThat(event.locationName()).isEqualTo("Stockholm");
	}

	@Test
	void fallsBackToPublicationWhenTheNameHasNoDate() {
		assertThat(read("Sammanfattning natt", "2026-08-22 6:00:00 +02:00").occurredAt())
			.isEqualTo(OffsetDateTime.parse("2026-08-22T06:00:00+02:00"));
	}
}
