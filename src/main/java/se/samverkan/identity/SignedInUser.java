package se.samverkan.identity;

import java.util.Collection;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in session or token: the {@link Actor} plus what Spring Security needs. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private String passwordHash;

	private final boolean enabled;

	SignedInUser(Actor actor, String passwordHash, boolean enabled) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	public Actor actor() {
		return actor;
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
