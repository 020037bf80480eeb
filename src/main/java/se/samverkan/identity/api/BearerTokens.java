package se.samverkan.identity.api;

import jakarta.servlet.http.HttpServletRequest;

/** The bearer token a request presents, if any. */
final class BearerTokens {

	private static final String PREFIX = "Bearer ";

	private BearerTokens() {
	}

	static String presented(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return null;
		}
		return header.substring(PREFIX.length()).trim();
	}
}
