package se.samverkan.platform.web;

import org.springframework.http.HttpStatus;

/** An id that names nothing (404). */
public class NotFound extends DomainProblem {

	public NotFound(String what, Object id) {
		super("samverkan.problem.not-found", what, id);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.NOT_FOUND;
	}
}
