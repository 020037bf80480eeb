package se.samverkan.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a file upload (a multipart body) from someone not signed in before anything reads it.
 * The CSRF check reads its token from the form, which makes the container parse the whole upload
 * onto disk, and it runs before the check that the user is signed in; without this, anyone could
 * have the server store 200 MB at a time. Signed-in users' uploads are then checked by the import
 * itself before it reads the file.
 */
class UploadsNeedSignIn extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			// As for any page that needs sign-in, but without reading the body first.
			response.sendRedirect(request.getContextPath() + "/login");
			return;
		}
		chain.doFilter(request, response);
	}
}
