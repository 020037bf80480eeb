package se.samverkan.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import se.samverkan.identity.AccountPrincipal;
import se.samverkan.identity.Accounts;
import se.samverkan.identity.OidcSignedInUser;
import se.samverkan.identity.SignedInUser;
import se.samverkan.identity.SignedInUsers;

/**
 * Keeps page sessions true to the account (issue 14, point 6): on every request of a signed-in page
 * session it reads the account's access version, one indexed row. A disabled account's session ends
 * there and then; when roles or the password changed, the session's principal is read anew, so a
 * revoked role is gone on the very next request and a granted one is there without signing in again.
 */
class AccountRefreshFilter extends OncePerRequestFilter {

	private final Accounts accounts;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	AccountRefreshFilter(Accounts accounts) {
		this.accounts = accounts;
	}

	/** Static files need no account. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/img/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			var account = accounts.byId(principal.actor().userId()).filter(Accounts.Account::enabled);
			if (account.isEmpty()) {
				contexts.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (account.get().accessVersion() != principal.accessVersion()) {
				SecurityContext context = contexts.createEmptyContext();
				context.setAuthentication(refreshed(authentication, principal, account.get()));
				contexts.setContext(context);
				repository.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private Authentication refreshed(Authentication authentication, AccountPrincipal principal, Accounts.Account account) {
		if (principal instanceof OidcSignedInUser oidc && authentication instanceof OAuth2AuthenticationToken token) {
			OidcSignedInUser user = oidc.withActor(accounts.actorOf(account), account.accessVersion());
			return new OAuth2AuthenticationToken(user, user.getAuthorities(), token.getAuthorizedClientRegistrationId());
		}
		SignedInUser user = SignedInUsers.of(accounts, account);
		user.eraseCredentials();
		var refreshed = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		refreshed.setDetails(authentication.getDetails());
		return refreshed;
	}
}
