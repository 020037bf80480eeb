package se.samverkan.identity.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import se.samverkan.identity.AccountPrincipal;

/**
 * A page session signed in with a temporary password reaches nothing but the page that changes it
 * (and signing out), the way the API refuses a token until it is changed.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/css/", "/js/", "/img/", "/webjars/",
			"/error", "/favicon.ico");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& principal.passwordChangeRequired() && !open(request)) {
			response.sendRedirect(request.getContextPath() + PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean open(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN.stream().anyMatch(open -> open.endsWith("/") ? path.startsWith(open) : path.equals(open));
	}
}
