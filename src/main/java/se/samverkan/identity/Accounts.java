package se.samverkan.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.organisation.OrganisationDirectory;

/** User accounts and their role grants. */
@Repository
public class Accounts {

	private final JdbcClient jdbc;

	private final OrganisationDirectory organisation;

	Accounts(JdbcClient jdbc, OrganisationDirectory organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	private record Row(UUID id, String username, String displayName, UUID partyId, String passwordHash, boolean enabled) {
	}

	public record Account(UUID id, String username, String displayName, String party, String passwordHash,
			boolean enabled) {
	}

	public Optional<Account> byUsername(String username) {
		return jdbc.sql("""
				SELECT id, username, display_name, party_id, password_hash, enabled
				FROM app_user WHERE lower(username) = lower(:username)""")
			.param("username", username)
			.query(Row.class)
			.optional()
			.map(this::account);
	}

	public Optional<Account> byId(UUID id) {
		return jdbc.sql("SELECT id, username, display_name, party_id, password_hash, enabled FROM app_user WHERE id = :id")
			.param("id", id)
			.query(Row.class)
			.optional()
			.map(this::account);
	}

	public List<RoleGrant> grantsOf(UUID userId) {
		record Grant(Role role, UUID unitId) {
		}
		List<Grant> grants = jdbc.sql("SELECT role, unit_id FROM role_grant WHERE user_id = :id ORDER BY role")
			.param("id", userId)
			.query((rs, row) -> new Grant(Role.valueOf(rs.getString("role")), rs.getObject("unit_id", UUID.class)))
			.list();
		var names = new java.util.HashMap<UUID, String>();
		organisation.units(grants.stream().map(Grant::unitId).filter(java.util.Objects::nonNull).toList())
			.forEach(unit -> names.put(unit.id(), unit.name()));
		return grants.stream().map(grant -> new RoleGrant(grant.role(), grant.unitId(), names.get(grant.unitId()))).toList();
	}

	/** Party codes come from the organisation module (parties are few and fixed). */
	private Account account(Row row) {
		String party = organisation.parties()
			.stream()
			.filter(candidate -> candidate.id().equals(row.partyId()))
			.map(se.samverkan.organisation.Party::code)
			.findFirst()
			.orElseThrow();
		return new Account(row.id(), row.username(), row.displayName(), party, row.passwordHash(), row.enabled());
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
