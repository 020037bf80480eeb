package se.samverkan.identity;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Makes principals for the sign-in mechanisms in {@code internal}. */
public final class SignedInUsers {

	private SignedInUsers() {
	}

	public static SignedInUser of(Actor actor, String passwordHash, boolean enabled) {
		return new SignedInUser(actor, passwordHash, enabled, false, 0);
	}

	/** The principal for an account as stored now, with its current grants. */
	public static SignedInUser of(Accounts accounts, Accounts.Account account) {
		return new SignedInUser(accounts.actorOf(account), account.passwordHash(), account.enabled(),
				account.passwordChangeRequired(), account.accessVersion());
	}

	public static OidcSignedInUser oidc(Actor actor, int accessVersion, OidcUser user) {
		return new OidcSignedInUser(actor, accessVersion, user.getAuthorities(), user.getIdToken(), user.getUserInfo());
	}
}
