package se.samverkan.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.ActionPlans;
import se.samverkan.platform.attention.AttentionItem;
import se.samverkan.platform.attention.AttentionSource;

/**
 * On the start page: reports awaiting the steering group's or the beredningsgrupp's decision,
 * returned reports for those who write them, carry-overs to decide on, and the latest published
 * yearly compilation for every local organisation.
 */
@Component
class FollowupAttention implements AttentionSource {

	private final Reports reports;

	private final Compilations compilations;

	private final ActionPlans plans;

	private final se.samverkan.organisation.OrganisationDirectory organisation;

	FollowupAttention(Reports reports, Compilations compilations, ActionPlans plans,
			se.samverkan.organisation.OrganisationDirectory organisation) {
		this.reports = reports;
		this.compilations = compilations;
		this.plans = plans;
		this.organisation = organisation;
	}

	@Override
	public List<AttentionItem> itemsFor(String username, Set<String> roles, Set<UUID> scopeUnits) {
		boolean steers = roles.contains("STEERING_MEMBER") || roles.contains("CENTRAL_COORDINATOR");
		boolean writes = roles.contains("LOCAL_COORDINATOR") || roles.contains("CENTRAL_COORDINATOR");
		List<AttentionItem> items = new ArrayList<>();
		if (steers || writes) {
			Map<UUID, String> names = new HashMap<>();
			for (FollowupReport report : reports.find(null, null, null, scopeUnits)) {
				boolean awaits = steers && report.status() == ReportStatus.SUBMITTED && !report.isAuthor(username)
						&& (report.districtId() != null || roles.contains("CENTRAL_COORDINATOR"));
				boolean returned = writes && report.status() == ReportStatus.RETURNED
						&& (report.districtId() != null || roles.contains("CENTRAL_COORDINATOR"));
				if (awaits || returned) {
					String name = names.computeIfAbsent(report.planId(), id -> plans.byId(id).map(this::name).orElse(""));
					items.add(new AttentionItem(awaits ? "WARNING" : "URGENT",
							awaits ? "attention.report.awaiting" : "attention.report.returned",
							new Object[] { name + " " + report.period().code() }, "/reports/" + report.id()));
				}
			}
		}
		if (roles.contains("LOCAL_COORDINATOR")) {
			Map<UUID, List<CarryOverProposal>> open = new HashMap<>();
			compilations.openProposals(scopeUnits).forEach(p -> open.computeIfAbsent(p.compilationId(), id -> new ArrayList<>()).add(p));
			open.forEach((compilation, proposals) -> items.add(new AttentionItem("WARNING", "attention.carry-over",
					new Object[] { proposals.size() }, "/compilations/" + compilation + "#proposals")));
		}
		compilations.states()
			.stream()
			.filter(state -> AnnualCompilation.PUBLISHED.equals(state.status()))
			.findFirst()
			.ifPresent(state -> items.add(new AttentionItem("INFO", "attention.compilation.published",
					new Object[] { String.valueOf(state.year()) }, "/compilations/" + state.id())));
		return items;
	}

	private String name(ActionPlan plan) {
		return plan.districtId() == null ? "Stadsövergripande handlingsplan"
				: organisation.unit(plan.districtId()).map(unit -> unit.name()).orElse("");
	}
}
