package se.samverkan.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries. Called inside the transaction of the change it records
 * ({@link Propagation#MANDATORY} for changes), so the change and its entry commit together.
 */
@Service
public class AuditLog {

	public static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Records a change made by the signed-in user (or the system when nobody is signed in). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordChange(String action, String entityType, UUID entityId, UUID unitId, Object before, Object after) {
		insert(currentUsername(), action, entityType, entityId, unitId, before, after);
	}

	/**
	 * Records an event that is not a change of a record, such as a sign-in, in a transaction of its
	 * own so that a refused sign-in is still recorded.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordEvent(String username, String action, String entityType, UUID entityId, Object details) {
		insert(username, action, entityType, entityId, null, null, details);
	}

	private void insert(String username, String action, String entityType, UUID entityId, UUID unitId, Object before,
			Object after) {
		Map<String, Object> changes = new LinkedHashMap<>();
		if (before != null) {
			changes.put("before", before);
		}
		if (after != null) {
			changes.put("after", after);
		}
		jdbc.sql("""
				INSERT INTO audit_entry (username, action, entity_type, entity_id, unit_id, changes)
				VALUES (:username, :action, :entityType, :entityId, :unitId, CAST(:changes AS jsonb))""")
			.param("username", username)
			.param("action", action)
			.param("entityType", entityType)
			.param("entityId", entityId)
			.param("unitId", unitId)
			.param("changes", json.writeValueAsString(changes))
			.update();
	}

	static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
	}
}
