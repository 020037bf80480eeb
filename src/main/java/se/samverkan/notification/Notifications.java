package se.samverkan.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The inboxes. A notice with the same key for the same user is stored once. */
@Repository
class Notifications {

	private static final String SELECT = """
			SELECT id, username, type, message_key, arguments::text AS arguments, link, created_at, read_at
			FROM notification""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Notifications(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Stores the notice unless the user already has one with this key; true when stored. */
	boolean insertOnce(String username, NotificationType type, String messageKey, List<String> arguments, String link,
			String dedupKey) {
		return jdbc.sql("""
				INSERT INTO notification (id, username, type, message_key, arguments, link, dedup_key)
				VALUES (:id, :username, :type, :key, CAST(:arguments AS jsonb), :link, :dedup)
				ON CONFLICT (username, dedup_key) DO NOTHING""")
			.param("id", UUID.randomUUID())
			.param("username", username)
			.param("type", type.name())
			.param("key", messageKey)
			.param("arguments", json.writeValueAsString(arguments))
			.param("link", link)
			.param("dedup", dedupKey)
			.update() == 1;
	}

	List<Notification> inbox(String username, boolean unreadOnly, int offset, int limit) {
		return jdbc.sql(SELECT + """
				 WHERE username = :username AND (NOT CAST(:unread AS boolean) OR read_at IS NULL)
				ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
			.param("username", username)
			.param("unread", unreadOnly)
			.param("limit", limit)
			.param("offset", offset)
			.query(this::map)
			.list();
	}

	long count(String username, boolean unreadOnly) {
		return jdbc.sql("""
				SELECT count(*) FROM notification
				WHERE username = :username AND (NOT CAST(:unread AS boolean) OR read_at IS NULL)""")
			.param("username", username)
			.param("unread", unreadOnly)
			.query(Long.class)
			.single();
	}

	Optional<Notification> byId(UUID id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::map).optional();
	}

	void markRead(UUID id) {
		jdbc.sql("UPDATE notification SET read_at = now() WHERE id = :id AND read_at IS NULL").param("id", id).update();
	}

	int markAllRead(String username) {
		return jdbc.sql("UPDATE notification SET read_at = now() WHERE username = :username AND read_at IS NULL")
			.param("username", username)
			.update();
	}

	/** A notice to send by e-mail, with the address the user gave. */
	record Outgoing(Notification notification, String email) {
	}

	/** Notices of the last day not yet mailed to users who asked for e-mail, oldest first. */
	List<Outgoing> unmailed(int limit) {
		return jdbc.sql("""
				SELECT n.id, n.username, n.type, n.message_key, n.arguments::text AS arguments, n.link, n.created_at,
				       n.read_at, p.email
				FROM notification n JOIN notification_preference p ON p.username = n.username
				WHERE n.mailed_at IS NULL AND p.email_enabled AND p.email IS NOT NULL
				  AND n.created_at > now() - interval '1 day'
				ORDER BY n.created_at LIMIT :limit""")
			.param("limit", limit)
			.query((rs, n) -> new Outgoing(map(rs, n), rs.getString("email")))
			.list();
	}

	void markMailed(UUID id) {
		jdbc.sql("UPDATE notification SET mailed_at = now() WHERE id = :id").param("id", id).update();
	}

	private Notification map(ResultSet rs, int row) throws SQLException {
		return new Notification(rs.getObject("id", UUID.class), rs.getString("username"),
				NotificationType.valueOf(rs.getString("type")), rs.getString("message_key"),
				json.readValue(rs.getString("arguments"), new TypeReference<List<String>>() {
				}), rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("read_at", OffsetDateTime.class));
	}
}
