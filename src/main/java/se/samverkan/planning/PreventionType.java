package se.samverkan.planning;

/** Whether the activity works on people's circumstances or on places and opportunities. */
public enum PreventionType {
	SOCIAL, SITUATIONAL
}
