package se.samverkan.platform.web;

import org.springframework.http.HttpStatus;

import se.samverkan.platform.rules.Refusal;

/** The HTTP status of each kind of refusal the domain raises. */
public final class HttpStatuses {

	private HttpStatuses() {
	}

	public static HttpStatus of(Refusal refusal) {
		return switch (refusal) {
			case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case UPSTREAM_FAILED -> HttpStatus.BAD_GATEWAY;
		};
	}
}
