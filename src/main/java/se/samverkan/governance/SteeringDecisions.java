package se.samverkan.governance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.organisation.Group;
import se.samverkan.organisation.Group.Member;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.RuleViolation;

/**
 * Who decides, and the record of it. Establishing (and reopening) a district's situation picture or
 * action plan is a decision of the district's local steering group; for a city-wide item, of the
 * beredningsgrupp (the 2024 agreement's structure, as the Södermalm referral response describes
 * it). The one who records it must sit in that group on the decision date; a party's own picture
 * is decided by a member of that party; a joint item needs a member of each party: the first
 * decision leaves it awaiting the other party's confirmation.
 */
@Service
public class SteeringDecisions {

	private final Decisions decisions;

	private final OrganisationDirectory organisation;

	private final AccessPolicy policy;

	private final AuditLog audit;

	SteeringDecisions(Decisions decisions, OrganisationDirectory organisation, AccessPolicy policy, AuditLog audit) {
		this.decisions = decisions;
		this.organisation = organisation;
		this.policy = policy;
		this.audit = audit;
	}

	/** A recorded decision, and whether it completes establishing (false: a joint item awaits the other party). */
	public record Outcome(Decision decision, boolean complete) {
	}

	/**
	 * Records the decision to establish; for a joint item the first decision awaits a member of the
	 * other party, whose decision confirms it. {@code itemRules} (what the item itself must satisfy,
	 * e.g. every priority area addressed) run once the decider is known to be entitled, so that a
	 * refusal tells only them about the item. The caller changes the item's status accordingly.
	 */
	@Transactional
	public Outcome establish(Actor actor, DecisionSubject subject, DecisionInput input, Runnable itemRules) {
		Checked checked = check(actor, subject, input, true);
		itemRules.run();
		String kind = Decision.ESTABLISH;
		boolean complete = true;
		if (subject.isJoint()) {
			Decision awaiting = awaitingConfirmation(subject.id());
			if (awaiting == null) {
				complete = false;
			}
			else if (awaiting.party().equals(checked.member().party())) {
				throw new RuleViolation("governance.rule.awaits-other-party", partyName(awaiting.party()));
			}
			else {
				kind = Decision.CONFIRM;
			}
		}
		Decision decision = record(actor, subject, kind, checked);
		return new Outcome(decision, complete);
	}

	/** Records the decision to reopen an established item (any member of the deciding group). */
	@Transactional
	public Decision reopen(Actor actor, DecisionSubject subject, DecisionInput input) {
		return record(actor, subject, Decision.REOPEN, check(actor, subject, input, false));
	}

	/** The decisions on an item, oldest first. */
	@Transactional(readOnly = true)
	public List<Decision> of(UUID subjectId) {
		return decisions.of(subjectId);
	}

	/** The decisions on several items (for lists). */
	@Transactional(readOnly = true)
	public Map<UUID, List<Decision>> ofAll(List<UUID> subjectIds) {
		return decisions.ofAll(subjectIds);
	}

	/**
	 * The establishing decision of a joint item that still waits for the other party, or null: the
	 * last decision, if it is an ESTABLISH (a CONFIRM or a REOPEN closes the question).
	 */
	@Transactional(readOnly = true)
	public Decision awaitingConfirmation(UUID subjectId) {
		List<Decision> all = decisions.of(subjectId);
		Decision last = all.isEmpty() ? null : all.get(all.size() - 1);
		return last != null && last.kind().equals(Decision.ESTABLISH) ? last : null;
	}

	/**
	 * Whether the actor may decide on the item today (for the pages): a member of the deciding group,
	 * of the item's party where it has one, and not the party that a joint item already has.
	 */
	@Transactional(readOnly = true)
	public boolean mayDecide(Actor actor, DecisionSubject subject) {
		Group group = organisation.decidingGroup(subject.districtId()).orElse(null);
		if (group == null || !policy.allows(actor, Action.READ, subject.districtId())) {
			return false;
		}
		Member member = group.memberOn(actor.username(), LocalDate.now()).orElse(null);
		if (member == null || (subject.isOneParty() && !subject.authorParty().equals(member.party()))) {
			return false;
		}
		Decision awaiting = subject.isJoint() ? awaitingConfirmation(subject.id()) : null;
		return awaiting == null || !awaiting.party().equals(member.party());
	}

	/** Whether the actor sits today in the group that decides for the district (null: the city): they may reopen. */
	@Transactional(readOnly = true)
	public boolean mayReopen(Actor actor, UUID districtId) {
		return policy.allows(actor, Action.READ, districtId) && organisation.decidingGroup(districtId)
			.flatMap(group -> group.memberOn(actor.username(), LocalDate.now()))
			.isPresent();
	}

	/** The group that decides on items of the district (null: the city), for forms and messages. */
	@Transactional(readOnly = true)
	public java.util.Optional<Group> decidingGroup(UUID districtId) {
		return organisation.decidingGroup(districtId);
	}

	private record Checked(Group group, Member member, LocalDate date, String text, List<Member> present) {
	}

	private Checked check(Actor actor, DecisionSubject subject, DecisionInput input, boolean establishing) {
		DecisionInput given = input == null ? DecisionInput.defaults() : input;
		LocalDate today = LocalDate.now();
		LocalDate date = given.decisionDate() == null ? today : given.decisionDate();
		FieldChecks checks = new FieldChecks().text("decisionText", given.decisionText(), !establishing, 4000)
			.noNulls("presentMemberIds", given.presentMemberIds());
		if (date.isAfter(today)) {
			checks.problem("decisionDate", "future", "Ett beslut kan inte registreras före sammanträdet.");
		}
		checks.throwIfAny();
		if (!policy.allows(actor, Action.READ, subject.districtId())) {
			throw new Forbidden();
		}
		Group group = organisation.decidingGroup(subject.districtId())
			.orElseThrow(() -> new RuleViolation("governance.rule.no-group"));
		Member member = group.memberOn(actor.username(), date)
			.orElseThrow(() -> new NotInDecidingGroup("governance.rule.not-a-member", group.name(), date));
		if (subject.isOneParty() && !subject.authorParty().equals(member.party())) {
			throw new NotInDecidingGroup("governance.rule.other-partys-item", partyName(subject.authorParty()));
		}
		List<Member> present = new ArrayList<>();
		List<UUID> ids = given.presentMemberIds() == null ? List.of(member.id())
				: List.copyOf(new LinkedHashSet<>(given.presentMemberIds()));
		FieldChecks presence = new FieldChecks();
		if (ids.isEmpty()) {
			presence.problem("presentMemberIds", "required", "Ange vilka ledamöter som var närvarande.");
		}
		for (UUID id : ids) {
			group.membersOn(date)
				.stream()
				.filter(candidate -> candidate.id().equals(id))
				.findFirst()
				.ifPresentOrElse(present::add, () -> presence.problem("presentMemberIds", "not-a-member",
						"Ledamoten " + id + " satt inte i " + group.name() + " den " + date + "."));
		}
		presence.throwIfAny();
		// Establishing has a standard text; reopening needs its reason written.
		String text = FieldChecks.clean(given.decisionText()) != null ? given.decisionText().trim() : subject.defaultText();
		return new Checked(group, member, date, text, present);
	}

	private Decision record(Actor actor, DecisionSubject subject, String kind, Checked checked) {
		Decision decision = new Decision(UUID.randomUUID(), subject.type(), subject.id(), kind, checked.group().id(),
				checked.group().name(), checked.date(), checked.text(),
				checked.member().party() != null ? checked.member().party() : actor.party(),
				checked.present().stream().map(m -> new Decision.Present(m.id(), m.name(), m.party())).toList(),
				actor.username(), OffsetDateTime.now());
		decisions.insert(decision);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("subjectType", subject.type());
		after.put("kind", kind);
		after.put("group", checked.group().name());
		after.put("decisionDate", checked.date().toString());
		after.put("decisionText", checked.text());
		after.put("party", decision.party());
		after.put("present", decision.present().stream().map(Decision.Present::name).toList());
		audit.recordChange("DECIDE", "SteeringDecision", subject.id(), subject.districtId(), null, after);
		return decision;
	}

	private String partyName(String code) {
		return organisation.parties()
			.stream()
			.filter(party -> party.code().equals(code))
			.map(se.samverkan.organisation.Party::name)
			.findFirst()
			.orElse(code);
	}
}
