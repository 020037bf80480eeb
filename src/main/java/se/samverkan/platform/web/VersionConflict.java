package se.samverkan.platform.web;

import org.springframework.http.HttpStatus;

/** An update sent with a version that someone else has already changed (409). */
public class VersionConflict extends DomainProblem {

	public VersionConflict(String what) {
		super("samverkan.problem.version-conflict", what);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}
}
