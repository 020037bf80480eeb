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

	AgreementAttention(Agreements agreements, ReferralRounds rounds) {
		this.agreements = agreements;
		this.rounds = rounds;
	}

	@Override
	public List<AttentionItem> itemsFor(String username, Set<String> roles, Set<UUID> scopeUnits) {
		List<AttentionItem> items = new ArrayList<>();
		LocalDate today = LocalDate.now();
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
}
