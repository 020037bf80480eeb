package se.samverkan.situation;

import java.util.List;
import java.util.UUID;

/** A named place in a district, with a position and tags such as UNSAFE and CRIME_EXPOSED. */
public record Place(UUID id, String name, UUID districtId, Double lat, Double lon, List<String> tags, int version) {

	public static final List<String> TAGS = List.of("UNSAFE", "CRIME_EXPOSED");
}
