package se.samverkan.organisation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.RuleViolation;

/**
 * Changes who sits in a group. Callers decide who may do so (identity's access policy sits above
 * this module); every change is audited against the group's unit. A membership is ended, never
 * removed, so the group's history stays readable.
 */
@Service
public class GroupMembership {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Units units;

	GroupMembership(JdbcClient jdbc, AuditLog audit, Units units) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.units = units;
	}

	/** A member since a date not recorded, of the party of their unit (demo and reference data). */
	@Transactional
	public UUID add(UUID groupId, String name, String title, UUID unitId, String username) {
		String party = unitId == null ? null : units.byId(unitId).map(OrganisationalUnit::party).orElse(null);
		return add(groupId, name, title, unitId, username, party, null);
	}

	/** Adds a member from {@code from} (null: not recorded). One account sits once at a time. */
	@Transactional
	public UUID add(UUID groupId, String name, String title, UUID unitId, String username, String party, LocalDate from) {
		UUID groupUnit = lock(groupId);
		if (username != null && !jdbc.sql("""
				SELECT id FROM group_member WHERE group_id = :group AND lower(username) = lower(:username)
				  AND (valid_to IS NULL OR valid_to >= COALESCE(CAST(:from AS date), CURRENT_DATE))""")
			.param("group", groupId)
			.param("username", username)
			.param("from", from)
			.query(UUID.class)
			.list()
			.isEmpty()) {
			throw new RuleViolation("organisation.rule.already-member", username);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO group_member (id, group_id, name, title, unit_id, username, party, valid_from)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, groupId, name, title, unitId, username, party, from)
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("groupId", groupId.toString());
		after.put("memberId", id.toString());
		after.put("name", name);
		after.put("title", title);
		after.put("username", username);
		after.put("party", party);
		after.put("from", from == null ? null : from.toString());
		audit.recordChange("ADD_MEMBER", "Group", groupId, groupUnit, null, after);
		return id;
	}

	/** Ends a membership on {@code to} (the last day in the group); the membership is kept. */
	@Transactional
	public void end(UUID groupId, UUID memberId, LocalDate to) {
		UUID groupUnit = lock(groupId);
		List<Map<String, Object>> rows = jdbc.sql("""
				SELECT name, valid_from, valid_to FROM group_member WHERE id = :id AND group_id = :group""")
			.param("id", memberId)
			.param("group", groupId)
			.query()
			.listOfRows();
		if (rows.isEmpty()) {
			throw new NotFound("member", memberId);
		}
		Map<String, Object> row = rows.get(0);
		if (row.get("valid_to") != null) {
			throw new RuleViolation("organisation.rule.membership-ended");
		}
		Object from = row.get("valid_from");
		LocalDate start = from instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) from;
		if (start != null && to.isBefore(start)) {
			throw new RuleViolation("organisation.rule.membership-end-before-start", start);
		}
		jdbc.sql("UPDATE group_member SET valid_to = :to WHERE id = :id").param("to", to).param("id", memberId).update();
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("memberId", memberId.toString());
		before.put("name", row.get("name"));
		before.put("to", null);
		Map<String, Object> after = new LinkedHashMap<>(before);
		after.put("to", to.toString());
		audit.recordChange("END_MEMBER", "Group", groupId, groupUnit, before, after);
	}

	private UUID lock(UUID groupId) {
		var groups = jdbc.sql("SELECT unit_id FROM org_group WHERE id = :id FOR UPDATE").param("id", groupId).query().listOfRows();
		if (groups.isEmpty()) {
			throw new NotFound("group", groupId);
		}
		return (UUID) groups.get(0).get("unit_id");
	}
}
