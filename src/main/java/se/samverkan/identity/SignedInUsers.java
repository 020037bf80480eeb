package se.samverkan.identity;

/** Makes principals for the sign-in mechanisms in {@code internal}. */
public final class SignedInUsers {

	private SignedInUsers() {
	}

	public static SignedInUser of(Actor actor, String passwordHash, boolean enabled) {
		return new SignedInUser(actor, passwordHash, enabled);
	}

	public static OidcSignedInUser oidc(Actor actor, org.springframework.security.oauth2.core.oidc.user.OidcUser user,
			String nameAttribute) {
		return new OidcSignedInUser(actor, user.getAuthorities(), user.getIdToken(), user.getUserInfo(), nameAttribute);
	}
}
