package se.samverkan.situation;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Role;
import se.samverkan.identity.Scope;
import se.samverkan.organisation.DistrictLocator;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.web.PageOf;
import se.samverkan.platform.rules.RuleViolation;
import se.samverkan.situation.internal.ObservationRules;

/**
 * Filing and reading observations. Reporters file in their district and read their own; readers
 * see the districts in their scope. An observation is tied to a place, so a police area that
 * covers a district only in part files and reads it only in its own neighbourhoods there
 * ({@link se.samverkan.identity.AccessPolicy}, "Partial coverage").
 */
@Service
public class ObservationReporting {

	private final Observations observations;

	private final ObservationCategories categories;

	private final Places places;

	private final OrganisationDirectory organisation;

	private final DistrictLocator locator;

	private final AccessPolicy policy;

	private final AuditLog audit;

	ObservationReporting(Observations observations, ObservationCategories categories, Places places,
			OrganisationDirectory organisation, DistrictLocator locator, AccessPolicy policy, AuditLog audit) {
		this.observations = observations;
		this.categories = categories;
		this.places = places;
		this.organisation = organisation;
		this.locator = locator;
		this.policy = policy;
		this.audit = audit;
	}

	@Transactional
	public Observation report(Actor actor, NewObservation input, String source) {
		FieldChecks checks = new FieldChecks();
		Observation observation = rules().check(input, actor.username(), source, checks, OffsetDateTime.now());
		checks.throwIfAny();
		policy.requireAt(actor, Action.REPORT_OBSERVATION, observation.districtId(), observation.neighbourhood());
		if (observation.externalId() != null && observations.externalIdExists(observation.externalId())) {
			throw new RuleViolation("observation.rule.external-id-exists", observation.externalId());
		}
		observations.insert(observation);
		audit.recordChange("CREATE", "Observation", observation.id(), observation.districtId(), null, snapshot(observation));
		return observation;
	}

	/**
	 * Observations the actor may read: the districts in scope, or a reporter's own. A district
	 * includes the observations filed under the districts it continued, as its overview counts them.
	 */
	@Transactional(readOnly = true)
	public PageOf<Observation> find(Actor actor, Observations.Filter wanted, int page, int size) {
		int checkedSize = PageOf.checkedSize(size);
		Scope scope = policy.scope(actor, Action.READ);
		Set<UUID> wantedDistricts = wanted.districtId() == null ? null : organisation.lineage(wanted.districtId());
		Observations.Filter filter;
		if (!scope.isEmpty()) {
			if (wanted.districtId() != null && !scope.includes(wanted.districtId())) {
				throw new Forbidden();
			}
			filter = wanted.within(wantedDistricts, scope.wholeUnitIdsOrNull(), scope.parts(), null);
		}
		else if (actor.has(Role.REPORTER)) {
			filter = wanted.within(wantedDistricts, null, Map.of(), actor.username());
		}
		else {
			throw new Forbidden();
		}
		int checkedPage = Math.max(page, 0);
		return new PageOf<>(observations.find(filter, checkedPage, checkedSize), checkedPage, checkedSize,
				observations.count(filter));
	}

	/** One observation, for a reader of its district or the reporter who filed it. */
	@Transactional(readOnly = true)
	public Observation get(Actor actor, UUID id) {
		Observation observation = observations.byId(id).orElseThrow(() -> new NotFound("observation", id));
		if (!policy.allowsAt(actor, Action.READ, observation.districtId(), observation.neighbourhood())
				&& !observation.reportedBy().equals(actor.username())) {
			throw new Forbidden();
		}
		return observation;
	}

	/** The observation's status changes with their notes, oldest first, for whoever may read it. */
	@Transactional(readOnly = true)
	public List<Observations.StatusChange> statusChanges(Actor actor, UUID id) {
		get(actor, id);
		return observations.statusChanges(id);
	}

	/** The actor's own reports, newest first: every user reads what they filed. */
	@Transactional(readOnly = true)
	public List<Observation> reportedBy(Actor actor, int limit) {
		return observations.find(new Observations.Filter(null, null, null, null, null, null, actor.username()), 0,
				PageOf.checkedSize(limit));
	}

	public List<ObservationCategory> categories() {
		return categories.all();
	}

	/** The rules with lookups against the database (the CSV import uses in-memory ones). */
	public ObservationRules rules() {
		return new ObservationRules(new ObservationRules.Lookups() {
			@Override
			public ObservationCategory category(String code) {
				return categories.byCode(code).orElse(null);
			}

			@Override
			public Place place(UUID id) {
				return places.byId(id).orElse(null);
			}

			@Override
			public OrganisationalUnit district(UUID id) {
				return organisation.unit(id).orElse(null);
			}

			@Override
			public DistrictLocator locator() {
				return locator;
			}
		});
	}

	static Map<String, Object> snapshot(Observation observation) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("occurredAt", observation.occurredAt().toString());
		snapshot.put("categoryCode", observation.categoryCode());
		snapshot.put("severity", observation.severity());
		snapshot.put("districtId", observation.districtId().toString());
		snapshot.put("neighbourhood", observation.neighbourhood());
		snapshot.put("source", observation.source());
		return snapshot;
	}
}
