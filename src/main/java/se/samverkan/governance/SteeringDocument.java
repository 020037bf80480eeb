package se.samverkan.governance;

import java.util.List;
import java.util.UUID;

/**
 * One of the city's steering documents (the council's goals, the safety programme, the strategy
 * to keep young people out of crime) with the goals plans may serve; {@code source} says where
 * what is recorded comes from.
 */
public record SteeringDocument(UUID id, String title, String issuer, String description, String source,
		List<Goal> goals, int version) {

	/** A goal of the document, e.g. the council's goal 3.6. */
	public record Goal(UUID id, UUID documentId, String code, String text) {

		/** The goal as a reader names it: its code and text. */
		public String label() {
			return code == null ? text : code + " " + text;
		}
	}
}
