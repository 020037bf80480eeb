package se.samverkan.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.OrganisationDirectory;

/**
 * Every active account as an {@link Actor}, for work that is not done on behalf of the signed-in
 * user: deciding who a notice or a reminder goes to (with {@link AccessPolicy#allows}).
 */
@Component
public class ActorDirectory {

	private final JdbcClient jdbc;

	private final OrganisationDirectory organisation;

	ActorDirectory(JdbcClient jdbc, OrganisationDirectory organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	/** Active accounts holding the role anywhere, with all their grants. */
	@Transactional(readOnly = true)
	public List<Actor> holding(Role role) {
		return active().stream().filter(actor -> actor.has(role)).toList();
	}

	/** Every active account with its grants, in username order. */
	@Transactional(readOnly = true)
	public List<Actor> active() {
		record Row(UUID id, String username, String displayName, UUID partyId, String role, UUID unitId) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT u.id, u.username, u.display_name, u.party_id, g.role, g.unit_id
				FROM app_user u LEFT JOIN role_grant g ON g.user_id = u.id
				WHERE u.enabled ORDER BY u.username, g.role""")
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, UUID.class)))
			.list();
		Map<UUID, String> parties = new HashMap<>();
		organisation.parties().forEach(party -> parties.put(party.id(), party.code()));
		Map<UUID, String> unitNames = new HashMap<>();
		organisation.units(rows.stream().map(Row::unitId).filter(java.util.Objects::nonNull).distinct().toList())
			.forEach(unit -> unitNames.put(unit.id(), unit.name()));
		Map<UUID, List<RoleGrant>> grants = new java.util.LinkedHashMap<>();
		Map<UUID, Row> users = new java.util.LinkedHashMap<>();
		for (Row row : rows) {
			users.putIfAbsent(row.id(), row);
			List<RoleGrant> list = grants.computeIfAbsent(row.id(), id -> new ArrayList<>());
			if (row.role() != null) {
				list.add(new RoleGrant(Role.valueOf(row.role()), row.unitId(), unitNames.get(row.unitId())));
			}
		}
		List<Actor> actors = new ArrayList<>();
		users.forEach((id, row) -> actors.add(new Actor(id, row.username(), row.displayName(),
				parties.get(row.partyId()), grants.get(id))));
		return actors;
	}
}
