package se.samverkan.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Accounts.Account;
import se.samverkan.identity.internal.ApiTokens;
import se.samverkan.identity.internal.ApiTokens.TokenInfo;
import se.samverkan.identity.internal.PageSessions;
import se.samverkan.identity.internal.SignInThrottle;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.FieldConflict;
import se.samverkan.platform.rules.NotFound;

/**
 * What a signed-in user does with their own account: change the password (the current one
 * required, the rules of {@link PasswordRules} applied), see and revoke their API tokens. A new
 * password revokes the user's other tokens and ends their other page sessions.
 */
@Service
@Transactional
public class OwnAccount {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final ApiTokens tokens;

	private final PageSessions sessions;

	private final SignInThrottle throttle;

	private final AuditLog audit;

	OwnAccount(Accounts accounts, PasswordEncoder passwords, ApiTokens tokens, PageSessions sessions,
			SignInThrottle throttle, AuditLog audit) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.sessions = sessions;
		this.throttle = throttle;
		this.audit = audit;
	}

	/** Where the request came from, so the change keeps the token or session it was made with. */
	public record Origin(String clientAddress, UUID tokenId, String sessionId) {
	}

	/**
	 * Changes the password. A wrong current password counts as a failed sign-in at the client's
	 * address, so this form is no way around the sign-in throttle.
	 */
	public void changePassword(Actor actor, String currentPassword, String newPassword, Origin origin) {
		Account account = accounts.lock(actor.userId()).orElseThrow(() -> new NotFound("user", actor.userId()));
		if (!account.signsInWithPassword()) {
			throw new FieldConflict("identity.problem.no-password", "currentPassword", "no-password",
					"Kontot loggar in via organisationens inloggning och har inget eget lösenord.");
		}
		FieldChecks checks = new FieldChecks();
		if (currentPassword == null || currentPassword.isEmpty()) {
			checks.problem("currentPassword", "required", "Ange ditt nuvarande lösenord.");
		}
		else if (throttle.isLocked(account.username(), origin.clientAddress())
				|| !passwords.matches(currentPassword, account.passwordHash())) {
			throttle.recordFailure(account.username(), origin.clientAddress());
			checks.problem("currentPassword", "wrong", "Det nuvarande lösenordet stämmer inte.");
		}
		checkNew(checks, account, newPassword);
		setPassword(account, newPassword, origin);
	}

	/**
	 * Replaces a temporary password at sign-in: the caller has just proved the temporary one, so it is
	 * not asked again.
	 */
	public void replaceTemporaryPassword(UUID userId, String newPassword, Origin origin) {
		Account account = accounts.lock(userId).orElseThrow(() -> new NotFound("user", userId));
		checkNew(new FieldChecks(), account, newPassword);
		setPassword(account, newPassword, origin);
	}

	private void checkNew(FieldChecks checks, Account account, String newPassword) {
		PasswordRules.check(checks, "newPassword", newPassword, account.username());
		if (checks.isEmpty() && passwords.matches(newPassword, account.passwordHash())) {
			checks.problem("newPassword", "unchanged", "Välj ett annat lösenord än det nuvarande.");
		}
		checks.throwIfAny();
	}

	private void setPassword(Account account, String newPassword, Origin origin) {
		accounts.setPassword(account.id(), passwords.encode(newPassword), false);
		tokens.revokeAll(account.id(), origin.tokenId());
		sessions.endAll(account.username(), origin.sessionId());
		audit.recordChange("CHANGE_PASSWORD", "User", account.id(), null,
				Map.of("passwordChangeRequired", account.passwordChangeRequired()),
				Map.of("username", account.username(), "passwordChangeRequired", false));
	}

	@Transactional(readOnly = true)
	public List<TokenInfo> tokens(Actor actor) {
		return tokens.activeOf(actor.userId());
	}

	public void revokeToken(Actor actor, UUID tokenId) {
		if (!tokens.revoke(actor.userId(), tokenId)) {
			throw new NotFound("token", tokenId);
		}
		audit.recordChange("REVOKE_TOKEN", "User", actor.userId(), null, Map.of("tokenId", tokenId.toString()), null);
	}
}
