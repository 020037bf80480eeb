package se.samverkan.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A notice in a user's inbox. Its text is a message key with arguments, so each user reads it in
 * their own language.
 */
public record Notification(UUID id, String username, NotificationType type, String messageKey, List<String> arguments,
		String link, OffsetDateTime createdAt, OffsetDateTime readAt) {

	public boolean read() {
		return readAt != null;
	}
}
