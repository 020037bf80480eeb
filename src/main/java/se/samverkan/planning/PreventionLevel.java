package se.samverkan.planning;

/** Who the activity is for: everyone, identified groups, or individuals. */
public enum PreventionLevel {
	UNIVERSAL, SELECTIVE, INDICATED
}
