package se.samverkan.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413: at once when the declared length is too large,
 * and while reading when a chunked body grows past it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeFilter extends OncePerRequestFilter {

	private final RequestLimits limits;

	private final AntPathMatcher paths = new AntPathMatcher();

	RequestSizeFilter(RequestLimits limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			if (!ProblemHandler.isApi(request)) {
				refuseWithPage(request, response);
				return;
			}
			response.setStatus(413);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
					+ "\"detail\":\"Request body larger than " + limit + " bytes\"}");
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	/**
	 * A person at a page gets the error page in their language, not JSON. It is rendered as for a
	 * request without the body, since nothing on the way (the CSRF check, the locale, a multipart
	 * parser) may try to read what was refused.
	 */
	private static void refuseWithPage(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		HttpServletRequest bodiless = new BodilessRequest(request);
		bodiless.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 413);
		bodiless.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(413);
		response.setHeader("Connection", "close");
		request.getRequestDispatcher("/error").forward(bodiless, response);
	}

	private long limitFor(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean importPath = limits.importPaths().stream().anyMatch(pattern -> paths.match(pattern, path));
		return (importPath ? limits.maxImport() : limits.maxBody()).toBytes();
	}

	/** The request as a GET without a body, for showing the error page. */
	private static final class BodilessRequest extends HttpServletRequestWrapper {

		BodilessRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public String getHeader(String name) {
			return "Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name) ? null
					: super.getHeader(name);
		}

		@Override
		public java.util.Enumeration<String> getHeaders(String name) {
			return "Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name)
					? java.util.Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ServletInputStream() {
				@Override
				public int read() {
					return -1;
				}

				@Override
				public boolean isFinished() {
					return true;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					// nothing will ever arrive
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.StringReader(""));
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public java.util.Map<String, String[]> getParameterMap() {
			return java.util.Map.of();
		}

		@Override
		public java.util.Enumeration<String> getParameterNames() {
			return java.util.Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public java.util.Collection<jakarta.servlet.http.Part> getParts() {
			return java.util.List.of();
		}

		@Override
		public jakarta.servlet.http.Part getPart(String name) {
			return null;
		}
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedStream(super.getInputStream(), limit);
			}
			return stream;
		}
	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long read;

		LimitedStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws PayloadTooLarge {
			read += n;
			if (read > limit) {
				throw new PayloadTooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}
	}
}
