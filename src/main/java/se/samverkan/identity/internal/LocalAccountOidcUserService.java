package se.samverkan.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Accounts;
import se.samverkan.identity.Accounts.Account;
import se.samverkan.identity.GrantRules;
import se.samverkan.identity.Role;
import se.samverkan.identity.SignedInUsers;
import se.samverkan.identity.Usernames;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.text.SafeText;

/**
 * Signs in a user the identity provider vouches for, as a local account: roles and scopes stay in
 * Samverkan, the provider proves who it is. The account is found by the provider's issuer and
 * subject ({@code sub}), which never change, never by a name, which can (issue 14, point 8):
 * <ol>
 * <li>an account linked to this issuer and subject signs in (refused if disabled);</li>
 * <li>else an account an administrator created for OIDC (no password) under the name the provider
 * gives is linked to this issuer and subject now, at its first sign-in, and signs in; an account
 * with a password is never taken over this way;</li>
 * <li>else, with just-in-time accounts on, an account is created from the claims, with the roles the
 * provider's groups map to; nobody whose groups map to no role gets an account;</li>
 * <li>else the sign-in is refused.</li>
 * </ol>
 * Roles that came from the mapping follow the groups at every sign-in; roles an administrator
 * granted are left alone.
 */
public class LocalAccountOidcUserService extends OidcUserService {

	/** A provider group that gives a role, at a unit (by code) or for the whole municipality (null). */
	public record GroupRole(String group, Role role, String unitCode) {
	}

	/** How accounts are matched and made: see the README, "OIDC". */
	public record Settings(String usernameClaim, boolean justInTime, String party, String groupsClaim,
			List<GroupRole> groupRoles) {

		public Settings {
			usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
			groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
			party = party == null || party.isBlank() ? "CITY" : party;
			groupRoles = groupRoles == null ? List.of() : List.copyOf(groupRoles);
		}

		/** Parses {@code group=ROLE@UNIT-CODE; other-group=VIEWER} (no unit: the whole municipality). */
		public static List<GroupRole> parse(String mapping) {
			List<GroupRole> roles = new ArrayList<>();
			if (mapping == null || mapping.isBlank()) {
				return roles;
			}
			for (String entry : mapping.split("[;\\n]")) {
				if (entry.isBlank()) {
					continue;
				}
				int equals = entry.lastIndexOf('=');
				if (equals < 1) {
					throw new IllegalStateException("SAMVERKAN_OIDC_GROUP_ROLES: '" + entry.trim()
							+ "' is not group=ROLE or group=ROLE@UNIT-CODE");
				}
				String[] target = entry.substring(equals + 1).trim().split("@", 2);
				try {
					roles.add(new GroupRole(entry.substring(0, equals).trim(), Role.valueOf(target[0].trim()),
							target.length > 1 ? target[1].trim() : null));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalStateException("SAMVERKAN_OIDC_GROUP_ROLES: unknown role in '" + entry.trim() + "'");
				}
			}
			return roles;
		}
	}

	private final Accounts accounts;

	private final AuditLog audit;

	private final OrganisationDirectory organisation;

	private final TransactionTemplate transactions;

	private final Settings settings;

	public LocalAccountOidcUserService(Accounts accounts, AuditLog audit, OrganisationDirectory organisation,
			TransactionTemplate transactions, Settings settings) {
		this.accounts = accounts;
		this.audit = audit;
		this.organisation = organisation;
		this.transactions = transactions;
		this.settings = settings;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = super.loadUser(request);
		return signIn(user);
	}

	public OidcUser signIn(OidcUser user) {
		String issuer = user.getIdToken().getClaimAsString("iss");
		String subject = user.getSubject();
		if (issuer == null || subject == null) {
			throw refused(user, "no issuer or subject");
		}
		Account account = transactions.execute(status -> accountFor(user, issuer, subject));
		audit.recordEvent(account.username(), "SIGN_IN", "User", account.id(), Map.of("via", "oidc"));
		return SignedInUsers.oidc(accounts.actorOf(account), account.accessVersion(), user);
	}

	private Account accountFor(OidcUser user, String issuer, String subject) {
		var linked = accounts.byIdentityProvider(issuer, subject);
		if (linked.isPresent()) {
			if (!linked.get().enabled()) {
				throw refused(user, "account disabled");
			}
			return settings.justInTime() ? followGroups(linked.get(), user) : linked.get();
		}
		String username = Usernames.normalise(user.getClaimAsString(settings.usernameClaim()));
		var named = username.isEmpty() ? java.util.Optional.<Account>empty() : accounts.byUsername(username);
		if (named.isPresent()) {
			Account account = named.get();
			if (!account.enabled() || account.signsInWithPassword() || account.linkedToIdentityProvider()) {
				throw refused(user, account.linkedToIdentityProvider() ? "name linked to another identity"
						: account.enabled() ? "local account with a password" : "account disabled");
			}
			accounts.linkIdentityProvider(account.id(), issuer, subject);
			audit.recordChange("LINK_IDENTITY_PROVIDER", "User", account.id(), null, null,
					Map.of("username", account.username(), "issuer", issuer));
			return accounts.byId(account.id()).orElseThrow();
		}
		if (!settings.justInTime()) {
			throw refused(user, "no local account");
		}
		return createJustInTime(user, username, issuer, subject);
	}

	private Account createJustInTime(OidcUser user, String username, String issuer, String subject) {
		List<ResolvedRole> roles = mappedRoles(user);
		if (roles.isEmpty()) {
			throw refused(user, "no group maps to a role");
		}
		if (username.isEmpty()) {
			throw refused(user, "no " + settings.usernameClaim() + " claim");
		}
		String displayName = Objects.requireNonNullElse(user.getFullName(), username);
		UUID party = accounts.partyId(settings.party()).orElseThrow();
		UUID id = accounts.create(new Accounts.NewAccount(username, SafeText.of(displayName, 200), party, null,
				SafeText.of(user.getEmail(), 254).isEmpty() ? null : SafeText.of(user.getEmail(), 254), null, false));
		accounts.linkIdentityProvider(id, issuer, subject);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("username", username);
		after.put("party", settings.party());
		after.put("issuer", issuer);
		after.put("via", "oidc-just-in-time");
		audit.recordChange("CREATE", "User", id, null, null, after);
		roles.forEach(role -> grant(id, username, role));
		return accounts.byId(id).orElseThrow();
	}

	/** Makes the roles that came from groups match the groups now; changed roles revoke the user's tokens. */
	private Account followGroups(Account account, OidcUser user) {
		Set<ResolvedRole> wanted = new LinkedHashSet<>(mappedRoles(user));
		Set<ResolvedRole> held = new LinkedHashSet<>();
		accounts.grantDetailsOf(account.id())
			.stream()
			.filter(grant -> grant.source().equals("OIDC"))
			.forEach(grant -> held.add(new ResolvedRole(grant.role(), grant.unitId())));
		if (wanted.equals(held)) {
			return account;
		}
		accounts.revokeAll(account.id(), "OIDC");
		held.forEach(role -> audit.recordChange("REVOKE_ROLE", "User", account.id(), role.unitId(),
				roleEntry(account.username(), role), null));
		wanted.forEach(role -> grant(account.id(), account.username(), role));
		accounts.accessChanged(account.id());
		return accounts.byId(account.id()).orElseThrow();
	}

	private void grant(UUID userId, String username, ResolvedRole role) {
		if (accounts.hasGrant(userId, role.role(), role.unitId())) {
			return;
		}
		accounts.grant(userId, role.role(), role.unitId(), "OIDC", "oidc");
		audit.recordChange("GRANT_ROLE", "User", userId, role.unitId(), null, roleEntry(username, role));
	}

	private static Map<String, Object> roleEntry(String username, ResolvedRole role) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("username", username);
		entry.put("role", role.role().name());
		entry.put("unitId", role.unitId() == null ? null : role.unitId().toString());
		entry.put("source", "OIDC");
		return entry;
	}

	private record ResolvedRole(Role role, UUID unitId) {
	}

	private List<ResolvedRole> mappedRoles(OidcUser user) {
		Collection<?> groups = user.getClaimAsStringList(settings.groupsClaim());
		if (groups == null) {
			return List.of();
		}
		return settings.groupRoles()
			.stream()
			.filter(mapping -> groups.contains(mapping.group()))
			.map(mapping -> new ResolvedRole(mapping.role(), unitId(mapping)))
			.distinct()
			.toList();
	}

	private UUID unitId(GroupRole mapping) {
		return mapping.unitCode() == null ? null : organisation.unitByCode(mapping.unitCode()).orElseThrow().id();
	}

	/**
	 * Checks the group mapping against the reference data: every unit exists, and every role may be
	 * held there by the configured party. Run at start-up, after the reference data is loaded.
	 */
	public void checkMapping() {
		if (accounts.partyId(settings.party()).isEmpty()) {
			throw new IllegalStateException("SAMVERKAN_OIDC_PARTY: unknown party " + settings.party());
		}
		for (GroupRole mapping : settings.groupRoles()) {
			OrganisationalUnit unit = null;
			if (mapping.unitCode() != null) {
				unit = organisation.unitByCode(mapping.unitCode())
					.orElseThrow(() -> new IllegalStateException(
							"SAMVERKAN_OIDC_GROUP_ROLES: unknown unit code " + mapping.unitCode()));
			}
			FieldChecks checks = GrantRules.check(new FieldChecks(), mapping.role(), unit, settings.party());
			if (!checks.isEmpty()) {
				throw new IllegalStateException("SAMVERKAN_OIDC_GROUP_ROLES: " + mapping.role() + " cannot be held at "
						+ (mapping.unitCode() == null ? "the whole municipality" : mapping.unitCode()) + " by "
						+ settings.party());
			}
		}
	}

	private OAuth2AuthenticationException refused(OidcUser user, String reason) {
		audit.recordEvent(SafeText.of(user.getClaimAsString(settings.usernameClaim()), 100), "SIGN_IN_REFUSED", "User",
				null, Map.of("reason", reason, "via", "oidc"));
		return new OAuth2AuthenticationException(new OAuth2Error("access_denied"), "No access: " + reason);
	}
}
