package se.samverkan.situation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an observation stands: NEW until someone in the district deals with it, then HANDLED (dealt
 * with here) or FORWARDED (sent to whoever can act, e.g. the housing company or the police). A
 * forwarded observation can later be marked handled, and a status set by mistake can be taken back
 * to NEW.
 */
public enum ObservationStatus {
	NEW, HANDLED, FORWARDED;

	/** The statuses this one may change to. */
	public Set<ObservationStatus> next() {
		return switch (this) {
			case NEW -> EnumSet.of(HANDLED, FORWARDED);
			case FORWARDED -> EnumSet.of(HANDLED, NEW);
			case HANDLED -> EnumSet.of(NEW);
		};
	}

	public boolean mayBecome(ObservationStatus target) {
		return next().contains(target);
	}

	/** The status of that name, or null when there is none. */
	public static ObservationStatus parse(String name) {
		for (ObservationStatus status : values()) {
			if (status.name().equals(name)) {
				return status;
			}
		}
		return null;
	}
}
