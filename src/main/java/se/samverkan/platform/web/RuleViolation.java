package se.samverkan.platform.web;

import org.springframework.http.HttpStatus;

/** A workflow step the current state or the rules forbid (409), e.g. signing twice. */
public class RuleViolation extends DomainProblem {

	public RuleViolation(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}
}
