package se.samverkan.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.samverkan.platform.rules.RuleViolation;

/**
 * An agreement version between the parties. Its content can change while it is a draft or awaits
 * signatures (a change voids the signatures given, since they were given to other words); once
 * signed it is fixed, and change means a new version that supersedes it when signed.
 */
public class Agreement {

	private final UUID id;

	private final AgreementKind kind;

	private String title;

	private final String goal;

	private final UUID districtId;

	private Map<UUID, String> partyUnits;

	private LocalDate validFrom;

	private LocalDate validTo;

	private final int revisionIntervalYears;

	private AgreementStatus status;

	private final UUID supersedesId;

	private List<FocusArea> focusAreas;

	private List<NotAddressed> notAddressed;

	private final List<Signature> signatures;

	private final int version;

	/** {@code partyUnits}: each party unit with the code of its party (CITY, POLICE, ...). */
	public Agreement(UUID id, AgreementKind kind, String title, String goal, UUID districtId,
			Map<UUID, String> partyUnits, LocalDate validFrom, LocalDate validTo, int revisionIntervalYears, AgreementStatus status,
			UUID supersedesId, List<FocusArea> focusAreas, List<NotAddressed> notAddressed, List<Signature> signatures,
			int version) {
		this.id = id;
		this.kind = kind;
		this.title = title;
		this.goal = goal;
		this.districtId = districtId;
		this.partyUnits = new LinkedHashMap<>(partyUnits);
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.revisionIntervalYears = revisionIntervalYears;
		this.status = status;
		this.supersedesId = supersedesId;
		this.focusAreas = List.copyOf(focusAreas);
		this.notAddressed = List.copyOf(notAddressed);
		this.signatures = new ArrayList<>(signatures);
		this.version = version;
	}

	/** A new local draft for a district. */
	public static Agreement draftLocal(String title, UUID districtId, Map<UUID, String> partyUnits, LocalDate validFrom, LocalDate validTo, List<FocusArea> focusAreas, List<NotAddressed> notAddressed,
			UUID supersedesId) {
		return new Agreement(UUID.randomUUID(), AgreementKind.LOCAL, title, null, districtId, partyUnits, validFrom, validTo, 4, AgreementStatus.DRAFT, supersedesId, focusAreas, notAddressed, List.of(), 0);
	}

	/**
	 * The priority areas with neither a focus area nor a written reason. A local agreement must
	 * address all five city-wide areas (the 2024 agreement, as the Södermalm referral response
	 * KS 2023/740 describes it).
	 */
	public List<PriorityArea> missingAreas(Collection<PriorityArea> required) {
		Set<UUID> addressed = new LinkedHashSet<>();
		focusAreas.forEach(area -> addressed.add(area.priorityAreaId()));
		notAddressed.forEach(reason -> addressed.add(reason.priorityAreaId()));
		return required.stream().filter(area -> !addressed.contains(area.id())).toList();
	}

	/**
	 * Changes the content; voids signatures given to the earlier text. A party that has signed
	 * stays, with every unit it signed for: otherwise the other party could edit it out and sign
	 * alone. Removing a party is done by a new version, which both sign anew.
	 */
	public void revise(String title, Map<UUID, String> partyUnits, LocalDate validFrom, LocalDate validTo,
			List<FocusArea> focusAreas, List<NotAddressed> notAddressed) {
		if (status == AgreementStatus.SIGNED || status == AgreementStatus.SUPERSEDED) {
			throw new RuleViolation("agreement.rule.signed-is-fixed");
		}
		Set<String> signed = new LinkedHashSet<>(signatures.stream().map(Signature::party).toList());
		List<UUID> dropped = this.partyUnits.entrySet()
			.stream()
			.filter(unit -> signed.contains(unit.getValue()) && !partyUnits.containsKey(unit.getKey()))
			.map(Map.Entry::getKey)
			.toList();
		if (!dropped.isEmpty()) {
			throw new RuleViolation("agreement.rule.signed-party-stays");
		}
		this.title = title;
		this.partyUnits = new LinkedHashMap<>(partyUnits);
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.focusAreas = List.copyOf(focusAreas);
		this.notAddressed = List.copyOf(notAddressed);
		this.signatures.clear();
		this.status = AgreementStatus.DRAFT;
	}

	/**
	 * Signs for one party. Each party signs once; a local agreement that leaves a priority area
	 * unaddressed cannot be signed, nor one with fewer than two parties (law 2023:196 and the 2024
	 * agreement: the municipality and the police agree together, so one party alone never makes
	 * it SIGNED); the agreement is SIGNED when every party has signed.
	 */
	public void signFor(String party, String signedBy, String username, OffsetDateTime at,
			Collection<PriorityArea> requiredAreas) {
		if (status == AgreementStatus.SIGNED || status == AgreementStatus.SUPERSEDED) {
			throw new RuleViolation("agreement.rule.already-signed");
		}
		if (parties().size() < 2) {
			throw new RuleViolation("agreement.rule.needs-both-parties");
		}
		if (!parties().contains(party)) {
			throw new RuleViolation("agreement.rule.not-a-party", party);
		}
		if (signatures.stream().anyMatch(signature -> signature.party().equals(party))) {
			throw new RuleViolation("agreement.rule.party-signed", party);
		}
		if (kind == AgreementKind.LOCAL) {
			List<PriorityArea> missing = missingAreas(requiredAreas);
			if (!missing.isEmpty()) {
				throw new MissingPriorityAreas(missing);
			}
		}
		signatures.add(new Signature(party, signedBy, username, at, null));
		status = signatures.size() == parties().size() ? AgreementStatus.SIGNED : AgreementStatus.AWAITING_SIGNATURES;
	}

	/** Replaced by a newer signed version. */
	public void supersede() {
		status = AgreementStatus.SUPERSEDED;
	}

	/** The date by which the next revision must be in force: validity start plus the interval. */
	public LocalDate nextRevisionDue() {
		return validFrom.plusYears(revisionIntervalYears).minusDays(1);
	}

	public UUID id() {
		return id;
	}

	public AgreementKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public String goal() {
		return goal;
	}

	public UUID districtId() {
		return districtId;
	}

	public List<UUID> partyUnitIds() {
		return List.copyOf(partyUnits.keySet());
	}

	/** The parties that must sign: those of the party units. */
	public Set<String> parties() {
		return new LinkedHashSet<>(partyUnits.values());
	}

	public Map<UUID, String> partyUnitParties() {
		return new LinkedHashMap<>(partyUnits);
	}

	public LocalDate validFrom() {
		return validFrom;
	}

	public LocalDate validTo() {
		return validTo;
	}

	public int revisionIntervalYears() {
		return revisionIntervalYears;
	}

	public AgreementStatus status() {
		return status;
	}

	public UUID supersedesId() {
		return supersedesId;
	}

	public List<FocusArea> focusAreas() {
		return focusAreas;
	}

	public List<NotAddressed> notAddressed() {
		return notAddressed;
	}

	public List<Signature> signatures() {
		return List.copyOf(signatures);
	}

	public int version() {
		return version;
	}
}
