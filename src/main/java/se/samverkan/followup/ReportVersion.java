package se.samverkan.followup;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A submitted version of a report, frozen: the snapshot of the plan and the text as they were when
 * it was submitted, and what the steering group or the beredningsgrupp decided on it.
 *
 * @param outcome null while nobody has decided; else ACKNOWLEDGED or RETURNED
 */
public record ReportVersion(UUID reportId, int number, ReportSnapshot snapshot, Narrative narrative,
		List<String> authors, String submittedBy, OffsetDateTime submittedAt, ReportStatus outcome, String decidedBy,
		OffsetDateTime decidedAt, String comment) {
}
