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

	/** {@code recordedAfterTheFact}: a past round entered from its documents (unknown answers are not overdue). */
	public record NewRound(String caseNumber, String title, UUID agreementId, LocalDate sentOn, LocalDate dueDate,
			List<UUID> recipientUnitIds, List<String> documents, Boolean recordedAfterTheFact) {

		public NewRound(String caseNumber, String title, UUID agreementId, LocalDate sentOn, LocalDate dueDate,
				List<UUID> recipientUnitIds, List<String> documents) {
			this(caseNumber, title, agreementId, sentOn, dueDate, recipientUnitIds, documents, null);
		}
	}

	/**
	 * {@code decisionDate}: when the answer was decided (a committee's meeting); {@code statementDate}:
	 * the date of the administration's statement, if there was one; {@code consultations}: bodies
	 * that saw the matter before.
	 */
	public record NewResponse(UUID unitId, String caseNumber, String caseOfficer, LocalDate decisionDate,
			LocalDate meetingDate, String proposedDecision, String summary, String text, LocalDate statementDate,
			List<ReferralResponse.Consultation> consultations) {

		public NewResponse(UUID unitId, String caseNumber, String caseOfficer, LocalDate decisionDate,
				LocalDate meetingDate, String proposedDecision, String summary, String text) {
			this(unitId, caseNumber, caseOfficer, decisionDate, meetingDate, proposedDecision, summary, text, null, null);
		}
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
				recipients, Boolean.TRUE.equals(input.recordedAfterTheFact()), 0);
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
			.notBefore("meetingDate", input.meetingDate(), input.statementDate(),
					"Sammanträdet kan inte ligga före tjänsteutlåtandets datum.")
			.notBefore("decisionDate", input.decisionDate(), input.statementDate(),
					"Beslutet kan inte ligga före tjänsteutlåtandets datum.")
			.noNulls("consultations", input.consultations());
		List<ReferralResponse.Consultation> consultations = input.consultations() == null ? List.of()
				: input.consultations().stream().filter(java.util.Objects::nonNull).toList();
		for (int i = 0; i < consultations.size(); i++) {
			checks.required("consultations[" + i + "].date", consultations.get(i).date(), "Ange när samrådet skedde.")
				.text("consultations[" + i + "].body", consultations.get(i).body(), true, 300)
				.notBefore("decisionDate", input.decisionDate(), consultations.get(i).date(),
						"Beslutet kan inte ligga före ett samråd om det.");
		}
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
				FieldChecks.clean(input.text()), actor.username(), OffsetDateTime.now(), input.statementDate(),
				consultations.stream()
					.map(consultation -> new ReferralResponse.Consultation(consultation.date(), consultation.body().trim()))
					.toList());
		rounds.insert(response);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("roundId", roundId.toString());
		after.put("caseNumber", response.caseNumber());
		after.put("decisionDate", String.valueOf(response.decisionDate()));
		after.put("statementDate", String.valueOf(response.statementDate()));
		after.put("consultations", response.consultations().stream().map(c -> c.date() + " " + c.body()).toList());
		after.put("summary", response.summary());
		audit.recordChange("RESPOND", "ReferralResponse", response.id(), input.unitId(), null, after);
		return response;
	}

	/** The requests entered from the round's answers, with their decisions. */
	@Transactional(readOnly = true)
	public List<ReferralRequest> requests(Actor actor, UUID roundId) {
		requireReader(actor);
		rounds.byId(roundId).orElseThrow(() -> new NotFound("referral", roundId));
		return rounds.requests(roundId);
	}

	/**
	 * Enters a request of an answer as an item to decide (the compilation of the answers beside the
	 * draft); by the sender, a central coordinator, while the round's agreement is unsigned.
	 */
	@Transactional
	public ReferralRequest addRequest(Actor actor, UUID roundId, UUID responseId, String text) {
		policy.require(actor, Action.EDIT_CITY_WIDE, null);
		ReferralRound round = rounds.byId(roundId).orElseThrow(() -> new NotFound("referral", roundId));
		new FieldChecks().text("text", text, true, 4000).throwIfAny();
		if (rounds.responses(roundId).stream().noneMatch(response -> response.id().equals(responseId))) {
			throw new NotFound("response", responseId);
		}
		requireOpenSubject(round);
		ReferralRequest request = new ReferralRequest(UUID.randomUUID(), roundId, responseId, 0, text.trim(), null, null,
				null, null, actor.username(), OffsetDateTime.now(), 0);
		rounds.insert(request);
		audit.recordChange("ADD_REQUEST", "ReferralRound", roundId, null, null,
				Map.of("requestId", request.id().toString(), "responseId", responseId.toString(), "text", request.text()));
		return rounds.request(request.id()).orElseThrow();
	}

	/**
	 * Decides a request: accepted or rejected, with the reason (required). It may be decided again
	 * until the agreement is signed; {@code version} is the one read (409 if someone decided since).
	 */
	@Transactional
	public ReferralRequest decideRequest(Actor actor, UUID roundId, UUID requestId, String decision, String reason,
			Integer version) {
		policy.require(actor, Action.EDIT_CITY_WIDE, null);
		ReferralRound round = rounds.byId(roundId).orElseThrow(() -> new NotFound("referral", roundId));
		ReferralRequest request = rounds.request(requestId)
			.filter(found -> found.roundId().equals(roundId))
			.orElseThrow(() -> new NotFound("request", requestId));
		FieldChecks checks = new FieldChecks().text("reason", reason, true, 4000);
		ReferralRequest.Decision chosen = null;
		if (decision == null || decision.isBlank()) {
			checks.problem("decision", "required", "Ange om yrkandet bifalls (ACCEPTED) eller avslås (REJECTED).");
		}
		else {
			try {
				chosen = ReferralRequest.Decision.valueOf(decision.trim());
			}
			catch (IllegalArgumentException ex) {
				checks.problem("decision", "invalid", "Beslutet är ACCEPTED eller REJECTED.");
			}
		}
		checks.throwIfAny();
		requireOpenSubject(round);
		int read = version == null ? request.version() : version;
		if (!rounds.decide(requestId, read, chosen, reason.trim(), actor.username())) {
			throw new se.samverkan.platform.rules.VersionConflict("yrkandet");
		}
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("decision", request.decision() == null ? null : request.decision().name());
		before.put("reason", request.reason());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("requestId", requestId.toString());
		after.put("decision", chosen.name());
		after.put("reason", reason.trim());
		audit.recordChange("DECIDE_REQUEST", "ReferralRound", roundId, null, before, after);
		return rounds.request(requestId).orElseThrow();
	}

	/** Requests are weighed while the agreement the round is about is unsigned. */
	private void requireOpenSubject(ReferralRound round) {
		if (round.agreementId() != null && agreements.byId(round.agreementId())
			.map(agreement -> agreement.status() == AgreementStatus.SIGNED || agreement.status() == AgreementStatus.SUPERSEDED)
			.orElse(false)) {
			throw new RuleViolation("referral.rule.subject-signed");
		}
	}

	/** The rounds sent on an agreement (for its page: the answers beside the draft). */
	@Transactional(readOnly = true)
	public List<RoundView> roundsOn(Actor actor, UUID agreementId) {
		return all(actor).stream()
			.filter(view -> agreementId.equals(view.round().agreementId()))
			.toList();
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
