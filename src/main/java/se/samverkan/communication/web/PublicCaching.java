package se.samverkan.communication.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Conditional requests and rendered copies for the public pages and feeds, which everyone reads
 * and few change. A page's strong ETag is a hash of what it is made of (its data and the
 * language), so the same ETag always means the same bytes: a client that has them gets 304, and
 * one that has not gets the copy rendered for the last client that asked, without rendering again.
 * Last-Modified is the latest publication or withdrawal. Shared caches may keep the pages but must
 * revalidate each time, so a withdrawn item is gone at once; the language comes from a cookie,
 * hence {@code Vary: Cookie}. Each instance keeps its own copies; the ETag is computed from the
 * database on every request, so instances never serve one another's stale pages.
 */
@Component
class PublicCaching extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, no-cache";

	private static final String RENDER_AS = PublicCaching.class.getName() + ".etag";

	/** Rendered copies by ETag; a few hundred pages and feeds of some ten kilobytes each at most. */
	private static final int COPIES = 256;

	private record Copy(String contentType, byte[] body) {
	}

	private final Map<String, Copy> copies = new LinkedHashMap<>(COPIES, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Copy> eldest) {
			return size() > COPIES;
		}
	};

	/**
	 * Sets the validators and caching headers, then answers the request if it can: 304 when the
	 * client's copy is current, or the rendered copy of this version. False: the caller renders,
	 * and the rendering is kept for the next request.
	 */
	boolean answered(ServletWebRequest request, Instant lastModified, Object... content) {
		HttpServletResponse response = request.getResponse();
		if (response == null) {
			return false;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, "Cookie");
		String etag = etag(LocaleContextHolder.getLocale().getLanguage(), content);
		boolean notModified = lastModified == null ? request.checkNotModified(etag)
				: request.checkNotModified(etag, lastModified.toEpochMilli());
		if (notModified) {
			return true;
		}
		Copy copy;
		synchronized (copies) {
			copy = copies.get(etag);
		}
		if (copy == null) {
			request.getRequest().setAttribute(RENDER_AS, etag);
			return false;
		}
		try {
			response.setContentType(copy.contentType());
			response.setContentLength(copy.body().length);
			response.getOutputStream().write(copy.body());
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Keeps what a public page or feed rendered, under its ETag. */
	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
			Object etag = request.getAttribute(RENDER_AS);
			if (etag != null && wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentType() != null) {
				Copy copy = new Copy(wrapper.getContentType(), wrapper.getContentAsByteArray());
				synchronized (copies) {
					copies.put((String) etag, copy);
				}
			}
		}
		finally {
			wrapper.copyBodyToResponse();
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"GET".equals(request.getMethod()) || !(path.startsWith("/public") || path.equals("/feed.atom"));
	}

	private static String etag(String language, Object... content) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(language.getBytes(StandardCharsets.UTF_8));
			for (Object part : content) {
				digest.update((byte) 0);
				digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
			}
			return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}
}
