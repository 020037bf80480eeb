package se.samverkan.situation;

import java.util.UUID;

/**
 * One match of a map search: a neighbourhood ({@code placeId} null) or a saved place, with the box
 * the map shows for it (a place's box is its point). Public for the templates.
 */
public record MapMatch(String name, UUID placeId, double lat, double lon, double south, double west, double north,
		double east) {

	public boolean isPlace() {
		return placeId != null;
	}
}
