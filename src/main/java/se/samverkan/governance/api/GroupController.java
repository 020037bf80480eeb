package se.samverkan.governance.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.governance.GroupManagement;
import se.samverkan.governance.GroupManagement.NewMember;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.Group;

/** The groups of the collaboration and their members (API.md, "Organisation"). */
@RestController
@RequestMapping("/api/v1/groups")
@Tag(name = "Organisation")
class GroupController {

	private final GroupManagement groups;

	GroupController(GroupManagement groups) {
		this.groups = groups;
	}

	/** A membership: {@code from} null means since before memberships were dated; {@code to} null, still a member. */
	record MemberResponse(UUID id, String username, String name, String party, String role, UUID unitId, LocalDate from,
			LocalDate to, boolean active) {

		static MemberResponse of(Group.Member member) {
			return new MemberResponse(member.id(), member.username(), member.name(), member.party(), member.role(),
					member.unitId(), member.from(), member.to(), member.isActiveOn(LocalDate.now()));
		}
	}

	/** {@code missingParties}: for a local steering group, the parties with no active member today. */
	record GroupResponse(UUID id, String type, UUID unitId, String unitName, String name, List<MemberResponse> members,
			List<String> missingParties) {

		static GroupResponse of(Group group, Map<UUID, String> unitNames) {
			List<String> missing = group.kind() == Group.GroupKind.LOCAL_STEERING_GROUP
					? List.copyOf(group.partiesMissingOn(LocalDate.now(), GroupManagement.AGREEMENT_PARTIES)) : List.of();
			return new GroupResponse(group.id(), group.type(), group.unitId(), unitNames.get(group.unitId()), group.name(),
					group.members().stream().map(MemberResponse::of).toList(), missing);
		}
	}

	record MemberRequest(String username, String name, String party, String role, LocalDate from, UUID unitId) {
	}

	@GetMapping
	@Operation(summary = "The groups, with every membership past and present",
			description = "type: CENTRAL_STEERING_GROUP, BEREDNINGSGRUPP, LOCAL_STEERING_GROUP or LOCAL_COLLABORATION; unitId: a district")
	List<GroupResponse> list(@RequestParam(required = false) String type, @RequestParam(required = false) UUID unitId) {
		Map<UUID, String> names = groups.unitNames();
		return groups.groups(CurrentActor.get(), type, unitId).stream().map(group -> GroupResponse.of(group, names)).toList();
	}

	@GetMapping("/{id}")
	GroupResponse get(@PathVariable UUID id) {
		return GroupResponse.of(groups.group(CurrentActor.get(), id), groups.unitNames());
	}

	@PostMapping("/{id}/members")
	@Operation(summary = "Adds a member (central coordinators and administrators)",
			description = "An account by username (name and party from the account), or a person by name with a party. from defaults to today.")
	ResponseEntity<MemberResponse> add(@PathVariable UUID id, @RequestBody(required = false) MemberRequest request) {
		MemberRequest body = request == null ? new MemberRequest(null, null, null, null, null, null) : request;
		Group.Member member = groups.addMember(CurrentActor.get(), id,
				new NewMember(body.username(), body.name(), body.party(), body.role(), body.from(), body.unitId()));
		return ResponseEntity.created(URI.create("/api/v1/groups/" + id)).body(MemberResponse.of(member));
	}

	@DeleteMapping("/{id}/members/{memberId}")
	@Operation(summary = "Ends a membership (its history is kept)", description = "to: the last day in the group, default today")
	ResponseEntity<Void> end(@PathVariable UUID id, @PathVariable UUID memberId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		groups.endMember(CurrentActor.get(), id, memberId, to);
		return ResponseEntity.noContent().build();
	}
}
