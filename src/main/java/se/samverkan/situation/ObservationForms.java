package se.samverkan.situation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Scope;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;

/**
 * What the observation form offers an actor, on its own page and first on a reporter's start page:
 * the categories, the districts and places they report in, the district its map opens on, and the
 * reporter's own latest reports with where they stand.
 */
@Component
public class ObservationForms {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** How many of a reporter's own reports the start page lists. */
	public static final int RECENT = 5;

	private final ObservationReporting reporting;

	private final PlaceManagement places;

	private final OrganisationDirectory organisation;

	private final AccessPolicy policy;

	private final String tileUrl;

	ObservationForms(ObservationReporting reporting, PlaceManagement places, OrganisationDirectory organisation,
			AccessPolicy policy, @Value("${samverkan.map.tile-url:}") String tileUrl) {
		this.reporting = reporting;
		this.places = places;
		this.organisation = organisation;
		this.policy = policy;
		this.tileUrl = tileUrl;
	}

	/**
	 * The choices of the form.
	 *
	 * @param mapDistrict the district the map opens on, when the actor reports in exactly one
	 * @param tileUrl the configured map tiles, empty for none
	 * @param now the default time of the observation, to the minute, in Stockholm
	 */
	public record Choices(List<ObservationCategory> categories, List<OrganisationalUnit> districts, List<Place> places,
			UUID mapDistrict, String tileUrl, LocalDateTime now) {

		/** The category's name, or its code when it is no longer offered. */
		public String categoryName(String code) {
			return categories.stream().filter(c -> c.code().equals(code)).map(ObservationCategory::name).findFirst().orElse(code);
		}
	}

	public Choices choicesFor(Actor actor) {
		Scope scope = policy.scope(actor, Action.REPORT_OBSERVATION);
		List<OrganisationalUnit> districts = districtsIn(scope);
		return new Choices(reporting.categories(), districts, scope.isEmpty() ? List.of() : places.find(actor, null),
				districts.size() == 1 ? districts.get(0).id() : null, tileUrl,
				LocalDateTime.now(STOCKHOLM).withSecond(0).withNano(0));
	}

	/** The districts the actor files observations in, today's units only. */
	public List<OrganisationalUnit> districtsIn(Scope scope) {
		return organisation.units(UnitType.DISTRICT, null, LocalDate.now(STOCKHOLM))
			.stream()
			.filter(district -> scope.includes(district.id()))
			.toList();
	}

	/** The actor's own latest reports, newest first, whatever else they may read. */
	public List<Observation> recentReportsOf(Actor actor) {
		return reporting.reportedBy(actor, RECENT);
	}
}
