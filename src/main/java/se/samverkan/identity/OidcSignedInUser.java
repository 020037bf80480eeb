package se.samverkan.identity;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A user signed in through the organisation's identity provider, matched to a local account. */
public final class OidcSignedInUser extends DefaultOidcUser {

	private static final long serialVersionUID = 1L;

	private final Actor actor;

	OidcSignedInUser(Actor actor, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
			OidcUserInfo userInfo, String nameAttribute) {
		super(authorities, idToken, userInfo, nameAttribute);
		this.actor = actor;
	}

	public Actor actor() {
		return actor;
	}

	@Override
	public String getName() {
		return actor.username();
	}
}
