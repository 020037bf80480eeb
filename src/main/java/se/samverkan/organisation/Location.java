package se.samverkan.organisation;

import java.util.UUID;

/** Where a point lies on a date: the neighbourhood and the district that held it then. */
public record Location(UUID districtId, String districtName, String neighbourhood) {
}
