package se.samverkan.identity.api;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.identity.OwnAccount;
import se.samverkan.identity.PasswordChangeRequired;
import se.samverkan.identity.SignedInUser;
import se.samverkan.identity.internal.ApiTokens;

/** Exchanges a user name and password for a bearer token, and revokes the token presented (signing out). */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class TokenController {

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	private final OwnAccount ownAccount;

	TokenController(AuthenticationManager authentication, ApiTokens tokens, OwnAccount ownAccount) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.ownAccount = ownAccount;
	}

	/** {@code newPassword} replaces a temporary password in the same request. */
	record Credentials(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password,
			String newPassword) {
	}

	record Token(String token, String tokenType, OffsetDateTime expiresAt) {
	}

	@PostMapping("/token")
	@Operation(summary = "Sign in: a bearer token for a user name and password",
			description = "A temporary password answers 403 with code password-change-required; the same request with "
					+ "newPassword sets the new password and answers the token.")
	Token token(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
		var attempt = UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password());
		attempt.setDetails(new WebAuthenticationDetails(request.getRemoteAddr(), null));
		var user = (SignedInUser) authentication.authenticate(attempt).getPrincipal();
		if (user.passwordChangeRequired()) {
			if (credentials.newPassword() == null) {
				throw new PasswordChangeRequired();
			}
			ownAccount.replaceTemporaryPassword(user.actor().userId(), credentials.newPassword(),
					new OwnAccount.Origin(request.getRemoteAddr(), null, null));
		}
		var issued = tokens.issue(user.actor().userId(), request.getRemoteAddr());
		return new Token(issued.token(), "Bearer", issued.expiresAt());
	}

	@DeleteMapping("/token")
	@Operation(summary = "Sign out: revoke the token presented", description = "204; the token then answers 401.")
	ResponseEntity<Void> revoke(HttpServletRequest request) {
		tokens.revoke(BearerTokens.presented(request));
		return ResponseEntity.noContent().build();
	}

	/** One answer for every refusal, so it never tells whether the user name exists. */
	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> refused(AuthenticationException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, BadCredentialsMessage.TEXT);
		problem.setTitle("Unauthorized");
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static final class BadCredentialsMessage {

		static final String TEXT = "Fel användarnamn eller lösenord.";

		private BadCredentialsMessage() {
		}
	}

}
