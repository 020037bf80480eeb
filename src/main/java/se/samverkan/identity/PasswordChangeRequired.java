package se.samverkan.identity;

import java.util.Map;

import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.Refusal;

/**
 * The password was right but is a temporary one (a new account, a reset): nothing is handed out
 * until it is changed (403, {@code "code": "password-change-required"}; API.md, "People and access").
 */
public class PasswordChangeRequired extends DomainProblem {

	public static final String CODE = "password-change-required";

	public PasswordChangeRequired() {
		super("identity.problem.password-change-required");
	}

	@Override
	public Refusal refusal() {
		return Refusal.FORBIDDEN;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("code", CODE);
	}
}
