package se.samverkan.audit;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log, always within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The units whose entries record changes of this entity (so a caller can check them). */
	public Set<UUID> unitsOfEntity(UUID entityId) {
		return Set.copyOf(jdbc.sql("SELECT DISTINCT unit_id FROM audit_entry WHERE entity_id = :id AND unit_id IS NOT NULL")
			.param("id", entityId)
			.query(UUID.class)
			.list());
	}

	/**
	 * Newest first. {@code scope} null means every entry; otherwise only entries about units in
	 * the scope (entries about nothing in particular, such as sign-ins, need the whole scope).
	 */
	public List<AuditEntry> find(UUID entityId, UUID unitId, Set<UUID> scope, int page, int size) {
		StringBuilder sql = new StringBuilder("""
				SELECT id, at, username, action, entity_type, entity_id, unit_id, changes::text AS changes
				FROM audit_entry WHERE 1 = 1""");
		var params = new java.util.HashMap<String, Object>();
		if (entityId != null) {
			sql.append(" AND entity_id = :entityId");
			params.put("entityId", entityId);
		}
		if (unitId != null) {
			sql.append(" AND unit_id = :unitId");
			params.put("unitId", unitId);
		}
		if (scope != null) {
			sql.append(" AND unit_id = ANY(:scope)");
			params.put("scope", se.samverkan.platform.database.SqlArrays.uuids(scope));
		}
		sql.append(" ORDER BY id DESC LIMIT :limit OFFSET :offset");
		params.put("limit", size);
		params.put("offset", (long) page * size);
		return jdbc.sql(sql.toString()).params(params).query(AuditEntry.class).list();
	}
}
