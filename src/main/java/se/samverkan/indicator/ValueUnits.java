package se.samverkan.indicator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;

/**
 * The units values are for: organisational units by id, code or (for people typing a file) name,
 * and the municipality as a whole, which has no unit of its own and is known by its municipality
 * code (Stockholm 0180, as Kolada and SCB number it).
 */
@Component
class ValueUnits {

	private final OrganisationDirectory organisation;

	private final String municipalityCode;

	/** Units by id, remembered: reference data changes only with a release and a restart. */
	private final Map<UUID, Optional<OrganisationalUnit>> known = new java.util.concurrent.ConcurrentHashMap<>();

	ValueUnits(OrganisationDirectory organisation, @Value("${samverkan.municipality.code:0180}") String municipalityCode) {
		this.organisation = organisation;
		this.municipalityCode = municipalityCode;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	UnitRef municipality() {
		String name = organisation.parties()
			.stream()
			.filter(party -> party.code().equals("CITY"))
			.map(se.samverkan.organisation.Party::name)
			.findFirst()
			.orElse(municipalityCode);
		return new UnitRef(null, municipalityCode, name);
	}

	Optional<OrganisationalUnit> unit(UUID id) {
		Optional<OrganisationalUnit> unit = known.get(id);
		if (unit == null) {
			unit = organisation.unit(id);
			if (unit.isPresent()) {
				known.put(id, unit);
			}
		}
		return unit;
	}

	UnitRef ref(UUID id) {
		if (id == null) {
			return municipality();
		}
		return unit(id).map(found -> new UnitRef(found.id(), found.code(), found.name()))
			.orElse(new UnitRef(id, null, id.toString()));
	}

	/** The units of the type valid on the date (districts of a year, say). */
	List<OrganisationalUnit> validOn(UnitType type, LocalDate date) {
		return organisation.units(type, null, date);
	}

	/** Lookups remembered for one request or file, so a file of 100,000 lines asks a few times, not 100,000. */
	Lookup lookup() {
		return new Lookup();
	}

	final class Lookup {

		private final Map<UUID, Optional<OrganisationalUnit>> byId = new HashMap<>();

		private final Map<String, Optional<OrganisationalUnit>> byCode = new HashMap<>();

		private final Map<String, Optional<OrganisationalUnit>> byName = new HashMap<>();

		Optional<OrganisationalUnit> byId(UUID id) {
			return byId.computeIfAbsent(id, ValueUnits.this::unit);
		}

		String municipalityCode() {
			return municipalityCode;
		}

		boolean isMunicipality(String code) {
			return code != null && code.strip().equalsIgnoreCase(municipalityCode);
		}

		/** A unit by its code, or by its name among the units of the type valid today. */
		Optional<OrganisationalUnit> byCodeOrName(String text, UnitType type) {
			String key = text.strip().toUpperCase(Locale.ROOT);
			Optional<OrganisationalUnit> found = byCode.computeIfAbsent(key, organisation::unitByCode);
			if (found.isPresent() || type == null) {
				return found;
			}
			return byName.computeIfAbsent(type + ":" + key.toLowerCase(Locale.ROOT), name -> organisation
				.units(type, null, LocalDate.now())
				.stream()
				.filter(unit -> unit.name().equalsIgnoreCase(text.strip()))
				.findFirst());
		}

		UnitRef ref(UUID id) {
			return ValueUnits.this.ref(id);
		}
	}
}
