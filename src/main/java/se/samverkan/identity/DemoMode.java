package se.samverkan.identity;

/** Whether this instance runs with demo data (the embedded default only; never on an external database or in prod). */
public interface DemoMode {

	boolean active();
}
