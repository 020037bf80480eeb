package se.samverkan.situation;

/** A WGS84 position. */
public record Position(Double lat, Double lon) {

	public boolean isComplete() {
		return lat != null && lon != null;
	}
}
