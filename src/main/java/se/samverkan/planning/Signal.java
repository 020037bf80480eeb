package se.samverkan.planning;

/** How a progress update judges the activity: on track, at risk, off track. */
public enum Signal {
	GREEN, YELLOW, RED
}
