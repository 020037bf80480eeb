package se.samverkan.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The established situation picture a local agreement rests on, for its document. The situation
 * module answers it (it knows the pictures; this module must not depend on it, since it depends on
 * this one for the priority areas).
 */
public interface SituationPictureBasis {

	/** An established picture: its id, period and when the steering group established it. */
	record Picture(UUID id, String period, OffsetDateTime establishedAt, String establishedBy) {
	}

	/**
	 * The newest established picture of the district (null: the whole city) whose period began no
	 * later than {@code on}, the day the agreement starts to apply.
	 */
	Optional<Picture> restingOn(UUID districtId, LocalDate on);
}
