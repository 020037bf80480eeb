package se.samverkan.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.platform.attention.AttentionItem;
import se.samverkan.platform.attention.AttentionSource;

/**
 * On the start page: local steering groups in the user's scope without a member of each party. A
 * local steering group is the two parties' (the local agreement is signed by the district committee
 * and the local police area), and without both it cannot establish a joint situation picture.
 * Named for local users; counted, with a link to the groups, for those who read the whole city.
 */
@Component
class GroupAttention implements AttentionSource {

	private static final Set<String> CONCERNED = Set.of("LOCAL_COORDINATOR", "STEERING_MEMBER", "CENTRAL_COORDINATOR",
			"SYSTEM_ADMIN");

	private final GroupManagement groups;

	GroupAttention(GroupManagement groups) {
		this.groups = groups;
	}

	@Override
	public List<AttentionItem> itemsFor(String username, Set<String> roles, Set<UUID> scopeUnits) {
		if (roles.stream().noneMatch(CONCERNED::contains)) {
			return List.of();
		}
		Map<OrganisationalUnit, Set<String>> missing = groups.steeringGroupsMissingAParty(scopeUnits);
		List<AttentionItem> items = new ArrayList<>();
		if (missing.isEmpty()) {
			return items;
		}
		if (scopeUnits == null) {
			items.add(new AttentionItem("WARNING", "attention.group.party-missing.count", new Object[] { missing.size() },
					"/groups?type=LOCAL_STEERING_GROUP"));
		}
		else {
			missing.forEach((district, parties) -> items.add(new AttentionItem("WARNING",
					"attention.group.party-missing." + String.join("_", parties), new Object[] { district.name() },
					"/groups?unitId=" + district.id())));
		}
		return items;
	}
}
