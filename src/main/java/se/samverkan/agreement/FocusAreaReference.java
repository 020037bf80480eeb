package se.samverkan.agreement;

import java.util.UUID;

/**
 * A local agreement's focus area as other modules refer to it: problems and activities name the
 * focus area they serve, and the golden thread starts at them.
 */
public record FocusAreaReference(UUID id, String title, UUID priorityAreaId, UUID agreementId, UUID districtId,
		UUID continuesId, AgreementStatus agreementStatus) {
}
