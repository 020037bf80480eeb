package se.samverkan.platform.web;

import org.springframework.http.HttpStatus;

/** The user may not do this, or not in this scope (403). */
public class Forbidden extends DomainProblem {

	public Forbidden() {
		super("samverkan.problem.forbidden");
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}
}
