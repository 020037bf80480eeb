package se.samverkan.followup;

import java.util.Set;
import java.util.UUID;

/**
 * The yearly compilation proposes that a district carry its unfinished activities into next
 * year's plan; the district's coordinators ({@code recipients}) accept or decline each.
 */
public record CarryOversProposed(UUID compilationId, int year, UUID districtId, String districtName, int count,
		Set<String> recipients) {
}
