package se.samverkan.platform.web;

import java.io.IOException;

/** A request body over the limit for its path (413). */
public class PayloadTooLarge extends IOException {

	private final long limit;

	public PayloadTooLarge(long limit) {
		super("Request body larger than " + limit + " bytes");
		this.limit = limit;
	}

	public long limit() {
		return limit;
	}
}
