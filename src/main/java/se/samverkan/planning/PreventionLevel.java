package se.samverkan.planning;

/** Who the activity is for: everyone (universal), designated groups (selective, "utpekade grupper"), or individuals (indicated). */
public enum PreventionLevel {
	UNIVERSAL, SELECTIVE, INDICATED
}
