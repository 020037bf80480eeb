package se.samverkan.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.platform.rules.NotFound;

/**
 * Changes who sits in a group. Callers decide who may do so (identity's access policy sits above
 * this module); every change is audited against the group's unit.
 */
@Service
public class GroupMembership {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	GroupMembership(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	public UUID add(UUID groupId, String name, String title, UUID unitId, String username) {
		var groups = jdbc.sql("SELECT unit_id FROM org_group WHERE id = :id FOR UPDATE").param("id", groupId).query().listOfRows();
		if (groups.isEmpty()) {
			throw new NotFound("group", groupId);
		}
		UUID groupUnit = (UUID) groups.get(0).get("unit_id");
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO group_member (id, group_id, name, title, unit_id, username) VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, groupId, name, title, unitId, username)
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("groupId", groupId.toString());
		after.put("name", name);
		after.put("title", title);
		after.put("username", username);
		audit.recordChange("ADD_MEMBER", "Group", groupId, groupUnit, null, after);
		return id;
	}
}
