package se.samverkan.planning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.platform.attention.AttentionItem;
import se.samverkan.platform.attention.AttentionSource;

/**
 * On a coordinator's start page: this year's action plan they work on, one click away, and how many
 * of its activities are late (their end date has passed and they are neither done nor cancelled),
 * leading to the plan's timeline where the late ones are marked. A local coordinator sees the plans
 * of their districts; a central coordinator the city-wide plan.
 */
@Component
class PlanningAttention implements AttentionSource {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final ActionPlans plans;

	private final Activities activities;

	private final OrganisationDirectory organisation;

	PlanningAttention(ActionPlans plans, Activities activities, OrganisationDirectory organisation) {
		this.plans = plans;
		this.activities = activities;
		this.organisation = organisation;
	}

	@Override
	public List<AttentionItem> itemsFor(String username, Set<String> roles, Set<UUID> scopeUnits) {
		boolean local = roles.contains("LOCAL_COORDINATOR");
		boolean central = roles.contains("CENTRAL_COORDINATOR");
		if (!local && !central) {
			return List.of();
		}
		LocalDate today = LocalDate.now(STOCKHOLM);
		List<AttentionItem> items = new ArrayList<>();
		for (ActionPlan plan : plans.find(today.getYear(), null, scopeUnits)) {
			boolean mine = plan.scope() == PlanScope.LOCAL ? local : central;
			if (!mine) {
				continue;
			}
			String name = plan.districtId() == null ? null
					: organisation.unit(plan.districtId()).map(OrganisationalUnit::name).orElse("");
			Object[] which = name == null ? new Object[] { String.valueOf(plan.year()) }
					: new Object[] { String.valueOf(plan.year()), name };
			String key = name == null ? "attention.plan.city-wide" : "attention.plan.local";
			items.add(new AttentionItem("INFO", key, which, "/plans/" + plan.id()));
			long late = activities.ofPlan(plan.id()).stream().filter(activity -> activity.isLate(today)).count();
			if (late > 0) {
				items.add(new AttentionItem("WARNING", key + ".late", new Object[] { late, which[0], name },
						"/plans/" + plan.id() + "/timeline"));
			}
		}
		return items;
	}
}
