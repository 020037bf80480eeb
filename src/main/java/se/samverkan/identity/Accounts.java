package se.samverkan.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** User accounts and their role grants. */
@Repository
public class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Account(UUID id, String username, String displayName, String party, String passwordHash,
			boolean enabled) {
	}

	public Optional<Account> byUsername(String username) {
		return jdbc.sql("""
				SELECT a.id, a.username, a.display_name, p.code AS party, a.password_hash, a.enabled
				FROM app_user a JOIN party p ON p.id = a.party_id WHERE lower(a.username) = lower(:username)""")
			.param("username", username)
			.query(Account.class)
			.optional();
	}

	public Optional<Account> byId(UUID id) {
		return jdbc.sql("""
				SELECT a.id, a.username, a.display_name, p.code AS party, a.password_hash, a.enabled
				FROM app_user a JOIN party p ON p.id = a.party_id WHERE a.id = :id""")
			.param("id", id)
			.query(Account.class)
			.optional();
	}

	public List<RoleGrant> grantsOf(UUID userId) {
		return jdbc.sql("""
				SELECT g.role, g.unit_id, u.name AS unit_name
				FROM role_grant g LEFT JOIN org_unit u ON u.id = g.unit_id
				WHERE g.user_id = :id ORDER BY g.role""")
			.param("id", userId)
			.query((rs, row) -> new RoleGrant(Role.valueOf(rs.getString("role")), rs.getObject("unit_id", UUID.class),
					rs.getString("unit_name")))
			.list();
	}

	/** The actor for an account, with its current grants. */
	public Actor actorOf(Account account) {
		return new Actor(account.id(), account.username(), account.displayName(), account.party(),
				grantsOf(account.id()));
	}

	public UUID create(String username, String displayName, UUID partyId, String passwordHash) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO app_user (id, username, display_name, party_id, password_hash)
				VALUES (?, ?, ?, ?, ?)""")
			.params(id, username, displayName, partyId, passwordHash)
			.update();
		return id;
	}

	public void grant(UUID userId, Role role, UUID unitId) {
		jdbc.sql("INSERT INTO role_grant (id, user_id, role, unit_id) VALUES (?, ?, ?, ?)")
			.params(UUID.randomUUID(), userId, role.name(), unitId)
			.update();
	}
}
