package se.samverkan.analysis;

import java.util.UUID;

/** What a user gives to add a cause; enum values as text, so each bad value is named in the answer. */
public record CauseInput(String text, UUID parentCauseId, String kind, String triangleSide, String factor,
		String source) {
}
