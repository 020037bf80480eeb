package se.samverkan.analysis;

/**
 * Where a cause sits on the problem triangle (routine activity theory, as Brå teaches it): the
 * three sides, and beside each the one who can act on it — the handler of the offender, the
 * guardian of the victim or target, the manager of the place.
 */
public enum TriangleSide {

	OFFENDER, VICTIM, PLACE, HANDLER, GUARDIAN, MANAGER;

	/** The side of the triangle this position belongs to (a handler belongs with the offender). */
	public TriangleSide column() {
		return switch (this) {
			case OFFENDER, HANDLER -> OFFENDER;
			case VICTIM, GUARDIAN -> VICTIM;
			case PLACE, MANAGER -> PLACE;
		};
	}
}
