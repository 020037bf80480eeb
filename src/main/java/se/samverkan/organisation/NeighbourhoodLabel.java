package se.samverkan.organisation;

/**
 * Where a neighbourhood's name goes on a map: a point inside its boundary (not the centroid, which
 * can fall outside a bent shape) and the box around the boundary, for jumping the map to it.
 */
public record NeighbourhoodLabel(String name, double lat, double lon, double south, double west, double north,
		double east) {

	/** Whether the name contains the text, ignoring case (Swedish letters included). */
	public boolean matches(String text) {
		return text != null && !text.isBlank()
				&& name.toLowerCase(java.util.Locale.ROOT).contains(text.strip().toLowerCase(java.util.Locale.ROOT));
	}
}
