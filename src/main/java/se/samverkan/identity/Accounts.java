package se.samverkan.identity;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.Party;
import se.samverkan.platform.database.SqlArrays;

/**
 * User accounts and their role grants. User names are stored as {@link Usernames#normalise} reads
 * them, so every lookup matches the same way. Accounts are never deleted: a person who leaves is
 * disabled, and the audit log keeps the history.
 */
@Repository
public class Accounts {

	private static final String COLUMNS = """
			id, username, display_name, party_id, partner_id, email, password_hash, enabled, password_change_required,
			oidc_issuer, oidc_subject, access_version, version, created_at""";

	private final JdbcClient jdbc;

	private final OrganisationDirectory organisation;

	Accounts(JdbcClient jdbc, OrganisationDirectory organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	private record Row(UUID id, String username, String displayName, UUID partyId, UUID partnerId, String email,
			String passwordHash, boolean enabled, boolean passwordChangeRequired, String oidcIssuer, String oidcSubject,
			int accessVersion, int version, OffsetDateTime createdAt) {
	}

	/**
	 * An account. {@code party} is the party's code (CITY, POLICE), or null for a partner
	 * organisation's user, who has a {@code partnerId} instead.
	 */
	public record Account(UUID id, String username, String displayName, String party, UUID partnerId, String email,
			String passwordHash, boolean enabled, boolean passwordChangeRequired, String oidcIssuer, String oidcSubject,
			int accessVersion, int version, OffsetDateTime createdAt) {

		public boolean signsInWithPassword() {
			return passwordHash != null;
		}

		public boolean linkedToIdentityProvider() {
			return oidcSubject != null;
		}
	}

	/** A grant as administration shows it: with its id, where it came from, when and by whom. */
	public record Grant(UUID id, Role role, UUID unitId, String unitName, String source, OffsetDateTime grantedAt,
			String grantedBy) {
	}

	/** What to create: a party's code or a partner, never both. */
	public record NewAccount(String username, String displayName, UUID partyId, UUID partnerId, String email,
			String passwordHash, boolean passwordChangeRequired) {
	}

	public Optional<Account> byUsername(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE lower(username) = :username")
			.param("username", Usernames.normalise(username))
			.query(Row.class)
			.optional()
			.map(this::account);
	}

	public Optional<Account> byId(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
			.param("id", id)
			.query(Row.class)
			.optional()
			.map(this::account);
	}

	/** Several accounts at once, in the order of {@code ids}. */
	public List<Account> byIds(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Account> found = new HashMap<>();
		jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ANY(:ids)")
			.param("ids", SqlArrays.uuids(ids))
			.query(Row.class)
			.list()
			.forEach(row -> found.put(row.id(), account(row)));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	/** The account linked to this identity at this identity provider. */
	public Optional<Account> byIdentityProvider(String issuer, String subject) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE oidc_issuer = :issuer AND oidc_subject = :subject")
			.param("issuer", issuer)
			.param("subject", subject)
			.query(Row.class)
			.optional()
			.map(this::account);
	}

	/** Locks the account's row until the transaction ends, so two changes to it run one after the other. */
	public Optional<Account> lock(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(Row.class)
			.optional()
			.map(this::account);
	}

	public List<RoleGrant> grantsOf(UUID userId) {
		return grantDetailsOf(userId).stream().map(grant -> new RoleGrant(grant.role(), grant.unitId(), grant.unitName())).toList();
	}

	public List<Grant> grantDetailsOf(UUID userId) {
		return grantsOf(List.of(userId)).getOrDefault(userId, List.of());
	}

	/** The grants of several accounts at once, by account. */
	public Map<UUID, List<Grant>> grantsOf(List<UUID> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		record Row(UUID userId, UUID id, Role role, UUID unitId, String source, OffsetDateTime grantedAt,
				String grantedBy) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT user_id, id, role, unit_id, source, granted_at, granted_by FROM role_grant
				WHERE user_id = ANY(:ids) ORDER BY role, granted_at""")
			.param("ids", SqlArrays.uuids(userIds))
			.query(Row.class)
			.list();
		Map<UUID, String> names = new HashMap<>();
		organisation.units(rows.stream().map(Row::unitId).filter(Objects::nonNull).distinct().toList())
			.forEach(unit -> names.put(unit.id(), unit.name()));
		Map<UUID, List<Grant>> grants = new HashMap<>();
		rows.forEach(row -> grants.computeIfAbsent(row.userId(), id -> new java.util.ArrayList<>())
			.add(new Grant(row.id(), row.role(), row.unitId(), names.get(row.unitId()), row.source(), row.grantedAt(),
					row.grantedBy())));
		return grants;
	}

	private Account account(Row row) {
		return new Account(row.id(), row.username(), row.displayName(), partyCode(row.partyId()), row.partnerId(),
				row.email(), row.passwordHash(), row.enabled(), row.passwordChangeRequired(), row.oidcIssuer(),
				row.oidcSubject(), row.accessVersion(), row.version(), row.createdAt());
	}

	/** Party codes come from the organisation module (parties are few and fixed). */
	private String partyCode(UUID partyId) {
		if (partyId == null) {
			return null;
		}
		return organisation.parties()
			.stream()
			.filter(candidate -> candidate.id().equals(partyId))
			.map(Party::code)
			.findFirst()
			.orElseThrow();
	}

	/** The actor for an account, with its current grants. */
	public Actor actorOf(Account account) {
		return new Actor(account.id(), account.username(), account.displayName(), account.party(),
				grantsOf(account.id()));
	}

	public UUID create(String username, String displayName, UUID partyId, String passwordHash) {
		return create(new NewAccount(username, displayName, partyId, null, null, passwordHash, false));
	}

	public UUID create(NewAccount account) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO app_user (id, username, display_name, party_id, partner_id, email, password_hash,
				                      password_change_required)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, Usernames.normalise(account.username()), account.displayName(), account.partyId(),
					account.partnerId(), account.email(), account.passwordHash(), account.passwordChangeRequired())
			.update();
		return id;
	}

	public UUID grant(UUID userId, Role role, UUID unitId) {
		return grant(userId, role, unitId, "ADMIN", null);
	}

	public UUID grant(UUID userId, Role role, UUID unitId, String source, String grantedBy) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO role_grant (id, user_id, role, unit_id, source, granted_by) VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, userId, role.name(), unitId, source, grantedBy)
			.update();
		return id;
	}

	public boolean hasGrant(UUID userId, Role role, UUID unitId) {
		return jdbc.sql("""
				SELECT count(*) FROM role_grant
				WHERE user_id = :user AND role = :role AND unit_id IS NOT DISTINCT FROM :unit""")
			.param("user", userId)
			.param("role", role.name())
			.param("unit", unitId)
			.query(Long.class)
			.single() > 0;
	}

	public boolean revoke(UUID userId, UUID grantId) {
		return jdbc.sql("DELETE FROM role_grant WHERE id = :id AND user_id = :user")
			.param("id", grantId)
			.param("user", userId)
			.update() > 0;
	}

	public void revokeAll(UUID userId, String source) {
		jdbc.sql("DELETE FROM role_grant WHERE user_id = :user AND source = :source")
			.param("user", userId)
			.param("source", source)
			.update();
	}

	/** Raises the access version, so page sessions of the account re-read it on their next request. */
	public void accessChanged(UUID userId) {
		jdbc.sql("UPDATE app_user SET access_version = access_version + 1 WHERE id = :id").param("id", userId).update();
	}

	public void setEnabled(UUID userId, boolean enabled) {
		jdbc.sql("UPDATE app_user SET enabled = :enabled, version = version + 1, access_version = access_version + 1 WHERE id = :id")
			.param("enabled", enabled)
			.param("id", userId)
			.update();
	}

	public void setPassword(UUID userId, String passwordHash, boolean changeRequired) {
		jdbc.sql("""
				UPDATE app_user SET password_hash = :hash, password_change_required = :required,
				    access_version = access_version + 1, version = version + 1
				WHERE id = :id""")
			.param("hash", passwordHash)
			.param("required", changeRequired)
			.param("id", userId)
			.update();
	}

	/** Changes name and e-mail if {@code version} is still the stored one; false when it is not. */
	public boolean update(UUID userId, String displayName, String email, int version) {
		return jdbc.sql("""
				UPDATE app_user SET display_name = :name, email = :email, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("name", displayName)
			.param("email", email)
			.param("id", userId)
			.param("version", version)
			.update() > 0;
	}

	public void linkIdentityProvider(UUID userId, String issuer, String subject) {
		jdbc.sql("UPDATE app_user SET oidc_issuer = :issuer, oidc_subject = :subject WHERE id = :id")
			.param("issuer", issuer)
			.param("subject", subject)
			.param("id", userId)
			.update();
	}

	/** Enabled accounts holding the role, whatever the unit. */
	public long countEnabledWith(Role role) {
		return jdbc.sql("""
				SELECT count(DISTINCT a.id) FROM app_user a JOIN role_grant g ON g.user_id = a.id
				WHERE a.enabled AND g.role = :role""")
			.param("role", role.name())
			.query(Long.class)
			.single();
	}

	/** The party's id for its code (CITY, POLICE, or a third party added by configuration). */
	public Optional<UUID> partyId(String code) {
		return organisation.parties().stream().filter(party -> party.code().equals(code)).map(Party::id).findFirst();
	}
}
