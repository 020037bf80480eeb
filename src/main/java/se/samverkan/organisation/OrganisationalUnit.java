package se.samverkan.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A unit of one party, valid from one date to another (open-ended when {@code validTo} is null),
 * with the units it continued and the units that continued it.
 */
public record OrganisationalUnit(UUID id, String code, String name, UnitType type, String party, UUID parentId,
		LocalDate validFrom, LocalDate validTo, List<UUID> predecessorIds, List<UUID> successorIds) {

	public boolean isValidOn(LocalDate date) {
		return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
	}
}
