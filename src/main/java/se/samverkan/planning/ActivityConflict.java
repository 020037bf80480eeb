package se.samverkan.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.Refusal;

/**
 * A save of an activity refused because someone else saved it after the user read it (409). It
 * carries what the other changed: per field the value the user read, the other's value (now
 * stored) and the user's own, so neither edit is lost and the user can decide.
 */
public class ActivityConflict extends DomainProblem {

	/** One field the other user changed; {@code yours} is what this user sent. */
	public record Change(String field, String label, Object original, Object theirs, Object yours) {
	}

	private final int currentVersion;

	private final String changedBy;

	private final transient List<Change> changes;

	public ActivityConflict(int currentVersion, String changedBy, List<Change> changes) {
		super("planning.problem.activity-conflict", changedBy == null ? "?" : changedBy);
		this.currentVersion = currentVersion;
		this.changedBy = changedBy;
		this.changes = List.copyOf(changes);
	}

	@Override
	public Refusal refusal() {
		return Refusal.CONFLICT;
	}

	@Override
	public Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("currentVersion", currentVersion);
		properties.put("changedBy", changedBy);
		properties.put("changes", changes);
		return properties;
	}

	public int currentVersion() {
		return currentVersion;
	}

	public String changedBy() {
		return changedBy;
	}

	public List<Change> changes() {
		return changes;
	}
}
