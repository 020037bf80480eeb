package se.samverkan.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import se.samverkan.identity.Accounts;
import se.samverkan.identity.SignedInUser;
import se.samverkan.identity.SignedInUsers;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>}. A missing or invalid
 * token leaves the request anonymous, and the security chain answers 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(ApiTokens tokens, Accounts accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			tokens.userOf(header.substring(PREFIX.length()).trim())
				.flatMap(accounts::byId)
				.ifPresent(account -> {
					SignedInUser user = SignedInUsers.of(accounts, account);
					user.eraseCredentials();
					var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
					var context = contexts.createEmptyContext();
					context.setAuthentication(authentication);
					contexts.setContext(context);
				});
		}
		chain.doFilter(request, response);
	}
}
