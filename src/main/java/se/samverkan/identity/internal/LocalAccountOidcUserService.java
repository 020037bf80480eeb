package se.samverkan.identity.internal;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Accounts;
import se.samverkan.identity.SignedInUsers;

/**
 * Signs in a user the identity provider vouches for, as the local account of the same name: roles
 * and scopes stay in Samverkan, the provider only proves who it is. No local account, no entry.
 */
public class LocalAccountOidcUserService extends OidcUserService {

	private final Accounts accounts;

	private final AuditLog audit;

	private final String usernameClaim;

	public LocalAccountOidcUserService(Accounts accounts, AuditLog audit, String usernameClaim) {
		this.accounts = accounts;
		this.audit = audit;
		this.usernameClaim = usernameClaim;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = super.loadUser(request);
		return signIn(user);
	}

	public OidcUser signIn(OidcUser user) {
		String username = user.getClaimAsString(usernameClaim);
		var account = accounts.byUsername(username == null ? "" : username)
			.filter(Accounts.Account::enabled)
			.orElseThrow(() -> {
				audit.recordEvent(se.samverkan.platform.text.SafeText.of(username, 100), "SIGN_IN_REFUSED", "User", null,
						java.util.Map.of("reason", "no local account", "via", "oidc"));
				return new OAuth2AuthenticationException(new OAuth2Error("access_denied"), "No local account");
			});
		audit.recordEvent(account.username(), "SIGN_IN", "User", account.id(), java.util.Map.of("via", "oidc"));
		return SignedInUsers.oidc(accounts.actorOf(account), user, usernameClaim);
	}
}
