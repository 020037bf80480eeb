package se.samverkan.planning;

/** A district's local plan, or the city-wide handlingsplan. */
public enum PlanScope {
	LOCAL, CITY_WIDE
}
