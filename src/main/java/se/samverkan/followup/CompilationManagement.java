package se.samverkan.followup;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.governance.SteeringDocumentRegister;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Scope;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.Activity;
import se.samverkan.planning.CarryOver;
import se.samverkan.planning.PlanManagement;
import se.samverkan.planning.PlanScope;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.NotFound;

/**
 * The yearly compilation (the agreement: at the end of each year the beredningsgrupp compiles the
 * results and completed measures, draws up a plan for the coming year, and reports the compilation
 * back to the local organisations). A central coordinator makes it once per year; it creates the
 * draft city-wide plan for the next year holding exactly the unfinished city-wide activities, and
 * proposes each district's unfinished activities for its next plan, which the district accepts or
 * declines. Publishing notifies every district's coordinators and steering group.
 */
@Service
public class CompilationManagement {

	private final Compilations compilations;

	private final CompilationBuilder builder;

	private final PlanManagement plans;

	private final AccessPolicy policy;

	private final Recipients recipients;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final SteeringDocumentRegister steeringDocuments;

	CompilationManagement(Compilations compilations, CompilationBuilder builder, PlanManagement plans,
			AccessPolicy policy, Recipients recipients, AuditLog audit, ApplicationEventPublisher events,
			SteeringDocumentRegister steeringDocuments) {
		this.compilations = compilations;
		this.builder = builder;
		this.plans = plans;
		this.policy = policy;
		this.recipients = recipients;
		this.audit = audit;
		this.events = events;
		this.steeringDocuments = steeringDocuments;
	}

	/** Every reader may read the compilations (they are reported back to every local organisation). */
	@Transactional(readOnly = true)
	public List<Compilations.State> find(Actor actor) {
		requireReader(actor);
		return compilations.states();
	}

	@Transactional(readOnly = true)
	public AnnualCompilation get(Actor actor, UUID id) {
		requireReader(actor);
		return compilations.byId(id).orElseThrow(() -> new NotFound("compilation", id));
	}

	/** The proposals of a compilation in the districts the actor reads. */
	@Transactional(readOnly = true)
	public List<CarryOverProposal> proposals(Actor actor, UUID compilationId) {
		requireReader(actor);
		Scope scope = policy.scope(actor, Action.READ);
		return compilations.proposals(compilationId, scope.unitIdsOrNull());
	}

	/**
	 * Compiles the year. A second compilation of the same year is refused (409, naming it); so is a
	 * year whose next city-wide plan is already established (it cannot take the carried activities).
	 */
	@Transactional
	public AnnualCompilation compile(Actor actor, Integer year) {
		policy.require(actor, Action.EDIT_CITY_WIDE, null);
		if (year == null) {
			throw InvalidInput.of("year", "required", "Ange vilket år som ska sammanställas.");
		}
		if (year < 2000 || year > 2099) {
			throw InvalidInput.of("year", "range", "Året anges som 2000–2099.");
		}
		compilations.lockYear(year);
		compilations.ofYear(year).ifPresent(existing -> {
			throw new se.samverkan.platform.rules.RuleViolation("followup.rule.compilation-exists", year, existing.id());
		});
		List<ActionPlan> yearPlans = plans.find(actor, year, null);
		CompilationContent content = builder.build(year, yearPlans, steeringDocuments.all(actor)
			.stream()
			.map(document -> plans.steeringWork(actor, document.id(), year))
			.toList());
		UUID nextPlanId = yearPlans.stream()
			.filter(plan -> plan.scope() == PlanScope.CITY_WIDE)
			.findFirst()
			.map(plan -> plans.carryOverUnfinished(actor, plan.id(), year + 1))
			.map(CarryOver::planId)
			.orElseGet(() -> nextCityPlan(actor, year + 1));
		AnnualCompilation compilation = new AnnualCompilation(UUID.randomUUID(), year, AnnualCompilation.DRAFT,
				content, nextPlanId, actor.username(), OffsetDateTime.now(), null, null, 0);
		compilations.insert(compilation);
		propose(compilation, yearPlans);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("year", year);
		after.put("nextYearPlanId", nextPlanId.toString());
		after.put("districts", content.districts().size());
		audit.recordChange("CREATE", "AnnualCompilation", compilation.id(), null, null, after);
		return compilations.byId(compilation.id()).orElseThrow();
	}

	/** Publishes the compilation back to the local organisations; publishing twice is refused (409). */
	@Transactional
	public AnnualCompilation publish(Actor actor, UUID id) {
		policy.require(actor, Action.EDIT_CITY_WIDE, null);
		AnnualCompilation compilation = compilations.byId(id).orElseThrow(() -> new NotFound("compilation", id));
		compilation.requireDraft();
		compilations.publish(compilation, actor.username());
		audit.recordChange("PUBLISH", "AnnualCompilation", id, null, Map.of("status", AnnualCompilation.DRAFT),
				Map.of("status", AnnualCompilation.PUBLISHED));
		Set<String> to = recipients.ofCompilation(builder.districtsOf(compilation.year())
			.stream()
			.map(OrganisationalUnit::id)
			.toList());
		events.publishEvent(new CompilationPublished(id, compilation.year(), to));
		return compilations.byId(id).orElseThrow();
	}

	/** The district carries the proposed activity into its plan for next year. */
	@Transactional
	public CarryOverProposal accept(Actor actor, UUID proposalId) {
		CarryOverProposal proposal = openProposal(actor, proposalId);
		AnnualCompilation compilation = compilations.byId(proposal.compilationId()).orElseThrow();
		CarryOver carried = plans.carryOverActivity(actor, proposal.activityId(), compilation.year() + 1);
		UUID newActivity = carried.activities().get(proposal.activityId());
		compilations.decide(proposal, "ACCEPTED", actor.username(), null, newActivity);
		audit.recordChange("ACCEPT", "CarryOverProposal", proposalId, proposal.districtId(),
				Map.of("status", proposal.status()), Map.of("status", "ACCEPTED", "newActivityId", newActivity.toString()));
		return compilations.proposal(proposalId).orElseThrow();
	}

	/** The district declines to carry the activity over, optionally saying why. */
	@Transactional
	public CarryOverProposal decline(Actor actor, UUID proposalId, String reason) {
		CarryOverProposal proposal = openProposal(actor, proposalId);
		new FieldChecks().text("reason", reason, false, 2000).throwIfAny();
		String text = FieldChecks.clean(reason);
		compilations.decide(proposal, "DECLINED", actor.username(), text, null);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", "DECLINED");
		after.put("reason", text);
		audit.recordChange("DECLINE", "CarryOverProposal", proposalId, proposal.districtId(),
				Map.of("status", proposal.status()), after);
		return compilations.proposal(proposalId).orElseThrow();
	}

	public boolean mayCompile(Actor actor) {
		return policy.allows(actor, Action.EDIT_CITY_WIDE, null);
	}

	public boolean mayDecide(Actor actor, CarryOverProposal proposal) {
		return plans.mayEditDistrict(actor, proposal.districtId());
	}

	private CarryOverProposal openProposal(Actor actor, UUID proposalId) {
		CarryOverProposal proposal = compilations.proposal(proposalId)
			.orElseThrow(() -> new NotFound("proposal", proposalId));
		if (!plans.mayEditDistrict(actor, proposal.districtId())) {
			throw new Forbidden();
		}
		if (!proposal.isOpen()) {
			throw new se.samverkan.platform.rules.RuleViolation("followup.rule.proposal-decided");
		}
		return proposal;
	}

	private void propose(AnnualCompilation compilation, List<ActionPlan> yearPlans) {
		for (ActionPlan plan : yearPlans) {
			if (plan.scope() != PlanScope.LOCAL) {
				continue;
			}
			List<Activity> open = plans.activities(plan).stream().filter(a -> !a.status().closed()).toList();
			Map<UUID, UUID> carried = plans.carriedTo(open.stream().map(Activity::id).toList());
			int count = 0;
			for (Activity activity : open) {
				if (!carried.containsKey(activity.id())) {
					compilations.insertProposal(new CarryOverProposal(UUID.randomUUID(), compilation.id(),
							plan.districtId(), activity.id(), activity.content().title(), activity.status().name(),
							CarryOverProposal.PROPOSED, null, null, null, null, 0));
					count++;
				}
			}
			if (count > 0) {
				String name = compilation.content()
					.districts()
					.stream()
					.filter(d -> d.districtId().equals(plan.districtId()))
					.map(CompilationContent.DistrictResult::districtName)
					.findFirst()
					.orElse(null);
				events.publishEvent(new CarryOversProposed(compilation.id(), compilation.year(), plan.districtId(), name,
						count, recipients.coordinatorsOf(plan.districtId())));
			}
		}
	}

	/** Next year's city-wide plan where this year has none to carry from: the one that exists, or a new draft. */
	private UUID nextCityPlan(Actor actor, int year) {
		return plans.find(actor, year, null)
			.stream()
			.filter(plan -> plan.scope() == PlanScope.CITY_WIDE)
			.findFirst()
			.map(ActionPlan::id)
			.orElseGet(() -> plans.create(actor, PlanScope.CITY_WIDE.name(), null, year).id());
	}

	private void requireReader(Actor actor) {
		if (policy.scope(actor, Action.READ).isEmpty()) {
			throw new Forbidden();
		}
	}
}
