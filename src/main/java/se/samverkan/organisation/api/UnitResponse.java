package se.samverkan.organisation.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.samverkan.organisation.OrganisationalUnit;

record UnitResponse(UUID id, String code, String name, String type, String party, UUID parentId, LocalDate validFrom,
		LocalDate validTo, List<UUID> predecessorIds, List<UUID> successorIds) {

	static UnitResponse of(OrganisationalUnit unit) {
		return new UnitResponse(unit.id(), unit.code(), unit.name(), unit.type().name(), unit.party(), unit.parentId(),
				unit.validFrom(), unit.validTo(), unit.predecessorIds(), unit.successorIds());
	}
}
