package se.samverkan.indicator;

/**
 * A value's state: PRELIMINARY until a central coordinator APPROVES it. COMPUTED values are counted
 * from observations when read; nobody approves them and they are never stored.
 */
public enum ValueState {
	PRELIMINARY, APPROVED, COMPUTED
}
