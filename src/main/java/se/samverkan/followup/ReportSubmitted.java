package se.samverkan.followup;

import java.util.Set;
import java.util.UUID;

/**
 * A report was submitted to the local steering group and the beredningsgrupp; {@code recipients}
 * are the usernames of their members (not its authors), who are to acknowledge or return it.
 */
public record ReportSubmitted(UUID reportId, String title, int number, Set<String> recipients) {
}
