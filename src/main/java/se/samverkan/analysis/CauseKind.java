package se.samverkan.analysis;

/** A direct cause explains the problem itself; an indirect cause explains another cause. */
public enum CauseKind {
	DIRECT, INDIRECT
}
