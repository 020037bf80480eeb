package se.samverkan.agreement;

import java.util.Optional;
import java.util.UUID;

/**
 * How the agreement module finds the situation picture a local agreement's focus areas rest on.
 * Situation pictures live in the situation module, which builds on this one; it implements this,
 * so the reference can be checked without this module depending on it.
 */
public interface SituationPictureReferences {

	/** A situation picture as a local agreement refers to it. */
	record PictureReference(UUID id, UUID districtId, String period, String status) {
	}

	Optional<PictureReference> find(UUID id);

	/** The pictures of these districts, newest period first (for choosing one). */
	java.util.List<PictureReference> ofDistricts(java.util.Collection<UUID> districtIds);
}
