package se.samverkan.planning;

/** Where an activity stands. */
public enum ActivityStatus {
	PLANNED, ONGOING, DONE, POSTPONED, CANCELLED;

	/** Whether the activity is over, one way or the other. */
	public boolean closed() {
		return this == DONE || this == CANCELLED;
	}
}
