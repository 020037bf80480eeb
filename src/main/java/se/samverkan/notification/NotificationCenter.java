package se.samverkan.notification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Actor;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.VersionConflict;

/**
 * The inbox of every user, and what other modules call to notify. A notice is stored once per user
 * and key ({@code dedupKey}): a reminder sent by every run of a job, or an event delivered twice,
 * reaches the user once. E-mail goes out separately ({@link MailDelivery}).
 */
@Service
public class NotificationCenter {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Notifications notifications;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	NotificationCenter(Notifications notifications, JdbcClient jdbc, AuditLog audit) {
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Notifies each user once per {@code dedupKey}; answers how many were new. {@code arguments}
	 * fill the message's placeholders in the reader's language.
	 */
	@Transactional
	public int notify(Collection<String> usernames, NotificationType type, String messageKey, List<String> arguments,
			String link, String dedupKey) {
		int stored = 0;
		for (String username : usernames) {
			if (notifications.insertOnce(username, type, messageKey, arguments, link, dedupKey)) {
				stored++;
			}
		}
		return stored;
	}

	@Transactional(readOnly = true)
	public List<Notification> inbox(Actor actor, boolean unreadOnly, int page, int size) {
		return notifications.inbox(actor.username(), unreadOnly, page * size, size);
	}

	@Transactional(readOnly = true)
	public long count(Actor actor, boolean unreadOnly) {
		return notifications.count(actor.username(), unreadOnly);
	}

	/** The count in the header. */
	@Transactional(readOnly = true)
	public long unreadCount(String username) {
		return notifications.count(username, true);
	}

	/** Marks one of the user's own notices read (another user's: 404, as if it did not exist). */
	@Transactional
	public Notification markRead(Actor actor, UUID id) {
		Notification notification = notifications.byId(id)
			.filter(found -> found.username().equals(actor.username()))
			.orElseThrow(() -> new NotFound("notification", id));
		notifications.markRead(id);
		return notifications.byId(id).orElseThrow();
	}

	@Transactional
	public int markAllRead(Actor actor) {
		return notifications.markAllRead(actor.username());
	}

	@Transactional(readOnly = true)
	public MailPreference preference(Actor actor) {
		return jdbc.sql("SELECT username, email, email_enabled AS enabled, version FROM notification_preference WHERE username = ?")
			.params(actor.username())
			.query(MailPreference.class)
			.optional()
			.orElse(new MailPreference(actor.username(), null, false, 0));
	}

	/** Sets whether the user's notices also go out by e-mail, and where; {@code version} as read. */
	@Transactional
	public MailPreference setPreference(Actor actor, String email, Boolean enabled, Integer version) {
		if (actor.username() == null) {
			throw new Forbidden();
		}
		FieldChecks checks = new FieldChecks();
		String address = FieldChecks.clean(email);
		checks.text("email", address, Boolean.TRUE.equals(enabled), 254);
		if (address != null && !EMAIL.matcher(address).matches()) {
			checks.problem("email", "invalid", "Skriv en e-postadress som namn@exempel.se.");
		}
		checks.required("version", version, "Skicka med den version du läste.");
		checks.throwIfAny();
		MailPreference before = preference(actor);
		if (before.version() != version) {
			throw new VersionConflict("inställningen");
		}
		int changed = jdbc.sql("""
				INSERT INTO notification_preference (username, email, email_enabled, version) VALUES (:u, :e, :on, 1)
				ON CONFLICT (username) DO UPDATE SET email = :e, email_enabled = :on,
				       version = notification_preference.version + 1
				WHERE notification_preference.version = :v""")
			.param("u", actor.username())
			.param("e", address)
			.param("on", Boolean.TRUE.equals(enabled))
			.param("v", version)
			.update();
		if (changed == 0) {
			throw new VersionConflict("inställningen");
		}
		MailPreference after = preference(actor);
		audit.recordChange("UPDATE", "NotificationPreference", actor.userId(), null,
				Map.of("email", String.valueOf(before.email()), "enabled", before.enabled()),
				Map.of("email", String.valueOf(after.email()), "enabled", after.enabled()));
		return after;
	}
}
