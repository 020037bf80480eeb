package se.samverkan.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.RuleViolation;

/**
 * Referral rounds: sent by the central level, answered by the recipients, compiled for the City
 * Executive Office. Readable by every user with reading rights, since the rounds concern them all.
 */
@Service
public class ReferralManagement {

	private final ReferralRounds rounds;

	private final Agreements agreements;

	private final AccessPolicy policy;

	private final OrganisationDirectory organisation;

	private final AuditLog audit;

	private final Clock clock;

	ReferralManagement(ReferralRounds rounds, Agreements agreements, AccessPolicy policy,
			OrganisationDirectory organisation, AuditLog audit, Clock clock) {
		this.rounds = rounds;
		this.agreements = agreements;
		this.policy = policy;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	public record NewRound(String caseNumber, String title, UUID agreementId, LocalDate sentOn, LocalDate dueDate,
			List<UUID> recipientUnitIds, List<String> documents) {
	}

	public record NewResponse(UUID unitId, String caseNumber, String caseOfficer, LocalDate decisionDate,
			LocalDate meetingDate, String proposedDecision, String summary, String text) {
	}

	/** One recipient with its status, for lists and the compilation. */
	public record Recipient(UUID unitId, String unitName, RecipientStatus status, ReferralResponse response) {
	}

	public record RoundView(ReferralRound round, List<Recipient> recipients, Agreement agreement) {

		public long count(RecipientStatus status) {
			return recipients.stream().filter(recipient -> recipient.status() == status).count();
		}
	}

	@Transactional(readOnly = true)
	public List<RoundView> all(Actor actor) {
		requireReader(actor);
		List<ReferralRound> all = rounds.all();
		var responses = rounds.responses(all.stream().map(ReferralRound::id).toList());
		var names = unitNames(all.stream().flatMap(round -> round.recipientUnitIds().stream()).toList());
		return all.stream().map(round -> view(round, responses.getOrDefault(round.id(), List.of()), names)).toList();
	}

	@Transactional(readOnly = true)
	public RoundView get(Actor actor, UUID id) {
		requireReader(actor);
		ReferralRound round = rounds.byId(id).orElseThrow(() -> new NotFound("referral", id));
		return view(round, rounds.responses(id), unitNames(round.recipientUnitIds()));
	}

	@Transactional
	public RoundView send(Actor actor, NewRound input) {
		policy.require(actor, Action.EDIT_CITY_WIDE, null);
		new FieldChecks().noNulls("recipientUnitIds", input.recipientUnitIds())
			.noNulls("documents", input.documents())
			.throwIfAny();
		var checks = new FieldChecks().text("caseNumber", input.caseNumber(), true, 40)
			.text("title", input.title(), true, 300)
			.required("dueDate", input.dueDate(), "Ange sista svarsdag.")
			.notBefore("dueDate", input.dueDate(), input.sentOn(), "Sista svarsdag kan inte ligga före utskicket.");
		List<String> documents = input.documents() == null ? List.of() : input.documents();
		for (int i = 0; i < documents.size(); i++) {
			checks.text("documents[" + i + "]", documents.get(i), true, 300);
		}
		if (input.agreementId() != null && agreements.byId(input.agreementId()).isEmpty()) {
			checks.problem("agreementId", "unknown", "Det finns ingen sådan överenskommelse.");
		}
		List<UUID> recipients = input.recipientUnitIds() == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(input.recipientUnitIds()));
		if (recipients.isEmpty()) {
			checks.problem("recipientUnitIds", "required", "Välj minst en remissinstans.");
		}
		else if (organisation.units(recipients).size() != recipients.size()) {
			checks.problem("recipientUnitIds", "unknown", "En av remissinstanserna finns inte.");
		}
		if (input.caseNumber() != null && !input.caseNumber().isBlank() && rounds.caseNumberTaken(input.caseNumber().trim())) {
			checks.problem("caseNumber", "duplicate", "Det finns redan en remiss med det diarienumret.");
		}
		checks.throwIfAny();
		ReferralRound round = new ReferralRound(UUID.randomUUID(), input.caseNumber().trim(), input.title().trim(),
				input.agreementId(), input.sentOn(), input.dueDate(), documents.stream().map(String::trim).toList(),
				recipients, 0);
		rounds.insert(round);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("caseNumber", round.caseNumber());
		after.put("title", round.title());
		after.put("dueDate", round.dueDate().toString());
		after.put("recipientUnitIds", recipients.stream().map(UUID::toString).toList());
		audit.recordChange("CREATE", "ReferralRound", round.id(), null, null, after);
		return get(actor, round.id());
	}

	/**
	 * Records a recipient's response. Only recipients answer, once each; the response is recorded
	 * by the recipient's own party: someone working with that unit, or that party's central
	 * coordinators (the registry). The other party's central coordinator, whose scope is the whole
	 * municipality, may not: a city committee's statement is the city's to record.
	 */
	@Transactional
	public ReferralResponse respond(Actor actor, UUID roundId, NewResponse input) {
		ReferralRound round = rounds.byId(roundId).orElseThrow(() -> new NotFound("referral", roundId));
		if (input.unitId() != null && !mayRespondFor(actor, input.unitId())) {
			throw new Forbidden();
		}
		var checks = new FieldChecks().required("unitId", input.unitId(), "Ange vilken remissinstans som svarar.")
			.text("caseNumber", input.caseNumber(), false, 40)
			.text("caseOfficer", input.caseOfficer(), false, 200)
			.text("proposedDecision", input.proposedDecision(), false, 4000)
			.text("summary", input.summary(), false, 20_000)
			.text("text", input.text(), false, 200_000)
			.notBefore("decisionDate", input.decisionDate(), round.sentOn(),
					"Beslutsdatum kan inte ligga före remissens utskick.")
			.notBefore("meetingDate", input.meetingDate(), input.decisionDate(),
					"Sammanträdet kan inte ligga före tjänsteutlåtandets datum.");
		if (FieldChecks.clean(input.summary()) == null && FieldChecks.clean(input.text()) == null) {
			checks.problem("text", "required", "Ange svarets sammanfattning eller text.");
		}
		checks.throwIfAny();
		rounds.lock(roundId);
		if (!round.isRecipient(input.unitId())) {
			throw new RuleViolation("referral.rule.not-a-recipient");
		}
		if (rounds.responses(roundId).stream().anyMatch(response -> response.unitId().equals(input.unitId()))) {
			throw new RuleViolation("referral.rule.already-answered");
		}
		ReferralResponse response = new ReferralResponse(UUID.randomUUID(), roundId, input.unitId(),
				FieldChecks.clean(input.caseNumber()), FieldChecks.clean(input.caseOfficer()), input.decisionDate(),
				input.meetingDate(), FieldChecks.clean(input.proposedDecision()), FieldChecks.clean(input.summary()),
				FieldChecks.clean(input.text()), actor.username(), OffsetDateTime.now());
		rounds.insert(response);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("roundId", roundId.toString());
		after.put("caseNumber", response.caseNumber());
		after.put("decisionDate", String.valueOf(response.decisionDate()));
		after.put("summary", response.summary());
		audit.recordChange("RESPOND", "ReferralResponse", response.id(), input.unitId(), null, after);
		return response;
	}

	/** The units an actor may record responses for in this round (for the form). */
	@Transactional(readOnly = true)
	public List<Recipient> answerableBy(Actor actor, RoundView view) {
		return view.recipients()
			.stream()
			.filter(recipient -> recipient.response() == null)
			.filter(recipient -> mayRespondFor(actor, recipient.unitId()))
			.toList();
	}

	private boolean mayRespondFor(Actor actor, UUID unitId) {
		return policy.allowsOnBehalfOf(actor, Action.RESPOND_TO_REFERRAL, unitId);
	}

	private void requireReader(Actor actor) {
		if (policy.scope(actor, Action.READ).isEmpty()) {
			throw new Forbidden();
		}
	}

	private RoundView view(ReferralRound round, List<ReferralResponse> responses, Map<UUID, String> names) {
		LocalDate today = LocalDate.now(clock);
		List<Recipient> recipients = round.recipientUnitIds()
			.stream()
			.map(unit -> new Recipient(unit, names.getOrDefault(unit, unit.toString()),
					round.statusOf(unit, responses, today),
					responses.stream().filter(response -> response.unitId().equals(unit)).findFirst().orElse(null)))
			.sorted(Comparator.comparing(Recipient::unitName))
			.toList();
		Agreement agreement = round.agreementId() == null ? null : agreements.byId(round.agreementId()).orElse(null);
		return new RoundView(round, recipients, agreement);
	}

	private Map<UUID, String> unitNames(List<UUID> ids) {
		Map<UUID, String> names = new java.util.HashMap<>();
		for (OrganisationalUnit unit : organisation.units(new HashSet<>(ids))) {
			names.put(unit.id(), unit.name());
		}
		return names;
	}
}
