package se.samverkan.situation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import se.samverkan.platform.rules.RuleViolation;

/**
 * A situation picture (lägesbild) of a district, or of the whole city when {@code districtId} is
 * null, for one period, by the city, the police or both jointly. Establishing it (by the steering
 * group) freezes its text and figures.
 */
public record SituationPicture(UUID id, UUID districtId, String period, String authorParty, String status,
		List<UUID> basedOn, List<Section> sections, List<Source> sources, String createdBy, OffsetDateTime createdAt,
		String establishedBy, OffsetDateTime establishedAt, int version) {

	public static final String DRAFT = "DRAFT";

	public static final String ESTABLISHED = "ESTABLISHED";

	public static final String JOINT = "JOINT";

	/** One priority area's section: the figures of the period, the assessment and the trend. */
	public record Section(UUID priorityAreaId, String priorityAreaCode, String priorityAreaName, int ordinal,
			String assessment, Trend trend, String figures) {
	}

	/** A source used and its limitations (what it cannot show). */
	public record Source(String name, String limitations) {
	}

	/** Whether the party is the picture's author: its own party, or either party of a JOINT one. */
	public boolean isWrittenBy(String party) {
		return JOINT.equals(authorParty) || authorParty.equals(party);
	}

	public boolean isEstablished() {
		return ESTABLISHED.equals(status);
	}

	/** Refuses changes once established. */
	public void requireDraft() {
		if (isEstablished()) {
			throw new RuleViolation("situation.rule.established");
		}
	}
}
