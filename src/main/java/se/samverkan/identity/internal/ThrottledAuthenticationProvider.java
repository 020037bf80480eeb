package se.samverkan.identity.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Accounts;
import se.samverkan.identity.SignedInUser;
import se.samverkan.identity.Usernames;

/**
 * Username and password sign-in behind the throttle. The name is read as {@link Usernames} reads
 * it, for the account and for the throttle alike. Every refusal, whether the name is unknown, the
 * password wrong, the account disabled or the name locked at this address, is the same
 * {@link BadCredentialsException}, so the answer never tells which. A refusal is counted, not
 * audited one by one ({@link SignInRefusals}).
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final SignInRefusals refusals;

	private final Accounts accounts;

	private final AuditLog audit;

	public ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle,
			SignInRefusals refusals, Accounts accounts, AuditLog audit) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.refusals = refusals;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = Usernames.normalise(authentication.getName());
		String address = clientAddress(authentication);
		if (throttle.isLocked(username, address)) {
			refusals.count(username, address, accountId(username));
			throw new BadCredentialsException("Bad credentials");
		}
		try {
			var normalised = UsernamePasswordAuthenticationToken.unauthenticated(username, authentication.getCredentials());
			normalised.setDetails(authentication.getDetails());
			Authentication result = passwords.authenticate(normalised);
			throttle.recordSuccess(username, address);
			UUID id = result.getPrincipal() instanceof SignedInUser user ? user.actor().userId() : null;
			audit.recordEvent(result.getName(), "SIGN_IN", "User", id, Map.of("via", "password"));
			return result;
		}
		catch (AuthenticationException ex) {
			throttle.recordFailure(username, address);
			refusals.count(username, address, accountId(username));
			throw new BadCredentialsException("Bad credentials");
		}
	}

	private UUID accountId(String username) {
		return accounts.byUsername(username).map(Accounts.Account::id).orElse(null);
	}

	/** The client's address as the web layer saw it (behind a proxy: as the trusted proxy reported it). */
	static String clientAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
