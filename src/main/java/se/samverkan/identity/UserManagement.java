package se.samverkan.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Accounts.Account;
import se.samverkan.identity.Accounts.Grant;
import se.samverkan.identity.internal.ApiTokens;
import se.samverkan.identity.internal.PageSessions;
import se.samverkan.identity.internal.SignInThrottle;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.Partner;
import se.samverkan.organisation.PartnerRegister;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.FieldConflict;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.VersionConflict;

/**
 * Administration of people and access (API.md, "People and access"): create accounts, grant and
 * revoke roles at units, disable and enable, reset a password to a temporary one, lift a sign-in
 * lock. Who may do this to whom is {@link AccessPolicy#administration}. A change of roles or a
 * disabled account revokes the user's API tokens at once; disabling and resetting a password also
 * end the user's page sessions, and any other change makes them re-read the account on their next
 * request. Every change is audited with the account named; nothing is ever deleted.
 */
@Service
@Transactional
public class UserManagement {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Accounts accounts;

	private final AccessPolicy policy;

	private final OrganisationDirectory organisation;

	private final PartnerRegister partners;

	private final PasswordEncoder passwords;

	private final ApiTokens tokens;

	private final PageSessions sessions;

	private final SignInThrottle throttle;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	UserManagement(Accounts accounts, AccessPolicy policy, OrganisationDirectory organisation, PartnerRegister partners,
			PasswordEncoder passwords, ApiTokens tokens, PageSessions sessions, SignInThrottle throttle, AuditLog audit,
			JdbcClient jdbc) {
		this.accounts = accounts;
		this.policy = policy;
		this.organisation = organisation;
		this.partners = partners;
		this.passwords = passwords;
		this.tokens = tokens;
		this.sessions = sessions;
		this.throttle = throttle;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** A new account: a party's code or a partner organisation; no temporary password means OIDC only. */
	public record NewUser(String username, String displayName, String party, UUID partnerId, String email,
			String temporaryPassword) {
	}

	/** Filters of the list; each may be null. {@code party} is CITY, POLICE, or PARTNER for partners' users. */
	public record UserQuery(String q, String party, Role role, UUID unitId, Boolean active, UUID partnerId) {
	}

	/** An account as administration shows it. */
	public record UserView(Account account, Partner partner, List<Grant> grants, int lockedAddresses) {

		public Set<Role> roles() {
			return grants.stream().map(Grant::role).collect(Collectors.toUnmodifiableSet());
		}
	}

	public record Found(List<UserView> items, long totalItems) {
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Found find(Actor actor, UserQuery query, int page, int size) {
		AdministrationScope scope = required(actor);
		UUID partyId = null;
		boolean partnersOnly = false;
		if (query.party() != null) {
			partnersOnly = query.party().equals("PARTNER");
			if (!partnersOnly) {
				partyId = accounts.partyId(query.party()).orElse(new UUID(0, 0));
			}
		}
		UUID scopePartyId = scope.partyOrNull() == null ? null : accounts.partyId(scope.partyOrNull()).orElseThrow();
		String sql = """
				FROM app_user a
				WHERE (CAST(:q AS text) IS NULL OR a.username ILIKE :q ESCAPE '\\' OR a.display_name ILIKE :q ESCAPE '\\'
				       OR a.email ILIKE :q ESCAPE '\\')
				  AND (CAST(:party AS uuid) IS NULL OR a.party_id = :party)
				  AND (NOT :partnersOnly OR a.partner_id IS NOT NULL)
				  AND (CAST(:partner AS uuid) IS NULL OR a.partner_id = :partner)
				  AND (CAST(:active AS boolean) IS NULL OR a.enabled = :active)
				  AND (CAST(:role AS text) IS NULL OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = a.id
				       AND g.role = :role AND (CAST(:unit AS uuid) IS NULL OR g.unit_id = :unit)))
				  AND (CAST(:role AS text) IS NOT NULL OR CAST(:unit AS uuid) IS NULL
				       OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = a.id AND g.unit_id = :unit))
				  AND (CAST(:scopeParty AS uuid) IS NULL OR (a.party_id = :scopeParty AND NOT EXISTS (
				       SELECT 1 FROM role_grant g WHERE g.user_id = a.id AND g.role = ANY(:reserved))))""";
		String q = FieldChecks.clean(query.q());
		var count = jdbc.sql("SELECT count(*) " + sql);
		var select = jdbc.sql("SELECT a.id " + sql + " ORDER BY a.username LIMIT :size OFFSET :offset")
			.param("size", size)
			.param("offset", (long) page * size);
		for (var statement : List.of(count, select)) {
			statement.param("q", q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
				.param("party", partyId)
				.param("partnersOnly", partnersOnly)
				.param("partner", query.partnerId())
				.param("active", query.active())
				.param("role", query.role() == null ? null : query.role().name())
				.param("unit", query.unitId())
				.param("scopeParty", scopePartyId)
				.param("reserved", new SqlArrayValue("text", AdministrationScope.RESERVED.stream().map(Role::name).toArray()));
		}
		long total = count.query(Long.class).single();
		List<UUID> ids = select.query(UUID.class).list();
		Map<UUID, List<Grant>> grants = accounts.grantsOf(ids);
		Map<UUID, Partner> partnersById = partners.all(false)
			.stream()
			.collect(Collectors.toMap(Partner::id, partner -> partner));
		List<UserView> items = accounts.byIds(ids)
			.stream()
			.map(account -> new UserView(account,
					account.partnerId() == null ? null : partnersById.get(account.partnerId()),
					grants.getOrDefault(account.id(), List.of()), 0))
			.toList();
		return new Found(items, total);
	}

	@Transactional(readOnly = true)
	public UserView get(Actor actor, UUID id) {
		Account account = reachable(actor, id, false);
		return view(account);
	}

	// ---- changing

	public UserView create(Actor actor, NewUser user) {
		AdministrationScope scope = required(actor);
		String username = Usernames.normalise(user.username());
		String displayName = FieldChecks.clean(user.displayName());
		String email = FieldChecks.clean(user.email());
		String party = FieldChecks.clean(user.party());
		FieldChecks checks = new FieldChecks().text("username", username.isEmpty() ? null : username, true, 100)
			.text("displayName", displayName, true, 200)
			.text("email", email, false, 254);
		if (!username.isEmpty() && !USERNAME.matcher(username).matches()) {
			checks.problem("username", "format",
					"Användarnamnet får ha bokstäverna a–z, siffror och . _ @ - (minst 2 tecken), och börjar med en bokstav eller siffra.");
		}
		if (email != null && !EMAIL.matcher(email).matches()) {
			checks.problem("email", "format", "Ange en e-postadress, som namn@exempel.se.");
		}
		UUID partyId = null;
		Partner partner = null;
		if ((party == null) == (user.partnerId() == null)) {
			checks.problem("party", "required", "Välj antingen en part (staden eller polisen) eller en partnerorganisation.");
		}
		else if (party != null) {
			partyId = accounts.partyId(party).orElse(null);
			if (partyId == null) {
				checks.problem("party", "unknown", "Okänd part.");
			}
		}
		else {
			partner = partners.byId(user.partnerId()).orElse(null);
			if (partner == null) {
				checks.problem("partnerId", "unknown", "Okänd partnerorganisation.");
			}
			else if (!partner.active()) {
				checks.problem("partnerId", "inactive", "Partnerorganisationen är inte längre aktiv.");
			}
		}
		if (user.temporaryPassword() != null) {
			PasswordRules.check(checks, "temporaryPassword", user.temporaryPassword(), username);
		}
		checks.throwIfAny();
		if (!scope.everyone() && (partyId == null || !scope.party().equals(party))) {
			throw new Forbidden();
		}
		if (accounts.byUsername(username).isPresent()) {
			throw usernameTaken();
		}
		UUID id;
		try {
			id = accounts.create(new Accounts.NewAccount(username, displayName, partyId,
					partner == null ? null : partner.id(), email,
					user.temporaryPassword() == null ? null : passwords.encode(user.temporaryPassword()),
					user.temporaryPassword() != null));
		}
		catch (DuplicateKeyException ex) {
			throw usernameTaken();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("username", username);
		after.put("displayName", displayName);
		after.put("party", party);
		after.put("partnerId", partner == null ? null : partner.id().toString());
		after.put("email", email);
		after.put("signIn", user.temporaryPassword() == null ? "OIDC" : "TEMPORARY_PASSWORD");
		audit.recordChange("CREATE", "User", id, null, null, after);
		return view(accounts.byId(id).orElseThrow());
	}

	public UserView update(Actor actor, UUID id, String displayName, String email, Integer version) {
		Account account = reachable(actor, id, true);
		String name = FieldChecks.clean(displayName);
		String mail = FieldChecks.clean(email);
		FieldChecks checks = new FieldChecks().text("displayName", name, true, 200)
			.text("email", mail, false, 254)
			.required("version", version, "Skicka med versionen du läste.");
		if (mail != null && !EMAIL.matcher(mail).matches()) {
			checks.problem("email", "format", "Ange en e-postadress, som namn@exempel.se.");
		}
		checks.throwIfAny();
		if (!accounts.update(id, name, mail, version)) {
			throw new VersionConflict("user");
		}
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("displayName", account.displayName());
		before.put("email", account.email());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("displayName", name);
		after.put("email", mail);
		audit.recordChange("UPDATE", "User", id, null, before, after);
		return view(accounts.byId(id).orElseThrow());
	}

	public Grant grant(Actor actor, UUID id, String roleName, UUID unitId) {
		AdministrationScope scope = required(actor);
		Account account = reachable(actor, id, true);
		Role role = null;
		FieldChecks checks = new FieldChecks();
		if (FieldChecks.clean(roleName) == null) {
			checks.problem("role", "required", "Välj en roll.");
		}
		else {
			try {
				role = Role.valueOf(roleName.trim());
			}
			catch (IllegalArgumentException ex) {
				checks.problem("role", "unknown", "Okänd roll.");
			}
		}
		OrganisationalUnit unit = null;
		if (unitId != null) {
			unit = organisation.unit(unitId).orElse(null);
			if (unit == null) {
				checks.problem("unitId", "unknown", "Okänd enhet.");
			}
		}
		if (role != null && (unitId == null || unit != null)) {
			GrantRules.check(checks, role, unit, account.party());
		}
		checks.throwIfAny();
		if (!scope.mayGrant(role)) {
			throw new Forbidden();
		}
		if (accounts.hasGrant(id, role, unitId)) {
			throw new FieldConflict("identity.problem.role-held", "role", "duplicate", "Användaren har redan rollen vid enheten.");
		}
		UUID grantId = accounts.grant(id, role, unitId, "ADMIN", actor.username());
		accessChanged(account, false);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("username", account.username());
		after.put("role", role.name());
		after.put("unitId", unitId == null ? null : unitId.toString());
		audit.recordChange("GRANT_ROLE", "User", id, unitId, null, after);
		return accounts.grantDetailsOf(id).stream().filter(grant -> grant.id().equals(grantId)).findFirst().orElseThrow();
	}

	public void revoke(Actor actor, UUID id, UUID grantId) {
		AdministrationScope scope = required(actor);
		Account account = reachable(actor, id, true);
		Grant grant = accounts.grantDetailsOf(id)
			.stream()
			.filter(candidate -> candidate.id().equals(grantId))
			.findFirst()
			.orElseThrow(() -> new NotFound("role", grantId));
		if (!scope.mayGrant(grant.role())) {
			throw new Forbidden();
		}
		if (grant.role() == Role.SYSTEM_ADMIN) {
			lockAdministrators();
		}
		accounts.revoke(id, grantId);
		if (grant.role() == Role.SYSTEM_ADMIN) {
			requireAnAdministratorLeft("roles");
		}
		accessChanged(account, false);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("username", account.username());
		before.put("role", grant.role().name());
		before.put("unitId", grant.unitId() == null ? null : grant.unitId().toString());
		audit.recordChange("REVOKE_ROLE", "User", id, grant.unitId(), before, null);
	}

	public UserView disable(Actor actor, UUID id) {
		return setActive(actor, id, false);
	}

	public UserView enable(Actor actor, UUID id) {
		return setActive(actor, id, true);
	}

	private UserView setActive(Actor actor, UUID id, boolean active) {
		lockAdministrators();
		Account account = reachable(actor, id, true);
		if (account.enabled() == active) {
			return view(account);
		}
		accounts.setEnabled(id, active);
		if (!active) {
			requireAnAdministratorLeft("active");
			accessChanged(account, true);
		}
		audit.recordChange(active ? "ENABLE" : "DISABLE", "User", id, null,
				Map.of("username", account.username(), "active", !active),
				Map.of("username", account.username(), "active", active));
		return view(accounts.byId(id).orElseThrow());
	}

	public void resetPassword(Actor actor, UUID id, String temporaryPassword) {
		Account account = reachable(actor, id, true);
		PasswordRules.check(new FieldChecks(), "temporaryPassword", temporaryPassword, account.username()).throwIfAny();
		accounts.setPassword(id, passwords.encode(temporaryPassword), true);
		accessChanged(account, true);
		throttle.unlock(account.username());
		audit.recordChange("RESET_PASSWORD", "User", id, null, null,
				Map.of("username", account.username(), "passwordChangeRequired", true));
	}

	public void unlock(Actor actor, UUID id) {
		Account account = reachable(actor, id, false);
		int addresses = throttle.unlock(account.username());
		audit.recordChange("UNLOCK", "User", id, null, null,
				Map.of("username", account.username(), "lockedAddresses", addresses));
	}

	/** Registers a partner organisation in the organisation module's register: system administrators. */
	public Partner registerPartner(Actor actor, String name, se.samverkan.organisation.PartnerKind kind) {
		if (!required(actor).everyone()) {
			throw new Forbidden();
		}
		return partners.register(name, kind);
	}

	@Transactional(readOnly = true)
	public List<Partner> partners(Actor actor) {
		required(actor);
		return partners.all(false);
	}

	// ---- rules

	private AdministrationScope required(Actor actor) {
		AdministrationScope scope = policy.administration(actor);
		if (scope.isEmpty()) {
			throw new Forbidden();
		}
		return scope;
	}

	/** The account, if it exists and the actor administers it (404, 403 otherwise). */
	private Account reachable(Actor actor, UUID id, boolean lock) {
		AdministrationScope scope = required(actor);
		Account account = (lock ? accounts.lock(id) : accounts.byId(id)).orElseThrow(() -> new NotFound("user", id));
		Set<Role> roles = accounts.grantsOf(id).stream().map(RoleGrant::role).collect(Collectors.toSet());
		if (!scope.reaches(account.party(), roles)) {
			throw new Forbidden();
		}
		return account;
	}

	/** Changes that may remove the last administrator run one at a time. */
	private void lockAdministrators() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('samverkan-administrators'))").query().singleRow();
	}

	private void requireAnAdministratorLeft(String field) {
		if (accounts.countEnabledWith(Role.SYSTEM_ADMIN) == 0) {
			throw new FieldConflict("identity.problem.last-administrator", field, "last-administrator",
					"Det måste finnas minst en aktiv systemförvaltare kvar.");
		}
	}

	/**
	 * The account's access changed: its API tokens are revoked at once and its page sessions re-read
	 * it on their next request, or end ({@code endSessions}) when it was disabled or its password reset.
	 */
	private void accessChanged(Account account, boolean endSessions) {
		accounts.accessChanged(account.id());
		tokens.revokeAll(account.id(), null);
		if (endSessions) {
			sessions.endAll(account.username(), null);
		}
	}

	private UserView view(Account account) {
		Partner partner = account.partnerId() == null ? null : partners.byId(account.partnerId()).orElse(null);
		return new UserView(account, partner, accounts.grantDetailsOf(account.id()),
				throttle.lockedAddresses(account.username()));
	}

	private static FieldConflict usernameTaken() {
		return new FieldConflict("identity.problem.username-taken", "username", "taken", "Användarnamnet är upptaget.");
	}
}
