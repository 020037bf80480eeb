package se.samverkan.followup;

import java.time.OffsetDateTime;
import java.util.UUID;

import se.samverkan.platform.rules.RuleViolation;

/**
 * The yearly compilation (årssammanställning) of the beredningsgrupp: made once per year, with the
 * draft of next year's city-wide plan, then published back to every local organisation.
 */
public record AnnualCompilation(UUID id, int year, String status, CompilationContent content, UUID nextYearPlanId,
		String createdBy, OffsetDateTime createdAt, String publishedBy, OffsetDateTime publishedAt, int version) {

	public static final String DRAFT = "DRAFT";

	public static final String PUBLISHED = "PUBLISHED";

	public boolean isPublished() {
		return PUBLISHED.equals(status);
	}

	void requireDraft() {
		if (isPublished()) {
			throw new RuleViolation("followup.rule.compilation-published");
		}
	}
}
