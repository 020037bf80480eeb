package se.samverkan.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Scope;
import se.samverkan.organisation.DistrictLocator;
import se.samverkan.organisation.Location;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.VersionConflict;

/** Named places: local coordinators keep them for their districts; readers see those in scope. */
@Service
public class PlaceManagement {

	public record PlaceInput(String name, UUID districtId, Position position, List<String> tags, Integer version) {
	}

	private final Places places;

	private final se.samverkan.organisation.OrganisationDirectory organisation;

	private final DistrictLocator locator;

	private final AccessPolicy policy;

	private final AuditLog audit;

	PlaceManagement(Places places, se.samverkan.organisation.OrganisationDirectory organisation, DistrictLocator locator,
			AccessPolicy policy, AuditLog audit) {
		this.organisation = organisation;
		this.places = places;
		this.locator = locator;
		this.policy = policy;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Place> find(Actor actor, UUID districtId) {
		Scope scope = readScope(actor);
		if (districtId != null && !scope.includes(districtId)) {
			throw new Forbidden();
		}
		return places.find(districtId, scope.unitIdsOrNull());
	}

	@Transactional(readOnly = true)
	public Place get(Actor actor, UUID id) {
		Place place = places.byId(id).orElseThrow(() -> new NotFound("place", id));
		if (!readScope(actor).includes(place.districtId())) {
			throw new Forbidden();
		}
		return place;
	}

	@Transactional
	public Place create(Actor actor, PlaceInput input) {
		Place place = checked(UUID.randomUUID(), input, 0);
		policy.require(actor, Action.EDIT_LOCAL, place.districtId());
		places.insert(place, actor.username());
		audit.recordChange("CREATE", "Place", place.id(), place.districtId(), null, snapshot(place));
		return places.byId(place.id()).orElseThrow();
	}

	@Transactional
	public Place update(Actor actor, UUID id, PlaceInput input) {
		Place before = places.byId(id).orElseThrow(() -> new NotFound("place", id));
		policy.require(actor, Action.EDIT_LOCAL, before.districtId());
		if (input.version() == null) {
			new FieldChecks().problem("version", "required", "Skicka med den version du läste.").throwIfAny();
		}
		if (input.version() != before.version()) {
			throw new VersionConflict("platsen");
		}
		Place place = checked(id, input, input.version());
		policy.require(actor, Action.EDIT_LOCAL, place.districtId());
		places.update(place);
		audit.recordChange("UPDATE", "Place", id, place.districtId(), snapshot(before), snapshot(place));
		return places.byId(id).orElseThrow();
	}

	private Scope readScope(Actor actor) {
		Scope scope = policy.scope(actor, Action.READ);
		return scope.isEmpty() ? policy.scope(actor, Action.REPORT_OBSERVATION) : scope;
	}

	private Place checked(UUID id, PlaceInput input, int version) {
		var checks = new FieldChecks().text("name", input.name(), true, 200).noNulls("tags", input.tags());
		UUID district = input.districtId();
		Position position = input.position();
		if (position != null && !position.isComplete() && (position.lat() != null || position.lon() != null)) {
			checks.problem("position", "incomplete", "Ange både latitud och longitud.");
			position = null;
		}
		if (district != null && organisation.unit(district).filter(unit -> unit.type() == UnitType.DISTRICT).isEmpty()) {
			checks.problem("districtId", "unknown", "Det finns inget sådant stadsdelsområde.");
			district = null;
		}
		if (position != null && position.isComplete()) {
			Location location = locator.locate(position.lat(), position.lon(), LocalDate.now()).orElse(null);
			if (location == null) {
				checks.problem("position", "outside", "Positionen ligger utanför kommunen.");
			}
			else if (district != null && !district.equals(location.districtId())) {
				checks.problem("districtId", "contradicts-position", "Positionen ligger i " + location.districtName() + ".");
			}
			else {
				district = location.districtId();
			}
		}
		else if (district == null && checks.isEmpty()) {
			checks.problem("districtId", "required", "Ange stadsdelsområde eller position.");
		}
		List<String> tags = new ArrayList<>(input.tags() == null ? List.of()
				: input.tags().stream().filter(java.util.Objects::nonNull).toList());
		if (!Place.TAGS.containsAll(tags)) {
			checks.problem("tags", "unknown", "Tillåtna taggar: " + String.join(", ", Place.TAGS) + ".");
		}
		checks.throwIfAny();
		boolean located = position != null && position.isComplete();
		return new Place(id, input.name().trim(), district, located ? position.lat() : null,
				located ? position.lon() : null, List.copyOf(new java.util.LinkedHashSet<>(tags)), version);
	}

	private static Map<String, Object> snapshot(Place place) {
		Map<String, Object> snapshot = new java.util.LinkedHashMap<>();
		snapshot.put("name", place.name());
		snapshot.put("districtId", place.districtId().toString());
		snapshot.put("lat", place.lat());
		snapshot.put("lon", place.lon());
		snapshot.put("tags", place.tags());
		return snapshot;
	}
}
