package se.samverkan.governance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Accounts;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.organisation.Group;
import se.samverkan.organisation.Group.GroupKind;
import se.samverkan.organisation.GroupMembership;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.Party;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.NotFound;

/**
 * The groups of the collaboration as users see and keep them: the central steering group, the
 * beredningsgrupp, and each district's local steering group and collaboration organisation. Every
 * reader sees them (who decides is no secret); central coordinators and administrators change who
 * sits in them. Memberships are ended, not removed.
 */
@Service
public class GroupManagement {

	/** The parties a local steering group needs a member of: the agreement's two. */
	public static final Set<String> AGREEMENT_PARTIES = new LinkedHashSet<>(List.of("CITY", "POLICE"));

	private final OrganisationDirectory organisation;

	private final GroupMembership membership;

	private final AccessPolicy policy;

	private final Accounts accounts;

	GroupManagement(OrganisationDirectory organisation, GroupMembership membership, AccessPolicy policy,
			Accounts accounts) {
		this.organisation = organisation;
		this.membership = membership;
		this.policy = policy;
		this.accounts = accounts;
	}

	/** A new member: an account ({@code username}) or a person by {@code name}, their party and role. */
	public record NewMember(String username, String name, String party, String role, LocalDate from, UUID unitId) {
	}

	/** The groups of a type and/or unit; {@code type} as the API names it (BEREDNINGSGRUPP, ...). */
	@Transactional(readOnly = true)
	public List<Group> groups(Actor actor, String type, UUID unitId) {
		requireReader(actor);
		GroupKind kind = null;
		if (type != null && !type.isBlank()) {
			kind = GroupKind.ofType(type.trim());
			if (kind == null) {
				throw se.samverkan.platform.rules.InvalidInput.of("type", "unknown",
						"Gruppens typ är CENTRAL_STEERING_GROUP, BEREDNINGSGRUPP, LOCAL_STEERING_GROUP eller LOCAL_COLLABORATION.");
			}
		}
		GroupKind chosen = kind;
		return organisation.groups(unitId)
			.stream()
			.filter(group -> chosen == null || group.kind() == chosen)
			.sorted(java.util.Comparator.comparing((Group group) -> group.kind().ordinal()).thenComparing(Group::name))
			.toList();
	}

	@Transactional(readOnly = true)
	public Group group(Actor actor, UUID id) {
		requireReader(actor);
		return organisation.group(id).orElseThrow(() -> new NotFound("group", id));
	}

	/** Adds a member; an account's name and party come from the account. */
	@Transactional
	public Group.Member addMember(Actor actor, UUID groupId, NewMember input) {
		requireMaintainer(actor);
		Group group = organisation.group(groupId).orElseThrow(() -> new NotFound("group", groupId));
		FieldChecks checks = new FieldChecks().text("username", input.username(), false, 100)
			.text("name", input.name(), false, 200)
			.text("role", input.role(), false, 200);
		String username = FieldChecks.clean(input.username());
		String name = FieldChecks.clean(input.name());
		String party = FieldChecks.clean(input.party());
		if (username != null) {
			var account = accounts.byUsername(username);
			if (account.isEmpty()) {
				checks.problem("username", "unknown", "Det finns inget konto med det användarnamnet.");
			}
			else {
				username = account.get().username();
				name = name != null ? name : account.get().displayName();
				if (party != null && !party.equals(account.get().party())) {
					checks.problem("party", "mismatch", "Kontot hör till en annan part.");
				}
				party = account.get().party();
			}
		}
		else if (name == null) {
			checks.problem("name", "required", "Ange ledamotens namn eller användarnamn.");
		}
		if (party == null && username == null) {
			checks.problem("party", "required", "Ange ledamotens part.");
		}
		else if (party != null && organisation.parties().stream().map(Party::code).noneMatch(party::equals)) {
			checks.problem("party", "unknown", "Okänd part.");
		}
		if (input.unitId() != null && organisation.unit(input.unitId()).isEmpty()) {
			checks.problem("unitId", "unknown", "Enheten finns inte.");
		}
		checks.throwIfAny();
		UUID id = membership.add(group.id(), name, FieldChecks.clean(input.role()), input.unitId(), username, party,
				input.from() == null ? LocalDate.now() : input.from());
		return organisation.group(groupId)
			.orElseThrow()
			.members()
			.stream()
			.filter(member -> member.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	/** Ends a membership on {@code to} (default today); it stays in the group's history. */
	@Transactional
	public void endMember(Actor actor, UUID groupId, UUID memberId, LocalDate to) {
		requireMaintainer(actor);
		membership.end(groupId, memberId, to == null ? LocalDate.now() : to);
	}

	public boolean mayMaintain(Actor actor) {
		return policy.allows(actor, Action.EDIT_CITY_WIDE, null) || policy.allows(actor, Action.ADMINISTER, null);
	}

	/**
	 * The districts in scope (null: all) whose local steering group has, today, no member of one of
	 * the agreement's parties, with the parties missing. Such a group cannot establish a joint item.
	 */
	@Transactional(readOnly = true)
	public Map<OrganisationalUnit, Set<String>> steeringGroupsMissingAParty(Set<UUID> scopeUnits) {
		Map<OrganisationalUnit, Set<String>> missing = new LinkedHashMap<>();
		LocalDate today = LocalDate.now();
		for (OrganisationalUnit district : organisation.units(UnitType.DISTRICT, null, today)) {
			if (scopeUnits != null && !scopeUnits.contains(district.id())) {
				continue;
			}
			organisation.decidingGroup(district.id()).ifPresent(group -> {
				Set<String> lacking = group.partiesMissingOn(today, AGREEMENT_PARTIES);
				if (!lacking.isEmpty()) {
					missing.put(district, lacking);
				}
			});
		}
		return missing;
	}

	/** Unit names for the groups' units and members' units. */
	@Transactional(readOnly = true)
	public Map<UUID, String> unitNames() {
		Map<UUID, String> names = new java.util.HashMap<>();
		organisation.units(null, null, LocalDate.now()).forEach(unit -> names.put(unit.id(), unit.name()));
		return names;
	}

	public List<Party> parties() {
		return organisation.parties();
	}

	private void requireReader(Actor actor) {
		if (policy.scope(actor, Action.READ).isEmpty()) {
			throw new Forbidden();
		}
	}

	private void requireMaintainer(Actor actor) {
		if (!mayMaintain(actor)) {
			throw new Forbidden();
		}
	}
}
