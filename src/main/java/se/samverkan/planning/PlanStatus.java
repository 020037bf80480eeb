package se.samverkan.planning;

/** A plan is a draft until the steering group establishes it. */
public enum PlanStatus {
	DRAFT, ESTABLISHED
}
