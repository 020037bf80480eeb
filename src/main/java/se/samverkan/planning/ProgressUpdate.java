package se.samverkan.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A progress report on an activity: its status and a green, yellow or red signal on that date. */
public record ProgressUpdate(UUID id, UUID activityId, LocalDate date, ActivityStatus status, Signal signal,
		String note, Integer doneCount, String username, OffsetDateTime createdAt) {
}
