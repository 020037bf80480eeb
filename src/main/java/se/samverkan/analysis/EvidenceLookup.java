package se.samverkan.analysis;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where the evidence of one type lives, so that a problem cites only evidence that exists and that
 * its author may read. Observations and situation pictures are looked up by this module; another
 * module that owns evidence (indicator values) makes a bean of this interface for its type, and
 * its evidence is checked from then on. A type without a lookup is taken as given.
 */
public interface EvidenceLookup {

	/** Where a piece of evidence is: its district (null: city-wide) and neighbourhood (null: not tied to a place). */
	record Whereabouts(UUID districtId, String neighbourhood) {
	}

	EvidenceType type();

	/** Where each of these ids that exists is; ids that name nothing are left out. */
	Map<UUID, Whereabouts> whereabouts(Collection<UUID> ids);

	/** A lookup of the type by the function. */
	static EvidenceLookup of(EvidenceType type, Function<Collection<UUID>, Map<UUID, Whereabouts>> whereabouts) {
		return new EvidenceLookup() {
			@Override
			public EvidenceType type() {
				return type;
			}

			@Override
			public Map<UUID, Whereabouts> whereabouts(Collection<UUID> ids) {
				return whereabouts.apply(ids);
			}
		};
	}
}
