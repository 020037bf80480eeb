package se.samverkan.identity;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor behind the current request. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof SignedInUser user) {
			return Optional.of(user.actor());
		}
		if (principal instanceof OidcSignedInUser user) {
			return Optional.of(user.actor());
		}
		return Optional.empty();
	}

	public static Actor get() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
	}
}
