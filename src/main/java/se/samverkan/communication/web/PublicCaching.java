package se.samverkan.communication.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Conditional requests for the public pages and feeds: a strong ETag from what the page is made of
 * (its data and the language), and Last-Modified from the latest publication or withdrawal. A
 * client or cache that has the current version gets 304 without the page being rendered. Pages
 * may be kept by shared caches but must be revalidated each time, so a withdrawn item is gone at
 * once; the language comes from a cookie, hence {@code Vary: Cookie}.
 */
final class PublicCaching {

	static final String CACHE_CONTROL = "public, no-cache";

	private PublicCaching() {
	}

	/**
	 * Sets the validators and caching headers; true when the client's copy is current (the
	 * response is then 304 and the caller renders nothing).
	 */
	static boolean notModified(ServletWebRequest request, Instant lastModified, Object... content) {
		HttpServletResponse response = request.getResponse();
		if (response != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			response.setHeader(HttpHeaders.VARY, "Cookie");
		}
		String etag = etag(LocaleContextHolder.getLocale().getLanguage(), content);
		return lastModified == null ? request.checkNotModified(etag)
				: request.checkNotModified(etag, lastModified.toEpochMilli());
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
