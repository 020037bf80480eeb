package se.samverkan.identity;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A user signed in through the organisation's identity provider, matched to a local account by the
 * provider's issuer and subject ({@code sub}); the name is the account's, not a claim.
 */
public final class OidcSignedInUser extends DefaultOidcUser implements AccountPrincipal {

	private static final long serialVersionUID = 2L;

	private final Actor actor;

	private final int accessVersion;

	OidcSignedInUser(Actor actor, int accessVersion, Collection<? extends GrantedAuthority> authorities,
			OidcIdToken idToken, OidcUserInfo userInfo) {
		super(authorities, idToken, userInfo, "sub");
		this.actor = actor;
		this.accessVersion = accessVersion;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public int accessVersion() {
		return accessVersion;
	}

	/** The identity provider holds the password. */
	@Override
	public boolean passwordChangeRequired() {
		return false;
	}

	/** The same sign-in, with the account as it is now. */
	public OidcSignedInUser withActor(Actor current, int currentAccessVersion) {
		return new OidcSignedInUser(current, currentAccessVersion, getAuthorities(), getIdToken(), getUserInfo());
	}

	@Override
	public String getName() {
		return actor.username();
	}
}
