package se.samverkan.planning;

/** The seed asks for both short- and long-term measures. */
public enum Horizon {
	SHORT_TERM, LONG_TERM
}
