package se.samverkan.identity.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.identity.Accounts.Grant;
import se.samverkan.identity.CurrentActor;
import se.samverkan.identity.Role;
import se.samverkan.identity.UserManagement;
import se.samverkan.identity.UserManagement.UserView;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.PageOf;

/**
 * People and access (API.md): system administrators administer every account, central
 * coordinators the accounts of their own party.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "People and access")
class UserController {

	private final UserManagement users;

	UserController(UserManagement users) {
		this.users = users;
	}

	record NewUserRequest(String username, String displayName, String party, UUID partnerId, String email,
			String temporaryPassword) {
	}

	record UpdateRequest(String displayName, String email, Integer version) {
	}

	record GrantRequest(String role, UUID unitId) {
	}

	record PasswordReset(String temporaryPassword) {
	}

	record GrantResponse(UUID id, String role, UUID unitId, String unitName, String source, OffsetDateTime grantedAt,
			String grantedBy) {

		static GrantResponse of(Grant grant) {
			return new GrantResponse(grant.id(), grant.role().name(), grant.unitId(), grant.unitName(), grant.source(),
					grant.grantedAt(), grant.grantedBy());
		}
	}

	record UserResponse(UUID id, String username, String displayName, String party, UUID partnerId, String partnerName,
			String email, boolean active, boolean passwordChangeRequired, boolean passwordSignIn, boolean oidcLinked,
			int lockedAddresses, List<GrantResponse> roles, OffsetDateTime createdAt, int version) {

		static UserResponse of(UserView view) {
			var account = view.account();
			return new UserResponse(account.id(), account.username(), account.displayName(), account.party(),
					account.partnerId(), view.partner() == null ? null : view.partner().name(), account.email(),
					account.enabled(), account.passwordChangeRequired(), account.signsInWithPassword(),
					account.linkedToIdentityProvider(), view.lockedAddresses(),
					view.grants().stream().map(GrantResponse::of).toList(), account.createdAt(), account.version());
		}
	}

	@GetMapping
	@Operation(summary = "Users, with search and filters",
			description = "q matches user name, display name and e-mail; party is CITY, POLICE or PARTNER.")
	PageOf<UserResponse> list(@RequestParam(required = false) String q, @RequestParam(required = false) String party,
			@RequestParam(required = false) Role role, @RequestParam(required = false) UUID unitId,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) UUID partnerId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		int checkedSize = PageOf.checkedSize(size);
		int checkedPage = Math.max(page, 0);
		if (party != null && !List.of("CITY", "POLICE", "PARTNER").contains(party)) {
			throw InvalidInput.of("party", "unknown", "party är CITY, POLICE eller PARTNER.");
		}
		var found = users.find(CurrentActor.get(),
				new UserManagement.UserQuery(q, party, role, unitId, active, partnerId), checkedPage, checkedSize);
		return new PageOf<>(found.items().stream().map(UserResponse::of).toList(), checkedPage, checkedSize,
				found.totalItems());
	}

	@PostMapping
	@Operation(summary = "Create a user",
			description = "party (CITY, POLICE) or partnerId, not both. Without temporaryPassword the user signs in "
					+ "through OIDC only; with it the password must be changed at the first sign-in. A user name "
					+ "already taken 409 on username.")
	ResponseEntity<UserResponse> create(@RequestBody NewUserRequest request) {
		var created = users.create(CurrentActor.get(), new UserManagement.NewUser(request.username(),
				request.displayName(), request.party(), request.partnerId(), request.email(), request.temporaryPassword()));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.account().id()))
			.body(UserResponse.of(created));
	}

	@GetMapping("/{id}")
	UserResponse get(@PathVariable UUID id) {
		return UserResponse.of(users.get(CurrentActor.get(), id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a user's display name and e-mail", description = "With the version read; stale 409.")
	UserResponse update(@PathVariable UUID id, @RequestBody UpdateRequest request) {
		return UserResponse
			.of(users.update(CurrentActor.get(), id, request.displayName(), request.email(), request.version()));
	}

	@PostMapping("/{id}/roles")
	@Operation(summary = "Grant a role at a unit (no unitId: the whole municipality)",
			description = "201. The user's API tokens are revoked and page sessions re-read the roles. An unknown role "
					+ "or unit, or a role at a unit of the wrong kind or party, 400 on that field; a role held 409.")
	ResponseEntity<GrantResponse> grant(@PathVariable UUID id, @RequestBody GrantRequest request) {
		Grant grant = users.grant(CurrentActor.get(), id, request.role(), request.unitId());
		return ResponseEntity.created(URI.create("/api/v1/users/" + id + "/roles/" + grant.id()))
			.body(GrantResponse.of(grant));
	}

	@DeleteMapping("/{id}/roles/{roleId}")
	@Operation(summary = "Revoke a role", description = "204; the last system administrator's role 409.")
	ResponseEntity<Void> revoke(@PathVariable UUID id, @PathVariable UUID roleId) {
		users.revoke(CurrentActor.get(), id, roleId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/disable")
	@Operation(summary = "Disable a user",
			description = "Refused at once by token and page; history kept. The last system administrator 409 on active.")
	UserResponse disable(@PathVariable UUID id) {
		return UserResponse.of(users.disable(CurrentActor.get(), id));
	}

	@PostMapping("/{id}/enable")
	UserResponse enable(@PathVariable UUID id) {
		return UserResponse.of(users.enable(CurrentActor.get(), id));
	}

	@PostMapping("/{id}/password-reset")
	@Operation(summary = "Reset the password to a temporary one",
			description = "204; the user must change it at the next sign-in. Tokens and page sessions end.")
	ResponseEntity<Void> resetPassword(@PathVariable UUID id, @RequestBody PasswordReset request) {
		users.resetPassword(CurrentActor.get(), id, request.temporaryPassword());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/unlock")
	@Operation(summary = "Lift the sign-in locks of the user's name at every client address", description = "204.")
	ResponseEntity<Void> unlock(@PathVariable UUID id) {
		users.unlock(CurrentActor.get(), id);
		return ResponseEntity.noContent().build();
	}
}
