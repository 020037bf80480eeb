package se.samverkan.identity.api;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import se.samverkan.identity.SignedInUser;
import se.samverkan.identity.internal.ApiTokens;

/** Exchanges a user name and password for a bearer token. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class TokenController {

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	TokenController(AuthenticationManager authentication, ApiTokens tokens) {
		this.authentication = authentication;
		this.tokens = tokens;
	}

	record Credentials(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
	}

	record Token(String token, String tokenType, OffsetDateTime expiresAt) {
	}

	@PostMapping("/token")
	Token token(@Valid @RequestBody Credentials credentials) {
		var result = authentication
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password()));
		var user = (SignedInUser) result.getPrincipal();
		var issued = tokens.issue(user.actor().userId());
		return new Token(issued.token(), "Bearer", issued.expiresAt());
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
