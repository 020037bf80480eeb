package se.samverkan.followup;

import java.util.Set;
import java.util.UUID;

/**
 * A submitted report was acknowledged or returned (with {@code comment}); {@code authors} are told.
 *
 * @param outcome ACKNOWLEDGED or RETURNED
 */
public record ReportDecided(UUID reportId, String title, int number, ReportStatus outcome, String decidedBy,
		String comment, Set<String> authors) {
}
