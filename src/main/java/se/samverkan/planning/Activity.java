package se.samverkan.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An activity (åtgärd) of an action plan. Its content changes by {@link #revise}; its progress by
 * {@link #reportProgress}, which an established plan still takes.
 */
public class Activity {

	private final UUID id;

	private final UUID planId;

	private ActivityContent content;

	private ActivityStatus status;

	private Signal signal;

	private int doneCount;

	private final int ordinal;

	private final String updatedBy;

	private final OffsetDateTime updatedAt;

	private final int version;

	public Activity(UUID id, UUID planId, ActivityContent content, ActivityStatus status, Signal signal, int doneCount,
			int ordinal, String updatedBy, OffsetDateTime updatedAt, int version) {
		this.id = id;
		this.planId = planId;
		this.content = content;
		this.status = status;
		this.signal = signal;
		this.doneCount = doneCount;
		this.ordinal = ordinal;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	public static Activity plan(UUID planId, ActivityContent content, int ordinal) {
		return new Activity(UUID.randomUUID(), planId, content, ActivityStatus.PLANNED, null, 0, ordinal, null, null, 0);
	}

	public void revise(ActivityContent changed) {
		this.content = changed;
	}

	/** The activity takes the update's status and signal, and its count of what is done when given. */
	public void reportProgress(ProgressUpdate update) {
		status = update.status();
		signal = update.signal();
		if (update.doneCount() != null) {
			doneCount = update.doneCount();
		}
	}

	/** Late: its end date has passed and it is neither done nor cancelled. */
	public boolean isLate(LocalDate today) {
		return content.endDate().isBefore(today) && !status.closed();
	}

	/** A countable commitment ("at least 8 safety walks") that is not yet met. */
	public boolean hasCommitment() {
		return content.targetCount() != null;
	}

	public UUID id() {
		return id;
	}

	public UUID planId() {
		return planId;
	}

	public ActivityContent content() {
		return content;
	}

	public ActivityStatus status() {
		return status;
	}

	public Signal signal() {
		return signal;
	}

	public int doneCount() {
		return doneCount;
	}

	public int ordinal() {
		return ordinal;
	}

	public String updatedBy() {
		return updatedBy;
	}

	public OffsetDateTime updatedAt() {
		return updatedAt;
	}

	public int version() {
		return version;
	}

	public List<UUID> causeIds() {
		return content.causeIds();
	}
}
