package se.samverkan.communication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.communication.Communications.Filter;
import se.samverkan.communication.Communications.Visibility;
import se.samverkan.communication.internal.ContentRules;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.ActorDirectory;
import se.samverkan.identity.Scope;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.planning.ActivitySummaries;
import se.samverkan.planning.ActivitySummaries.ActivitySummary;
import se.samverkan.planning.ActivitySummaries.PlanActivities;
import se.samverkan.planning.PlanScope;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.VersionConflict;

/**
 * Joint communication: drafting, changing, approving for one's party, publishing and withdrawing,
 * each step one transaction with its audit entry. Who may do what is {@link Action#COMMUNICATE} in
 * the item's scope (its district, or the whole city for a city-wide item): communicators and
 * central coordinators of either party, and for a local item that district's coordinators. The
 * rules of approval are the item's own ({@link Communication#approveFor}).
 */
@Service
public class CommunicationManagement {

	public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** Items at most on the start page's list of what needs the user. */
	private static final int ATTENTION_MAX = 50;

	private final Communications communications;

	private final AccessPolicy policy;

	private final OrganisationDirectory organisation;

	private final ActivitySummaries activities;

	private final PublishedCompilations compilations;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final PublishedCommunications published;

	private final ActorDirectory actors;

	CommunicationManagement(Communications communications, PublishedCommunications published, AccessPolicy policy,
			ActorDirectory actors, OrganisationDirectory organisation, ActivitySummaries activities,
			PublishedCompilations compilations, AuditLog audit, ApplicationEventPublisher events) {
		this.communications = communications;
		this.published = published;
		this.policy = policy;
		this.actors = actors;
		this.organisation = organisation;
		this.activities = activities;
		this.compilations = compilations;
		this.audit = audit;
		this.events = events;
	}

	/** A page of items and how many there are in all. */
	public record Found(List<Communication> items, long total) {
	}

	/** The items the actor may see, newest change first. */
	@Transactional(readOnly = true)
	public Found find(Actor actor, Filter filter, int offset, int limit) {
		Visibility visibility = visibility(actor);
		if (visibility.read().isEmpty() && visibility.communicate().isEmpty()) {
			throw new Forbidden();
		}
		if (filter.districtId() != null && !visibility.read().includes(filter.districtId())
				&& !visibility.communicate().includes(filter.districtId())) {
			throw new Forbidden();
		}
		return new Found(communications.find(visibility, filter, offset, limit), communications.count(visibility, filter));
	}

	@Transactional(readOnly = true)
	public Communication get(Actor actor, UUID id) {
		Communication item = communications.byId(id).orElseThrow(() -> new NotFound("communication", id));
		if (!mayRead(actor, item)) {
			throw new Forbidden();
		}
		return item;
	}

	/** A new draft; both parties' approvals are awaited. */
	@Transactional
	public Communication draft(Actor actor, CommunicationInput input) {
		if (policy.scope(actor, Action.COMMUNICATE).isEmpty()) {
			throw new Forbidden();
		}
		CommunicationContent content = rules(actor).check(input, null);
		policy.require(actor, Action.COMMUNICATE, content.scopeUnitId());
		Communication item = Communication.draft(content, actor.username(), actor.party(), now());
		communications.insert(item);
		communications.saveRevision(item, actor.username());
		audit.recordChange("CREATE", "Communication", item.id(), content.districtId(), null, snapshot(item));
		announceAwaitedApprovals(item);
		return communications.byId(item.id()).orElseThrow();
	}

	/**
	 * Changes an item that is not published, if nobody saved it since the actor read {@code version}.
	 * Every standing approval is voided and both parties are asked again; the same content again
	 * changes nothing.
	 */
	@Transactional
	public Communication revise(Actor actor, UUID id, int version, CommunicationInput input) {
		Communication item = communications.lockById(id).orElseThrow(() -> new NotFound("communication", id));
		policy.require(actor, Action.COMMUNICATE, item.content().scopeUnitId());
		CommunicationContent content = rules(actor).check(input, item.content());
		policy.require(actor, Action.COMMUNICATE, content.scopeUnitId());
		if (version != item.version()) {
			throw new VersionConflict("meddelandet");
		}
		Map<String, Object> before = snapshot(item);
		if (!item.revise(content, actor.username(), now())) {
			return item;
		}
		communications.update(item);
		communications.saveRevision(item, actor.username());
		audit.recordChange("UPDATE", "Communication", id, content.districtId(), before, snapshot(item));
		announceAwaitedApprovals(item);
		return communications.byId(id).orElseThrow();
	}

	/**
	 * Approves the item for the actor's party. {@code revisionSeen}, when given, is the revision the
	 * actor read: if the text changed since, nothing is approved (409), since they have not seen it.
	 */
	@Transactional
	public Communication approve(Actor actor, UUID id, Integer revisionSeen) {
		Communication item = communications.lockById(id).orElseThrow(() -> new NotFound("communication", id));
		policy.require(actor, Action.COMMUNICATE, item.content().scopeUnitId());
		if (revisionSeen != null && revisionSeen != item.revision()) {
			throw new VersionConflict("meddelandet");
		}
		Map<String, Object> before = snapshot(item);
		item.approveFor(actor.party(), actor.username(), actor.displayName(), now());
		communications.update(item);
		audit.recordChange("APPROVE", "Communication", id, item.content().districtId(), before, snapshot(item));
		announceAwaitedApprovals(item);
		return communications.byId(id).orElseThrow();
	}

	/** Publishes an approved item now. */
	@Transactional
	public Communication publish(Actor actor, UUID id) {
		Communication item = communications.lockById(id).orElseThrow(() -> new NotFound("communication", id));
		policy.require(actor, Action.COMMUNICATE, item.content().scopeUnitId());
		publish(item, actor.username());
		return communications.byId(id).orElseThrow();
	}

	/** Withdraws a published item, with the reason, which is required. */
	@Transactional
	public Communication withdraw(Actor actor, UUID id, String reason) {
		Communication item = communications.lockById(id).orElseThrow(() -> new NotFound("communication", id));
		policy.require(actor, Action.COMMUNICATE, item.content().scopeUnitId());
		new FieldChecks().text("reason", reason, true, 2000).throwIfAny();
		Map<String, Object> before = snapshot(item);
		item.withdraw(reason.strip(), actor.username(), now());
		communications.update(item);
		if (item.content().audience() == Audience.EXTERNAL) {
			published.changed(item.withdrawnAt());
		}
		Map<String, Object> after = snapshot(item);
		after.put("reason", item.withdrawalReason());
		audit.recordChange("WITHDRAW", "Communication", id, item.content().districtId(), before, after);
		events.publishEvent(new CommunicationWithdrawn(id, item.content().title(), item.content().audience(),
				item.content().level(), item.content().districtId(), item.withdrawalReason(), item.withdrawnAt()));
		return communications.byId(id).orElseThrow();
	}

	/**
	 * Publishes every approved item whose planned publication date has come; run by
	 * {@link PlannedPublication} on one instance at a time. Returns how many were published.
	 */
	@Transactional
	public int publishDue(LocalDate today) {
		int published = 0;
		for (UUID id : communications.dueForPublication(today)) {
			Optional<Communication> item = communications.lockById(id);
			if (item.isPresent() && item.get().status() == CommunicationStatus.APPROVED) {
				publish(item.get(), AuditLog.SYSTEM);
				published++;
			}
		}
		return published;
	}

	/**
	 * What changed since the actor last approved the item (empty when they never approved it), or
	 * since {@code sinceRevision} when given.
	 */
	@Transactional(readOnly = true)
	public Optional<ChangesSinceApproval> changesSinceApproval(Actor actor, UUID id, Integer sinceRevision) {
		Communication item = get(actor, id);
		Optional<Approval> approval = item.latestApprovalBy(actor.username());
		Integer from = sinceRevision != null ? sinceRevision : approval.map(Approval::revision).orElse(null);
		if (from == null) {
			return Optional.empty();
		}
		Map<String, Object> then = communications.revision(id, from)
			.orElseThrow(() -> NotFound.because("communication.revision.none", from));
		Map<String, Object> current = item.content().fields();
		List<String> others = new ArrayList<>();
		current.forEach((field, value) -> {
			if (!field.equals("title") && !field.equals("body") && !Objects.equals(then.get(field), value)) {
				others.add(field);
			}
		});
		return Optional.of(new ChangesSinceApproval(from,
				approval.filter(given -> given.revision() == from).map(Approval::approvedAt).orElse(null),
				item.revision(), WordDiff.between(text(then.get("title")), item.content().title()),
				WordDiff.between(text(then.get("body")), item.content().body()), others));
	}

	/** Drafts the actor may approve for their party now: the approval queue of the start page. */
	@Transactional(readOnly = true)
	public List<Communication> approvalQueue(Actor actor) {
		Scope scope = policy.scope(actor, Action.COMMUNICATE);
		if (scope.isEmpty() || !Communication.APPROVING_PARTIES.contains(actor.party())) {
			return List.of();
		}
		return communications.find(new Visibility(Scope.NOTHING, scope),
				new Filter(CommunicationStatus.DRAFT, null, null, actor.party(), actor.username()), 0, ATTENTION_MAX);
	}

	/** Approved items the actor wrote that wait to be published by hand (no planned date). */
	@Transactional(readOnly = true)
	public List<Communication> readyToPublish(Actor actor) {
		Scope scope = policy.scope(actor, Action.COMMUNICATE);
		if (scope.isEmpty()) {
			return List.of();
		}
		return communications
			.find(new Visibility(Scope.NOTHING, scope), new Filter(CommunicationStatus.APPROVED, null, null, null, null), 0,
					ATTENTION_MAX)
			.stream()
			.filter(item -> item.wrote(actor.username()) && item.content().plannedPublicationDate() == null)
			.toList();
	}

	/** The linked activities the actor may read, by title and status. */
	@Transactional(readOnly = true)
	public List<ActivitySummary> linkedActivities(Actor actor, Communication item) {
		Map<UUID, ActivitySummary> readable = new LinkedHashMap<>();
		readableActivities(actor, item.content().activityIds()).forEach(activity -> readable.put(activity.id(), activity));
		return item.content().activityIds().stream().map(readable::get).filter(Objects::nonNull).toList();
	}

	/**
	 * What a writer may link to: the newest plan (established or not) of each district they draft
	 * for, and the city-wide handlingsplan.
	 */
	@Transactional(readOnly = true)
	public List<PlanActivities> linkableActivities(Actor actor) {
		List<PlanActivities> plans = new ArrayList<>();
		if (!policy.scope(actor, Action.READ).isEmpty()) {
			activities.latestPlan(null, today()).ifPresent(plans::add);
		}
		districtsFor(actor).forEach(district -> activities.latestPlan(district.id(), today()).ifPresent(plans::add));
		return plans;
	}

	/** The published yearly compilations an item may link to, newest year first. */
	@Transactional(readOnly = true)
	public List<PublishedCompilations.CompilationSummary> linkableCompilations() {
		return compilations.published();
	}

	/** The published compilation the item links to, if any. */
	@Transactional(readOnly = true)
	public Optional<PublishedCompilations.CompilationSummary> linkedCompilation(Communication item) {
		UUID id = item.content().compilationId();
		return id == null ? Optional.empty() : compilations.published(id);
	}

	public boolean mayDraft(Actor actor) {
		return !policy.scope(actor, Action.COMMUNICATE).isEmpty();
	}

	/** Whether the actor may change, publish and withdraw the item. */
	public boolean mayChange(Actor actor, Communication item) {
		return policy.allows(actor, Action.COMMUNICATE, item.content().scopeUnitId());
	}

	/** Whether the actor may approve the item for their party now. */
	public boolean mayApprove(Actor actor, Communication item) {
		return mayChange(actor, item) && item.awaitedParties().contains(actor.party()) && !item.wrote(actor.username());
	}

	/** The districts the actor may draft local items for (today's districts). */
	public List<OrganisationalUnit> districtsFor(Actor actor) {
		Scope scope = policy.scope(actor, Action.COMMUNICATE);
		return organisation.units(UnitType.DISTRICT, null, today())
			.stream()
			.filter(district -> scope.includes(district.id()))
			.toList();
	}

	/** Whether the actor may draft city-wide items. */
	public boolean mayDraftCityWide(Actor actor) {
		return policy.allows(actor, Action.COMMUNICATE, null);
	}

	private boolean mayRead(Actor actor, Communication item) {
		UUID unit = item.content().scopeUnitId();
		if (policy.allows(actor, Action.COMMUNICATE, unit)) {
			return true;
		}
		if (item.status() != CommunicationStatus.PUBLISHED) {
			return false;
		}
		Scope read = policy.scope(actor, Action.READ);
		return unit == null ? !read.isEmpty() : read.includes(unit);
	}

	private Visibility visibility(Actor actor) {
		return new Visibility(policy.scope(actor, Action.READ), policy.scope(actor, Action.COMMUNICATE));
	}

	private void publish(Communication item, String username) {
		Map<String, Object> before = snapshot(item);
		item.publish(username, now());
		communications.update(item);
		if (item.content().audience() == Audience.EXTERNAL) {
			published.changed(item.publishedAt());
		}
		audit.recordChange("PUBLISH", "Communication", item.id(), item.content().districtId(), before, snapshot(item));
		CommunicationContent content = item.content();
		events.publishEvent(new CommunicationPublished(item.id(), content.title(), content.audience(), content.level(),
				content.districtId(), item.publishedAt()));
	}

	/**
	 * Tells each party whose approval is awaited: the event names the people who may give it (the
	 * party's accounts that communicate in the item's scope and did not write it).
	 */
	private void announceAwaitedApprovals(Communication item) {
		List<String> awaited = item.awaitedParties();
		if (awaited.isEmpty()) {
			return;
		}
		List<Actor> everyone = actors.active();
		for (String party : awaited) {
			List<String> approvers = everyone.stream()
				.filter(actor -> party.equals(actor.party()) && !item.wrote(actor.username()))
				.filter(actor -> policy.allows(actor, Action.COMMUNICATE, item.content().scopeUnitId()))
				.map(Actor::username)
				.toList();
			events.publishEvent(new CommunicationAwaitingApproval(item.id(), item.content().title(), party,
					item.content().level(), item.content().districtId(), List.copyOf(item.writers()), approvers,
					item.revision()));
		}
	}

	private ContentRules rules(Actor actor) {
		return new ContentRules(
				id -> organisation.unit(id).filter(unit -> unit.type() == UnitType.DISTRICT).isPresent(),
				ids -> readableActivities(actor, ids),
				id -> compilations.published(id).isPresent(), today());
	}

	private List<ActivitySummary> readableActivities(Actor actor, List<UUID> ids) {
		Scope read = policy.scope(actor, Action.READ);
		return activities.byIds(ids)
			.stream()
			.filter(activity -> activity.planScope() == PlanScope.CITY_WIDE ? !read.isEmpty()
					: read.includes(activity.districtId()))
			.toList();
	}

	private static Map<String, Object> snapshot(Communication item) {
		Map<String, Object> snapshot = new LinkedHashMap<>(item.content().fields());
		snapshot.put("status", item.status().name());
		snapshot.put("revision", item.revision());
		snapshot.put("approvedBy", item.standingApprovals().stream().map(Approval::party).toList());
		return snapshot;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(STOCKHOLM);
	}

	static LocalDate today() {
		return LocalDate.now(STOCKHOLM);
	}
}
