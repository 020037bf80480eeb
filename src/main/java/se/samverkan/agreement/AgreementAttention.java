package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.platform.attention.AttentionItem;
import se.samverkan.platform.attention.AttentionSource;

/**
 * On the start page: local agreements in the user's scope that wait for signatures, agreements
 * whose revision falls due within half a year, and referral rounds still waiting for an answer
 * from a unit in the user's scope.
 */
@Component
class AgreementAttention implements AttentionSource {

	private final Agreements agreements;

	private final ReferralRounds rounds;

	private final se.samverkan.organisation.OrganisationDirectory organisation;

	private final java.time.Clock clock;

	AgreementAttention(Agreements agreements, ReferralRounds rounds,
			se.samverkan.organisation.OrganisationDirectory organisation, java.time.Clock clock) {
		this.agreements = agreements;
		this.rounds = rounds;
		this.organisation = organisation;
		this.clock = clock;
	}

	@Override
	public List<AttentionItem> itemsFor(String username, Set<String> roles, Set<UUID> scopeUnits) {
		List<AttentionItem> items = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		for (Agreement agreement : agreements.find(null, null, scopeUnits)) {
			String link = "/agreements/" + agreement.id();
			if (agreement.kind() == AgreementKind.LOCAL && (agreement.status() == AgreementStatus.DRAFT
					|| agreement.status() == AgreementStatus.AWAITING_SIGNATURES)) {
				items.add(new AttentionItem("WARNING", "attention.agreement.unsigned", new Object[] { agreement.title() }, link));
			}
			if (agreement.status() == AgreementStatus.SIGNED
					&& !agreement.nextRevisionDue().isAfter(today.plusDays(CoverageOverview.REVISION_WARNING_DAYS))) {
				items.add(new AttentionItem("WARNING", "attention.agreement.revision",
						new Object[] { agreement.title(), agreement.nextRevisionDue() }, link));
			}
		}
		missingAgreements(roles, scopeUnits, today, items);
		List<ReferralRound> all = rounds.all();
		var responses = rounds.responses(all.stream().map(ReferralRound::id).toList());
		for (ReferralRound round : all) {
			if (today.isAfter(round.dueDate())) {
				continue;
			}
			long waiting = round.recipientUnitIds()
				.stream()
				.filter(unit -> scopeUnits == null || scopeUnits.contains(unit))
				.filter(unit -> round.statusOf(unit, responses.getOrDefault(round.id(), List.of()), today) == RecipientStatus.PENDING)
				.count();
			if (waiting > 0) {
				items.add(new AttentionItem("INFO", "attention.referral.pending",
						new Object[] { round.caseNumber(), round.dueDate(), waiting }, "/referrals/" + round.id()));
			}
		}
		return items;
	}

	/** Districts in scope without a local agreement: named for local users, counted for central ones. */
	private void missingAgreements(Set<String> roles, Set<UUID> scopeUnits, LocalDate today, List<AttentionItem> items) {
		if (!roles.contains("LOCAL_COORDINATOR") && !roles.contains("STEERING_MEMBER")
				&& !roles.contains("CENTRAL_COORDINATOR")) {
			return;
		}
		Set<UUID> covered = new java.util.HashSet<>();
		agreements.find(AgreementKind.LOCAL, null, scopeUnits)
			.stream()
			.filter(agreement -> agreement.status() != AgreementStatus.SUPERSEDED)
			.forEach(agreement -> covered.add(agreement.districtId()));
		List<String> missing = organisation.units(se.samverkan.organisation.UnitType.DISTRICT, null, today)
			.stream()
			.filter(district -> scopeUnits == null || scopeUnits.contains(district.id()))
			.filter(district -> !covered.contains(district.id()))
			.map(se.samverkan.organisation.OrganisationalUnit::name)
			.toList();
		if (missing.isEmpty()) {
			return;
		}
		if (scopeUnits == null) {
			items.add(new AttentionItem("INFO", "attention.agreement.missing.count", new Object[] { missing.size() },
					"/agreements/overview"));
		}
		else {
			missing.forEach(name -> items.add(new AttentionItem("WARNING", "attention.agreement.missing",
					new Object[] { name }, "/agreements/new")));
		}
	}
}
