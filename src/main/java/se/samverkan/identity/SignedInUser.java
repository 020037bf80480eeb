package se.samverkan.identity;

import java.util.Collection;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in session or token: the {@link Actor} plus what Spring Security needs. */
public final class SignedInUser implements UserDetails, CredentialsContainer, AccountPrincipal {

	private static final long serialVersionUID = 2L;

	private final Actor actor;

	private String passwordHash;

	private final boolean enabled;

	private final boolean passwordChangeRequired;

	private final int accessVersion;

	SignedInUser(Actor actor, String passwordHash, boolean enabled, boolean passwordChangeRequired, int accessVersion) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.passwordChangeRequired = passwordChangeRequired;
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

	@Override
	public boolean passwordChangeRequired() {
		return passwordChangeRequired;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "SignedInUser[" + actor.username() + "]";
	}

}
