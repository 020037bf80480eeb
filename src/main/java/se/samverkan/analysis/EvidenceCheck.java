package se.samverkan.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Scope;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.platform.rules.FieldChecks;

/**
 * A problem's evidence must exist, be readable by whoever cites it, and belong to the problem's
 * district (or to the whole city). An id that names nothing and one the author may not read get
 * the same answer, so that citing is no way to learn what exists elsewhere. Types with no
 * {@link EvidenceLookup} (indicator values, until the indicator module provides one) are taken as
 * given.
 */
@Component
class EvidenceCheck {

	private final Map<EvidenceType, EvidenceLookup> lookups = new EnumMap<>(EvidenceType.class);

	private final AccessPolicy policy;

	private final OrganisationDirectory organisation;

	EvidenceCheck(List<EvidenceLookup> lookups, AccessPolicy policy, OrganisationDirectory organisation) {
		lookups.forEach(lookup -> this.lookups.put(lookup.type(), lookup));
		this.policy = policy;
		this.organisation = organisation;
	}

	/**
	 * Adds a problem for each item of {@code evidence} (reported as {@code evidence[i]}) that fails.
	 * A district's problem may cite what belongs to the district, to the districts it continued
	 * (an observation of 2022 in Rinkeby-Kista for a problem in Järva) or to the whole city.
	 */
	void check(Actor actor, UUID problemDistrict, List<Evidence> evidence, FieldChecks checks) {
		Scope readable = policy.scope(actor, Action.READ);
		Map<EvidenceType, Map<UUID, EvidenceLookup.Whereabouts>> found = new EnumMap<>(EvidenceType.class);
		lookups.forEach((type, lookup) -> found.put(type, lookup.whereabouts(evidence.stream()
			.filter(item -> item != null && item.type() == type && item.id() != null)
			.map(Evidence::id)
			.distinct()
			.toList())));
		for (int i = 0; i < evidence.size(); i++) {
			Evidence item = evidence.get(i);
			if (item == null || item.type() == null || item.id() == null || !found.containsKey(item.type())) {
				continue;
			}
			EvidenceLookup.Whereabouts at = found.get(item.type()).get(item.id());
			String field = "evidence[" + i + "]";
			if (at == null || !mayRead(readable, item.type(), at)) {
				checks.problem(field, "unknown", "Det finns inget sådant underlag som du kan läsa.");
			}
			else if (problemDistrict != null && at.districtId() != null
					&& !organisation.unitsWithin(problemDistrict).contains(at.districtId())) {
				checks.problem(field, "other-district", "Underlaget hör till ett annat stadsdelsområde än problemet.");
			}
		}
	}

	/** An observation is tied to a place (partial police coverage reads only part of a district). */
	private static boolean mayRead(Scope readable, EvidenceType type, EvidenceLookup.Whereabouts at) {
		if (at.districtId() == null) {
			return readable.everything();
		}
		return type == EvidenceType.OBSERVATION ? readable.includesPlace(at.districtId(), at.neighbourhood())
				: readable.includes(at.districtId());
	}
}
