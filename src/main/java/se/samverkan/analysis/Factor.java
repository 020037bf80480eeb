package se.samverkan.analysis;

/** Whether a cause raises the risk of the problem or protects against it. */
public enum Factor {
	RISK, PROTECTIVE
}
