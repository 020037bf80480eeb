package se.samverkan.situation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import se.samverkan.organisation.DistrictLocator;
import se.samverkan.organisation.Location;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.situation.NewObservation;
import se.samverkan.situation.Observation;
import se.samverkan.situation.ObservationCategory;
import se.samverkan.situation.Place;
import se.samverkan.situation.Position;

/**
 * Checks one reported observation and works out where it belongs: a position decides the
 * district and neighbourhood (on the day it happened); a place lends its district and position;
 * a district alone is enough when the reporter only describes the spot. Shared by the form, the
 * API and the CSV import, so all three accept exactly the same things.
 */
public final class ObservationRules {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** What the rules need to look things up; the import keeps them in memory for speed. */
	public interface Lookups {

		ObservationCategory category(String code);

		Place place(UUID id);

		OrganisationalUnit district(UUID id);

		DistrictLocator locator();
	}

	private final Lookups lookups;

	public ObservationRules(Lookups lookups) {
		this.lookups = lookups;
	}

	/** The observation to store, or the problems in {@code checks}. */
	public Observation check(NewObservation input, String reportedBy, String source, FieldChecks checks,
			OffsetDateTime now) {
		checks.required("occurredAt", input.occurredAt(), "Ange när det hände.");
		if (input.occurredAt() != null && input.occurredAt().isAfter(now.plusMinutes(5))) {
			checks.problem("occurredAt", "future", "Tidpunkten ligger i framtiden.");
		}
		ObservationCategory category = input.categoryCode() == null ? null : lookups.category(input.categoryCode());
		if (input.categoryCode() == null || input.categoryCode().isBlank()) {
			checks.problem("categoryCode", "required", "Välj en kategori.");
		}
		else if (category == null) {
			checks.problem("categoryCode", "unknown", "Det finns ingen kategori " + input.categoryCode() + ".");
		}
		if (input.severity() == null) {
			checks.problem("severity", "required", "Ange allvarlighetsgrad 1–4.");
		}
		else if (input.severity() < 1 || input.severity() > 4) {
			checks.problem("severity", "range", "Allvarlighetsgraden ska vara 1–4.");
		}
		checks.text("description", input.description(), false, 4000)
			.text("proposedMeasure", input.proposedMeasure(), false, 4000)
			.text("spot", input.spot(), false, 300)
			.text("externalId", input.externalId(), false, 200);

		Double lat = null;
		Double lon = null;
		UUID districtId = input.districtId();
		String neighbourhood = null;
		Place place = null;
		if (input.placeId() != null) {
			place = lookups.place(input.placeId());
			if (place == null) {
				checks.problem("placeId", "unknown", "Det finns ingen sådan plats.");
			}
		}
		Position position = input.position();
		boolean hasPosition = position != null && position.isComplete();
		if (position != null && !hasPosition && (position.lat() != null || position.lon() != null)) {
			checks.problem("position", "incomplete", "Ange både latitud och longitud.");
		}
		LocalDate day = input.occurredAt() == null ? now.toLocalDate()
				: input.occurredAt().atZoneSameInstant(STOCKHOLM).toLocalDate();
		if (hasPosition) {
			lat = position.lat();
			lon = position.lon();
			Location location = lookups.locator().locate(lat, lon, day).orElse(null);
			if (location == null) {
				checks.problem("position", "outside", "Positionen ligger utanför kommunen.");
			}
			else {
				if (districtId != null && !districtId.equals(location.districtId())) {
					checks.problem("districtId", "contradicts-position",
							"Positionen ligger i " + location.districtName() + ", inte i det angivna stadsdelsområdet.");
				}
				if (place != null && !place.districtId().equals(location.districtId())) {
					checks.problem("placeId", "contradicts-position", "Platsen ligger i ett annat stadsdelsområde än positionen.");
				}
				districtId = location.districtId();
				neighbourhood = location.neighbourhood();
			}
		}
		else if (place != null) {
			if (districtId != null && !districtId.equals(place.districtId())) {
				checks.problem("districtId", "contradicts-place", "Platsen ligger i ett annat stadsdelsområde.");
			}
			districtId = place.districtId();
			if (place.lat() != null) {
				lat = place.lat();
				lon = place.lon();
				neighbourhood = lookups.locator().locate(lat, lon, day).map(Location::neighbourhood).orElse(null);
			}
		}
		else if (districtId != null) {
			OrganisationalUnit district = lookups.district(districtId);
			if (district == null || district.type() != UnitType.DISTRICT) {
				checks.problem("districtId", "unknown", "Det finns inget sådant stadsdelsområde.");
			}
		}
		else {
			checks.problem("position", "required", "Ange position, plats eller stadsdelsområde.");
		}
		if (!checks.isEmpty()) {
			return null;
		}
		return new Observation(se.samverkan.platform.database.TimeOrderedIds.next(), input.occurredAt(), now, reportedBy,
				source, lat, lon,
				place == null ? null : place.id(), FieldChecks.clean(input.spot()), districtId, neighbourhood,
				category.code(), category.priorityAreaCode(), input.severity(), FieldChecks.clean(input.description()),
				FieldChecks.clean(input.proposedMeasure()), "NEW", FieldChecks.clean(input.externalId()), 0);
	}
}
