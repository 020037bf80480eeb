package se.samverkan.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import se.samverkan.audit.AuditLog;

/**
 * Username and password sign-in behind the throttle. Every refusal, whether the name is unknown,
 * the password wrong, the account disabled or the name locked, is the same
 * {@link BadCredentialsException}, so the answer never tells which.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final AuditLog audit;

	public ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle, AuditLog audit) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String logged = se.samverkan.platform.text.SafeText.of(username, 100);
		if (throttle.isLocked(username)) {
			throttle.recordFailure(username);
			audit.recordEvent(logged, "SIGN_IN_REFUSED", "User", null, java.util.Map.of("reason", "locked"));
			throw new BadCredentialsException("Bad credentials");
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.recordSuccess(username);
			audit.recordEvent(result.getName(), "SIGN_IN", "User", null, java.util.Map.of());
			return result;
		}
		catch (AuthenticationException ex) {
			throttle.recordFailure(username);
			audit.recordEvent(logged, "SIGN_IN_REFUSED", "User", null, java.util.Map.of("reason", "credentials"));
			throw new BadCredentialsException("Bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
