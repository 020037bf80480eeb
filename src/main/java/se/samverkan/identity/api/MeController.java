package se.samverkan.identity.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.identity.OwnAccount;
import se.samverkan.identity.internal.ApiTokens;

/** Who the caller is; their own password and API tokens. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Authentication")
class MeController {

	private final OwnAccount ownAccount;

	private final ApiTokens tokens;

	MeController(OwnAccount ownAccount, ApiTokens tokens) {
		this.ownAccount = ownAccount;
		this.tokens = tokens;
	}

	record Me(String username, String displayName, String party, List<Grant> roles) {
	}

	record Grant(String role, UUID unitId, String unitName) {
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

	record TokenResponse(UUID id, OffsetDateTime issuedAt, OffsetDateTime expiresAt, String issuedFrom,
			boolean current) {
	}

	@GetMapping("/me")
	Me me() {
		Actor actor = CurrentActor.get();
		return new Me(actor.username(), actor.displayName(), actor.party(), actor.grants()
			.stream()
			.map(grant -> new Grant(grant.role().name(), grant.unitId(), grant.unitName()))
			.toList());
	}

	@PutMapping("/me/password")
	@Operation(summary = "Change one's own password",
			description = "204. A wrong currentPassword or a weak newPassword 400 on that field. The caller's other "
					+ "API tokens are revoked; the token used for this request stays valid.")
	ResponseEntity<Void> changePassword(@RequestBody PasswordChange change, HttpServletRequest request) {
		ownAccount.changePassword(CurrentActor.get(), change.currentPassword(), change.newPassword(),
				new OwnAccount.Origin(request.getRemoteAddr(), currentTokenId(request).orElse(null), null));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/me/tokens")
	@Operation(summary = "One's own unexpired API tokens (never the tokens themselves)")
	List<TokenResponse> tokens(HttpServletRequest request) {
		UUID current = currentTokenId(request).orElse(null);
		return ownAccount.tokens(CurrentActor.get())
			.stream()
			.map(token -> new TokenResponse(token.id(), token.issuedAt(), token.expiresAt(), token.issuedFrom(),
					token.id().equals(current)))
			.toList();
	}

	@DeleteMapping("/me/tokens/{id}")
	@Operation(summary = "Revoke one of one's own API tokens", description = "204; another user's token 404.")
	ResponseEntity<Void> revokeToken(@PathVariable UUID id) {
		ownAccount.revokeToken(CurrentActor.get(), id);
		return ResponseEntity.noContent().build();
	}

	private Optional<UUID> currentTokenId(HttpServletRequest request) {
		return Optional.ofNullable(BearerTokens.presented(request)).flatMap(tokens::idOf);
	}
}
