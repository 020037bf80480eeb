package se.samverkan.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samverkan.platform.rules.RuleViolation;

/** The approval rules of a joint communication item, without Spring. */
class CommunicationTest {

	private static final UUID SODERMALM = UUID.randomUUID();

	private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-01T10:00:00+01:00");

	private final Communication item = Communication.draft(content("Trygghetsvandring på torsdag"), "kommunikator.stad",
			"CITY", NOW);

	@Test
	void awaitsBothPartiesWhenDrafted() {
		assertThat(item.status()).isEqualTo(CommunicationStatus.DRAFT);
		assertThat(item.awaitedParties()).containsExactly("CITY", "POLICE");
	}

	@Test
	void isApprovedWhenEachPartyHasApprovedOnce() {
		item.approveFor("POLICE", "kommunikator.polis", "Kommunikatör (polisen)", NOW);
		assertThat(item.awaitedParties()).containsExactly("CITY");
		item.approveFor("CITY", "beredning.stad", "Beredningsgruppen (staden)", NOW);
		assertThat(item.status()).isEqualTo(CommunicationStatus.APPROVED);
		assertThat(item.awaitedParties()).isEmpty();
	}

	@Test
	void refusesApprovalByTheAuthor() {
		assertThatThrownBy(() -> item.approveFor("CITY", "kommunikator.stad", "Kommunikatör", NOW))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("communication.rule.own-text");
		assertThat(item.approvals()).isEmpty();
	}

	@Test
	void refusesApprovalByAnyoneWhoEditedTheText() {
		item.revise(content("Trygghetsvandring på fredag"), "beredning.stad", NOW);
		assertThatThrownBy(() -> item.approveFor("CITY", "beredning.stad", "Beredningsgruppen", NOW))
			.hasMessage("communication.rule.own-text");
	}

	@Test
	void refusesASecondApprovalOfTheSameParty() {
		item.approveFor("POLICE", "kommunikator.polis", "Kommunikatör (polisen)", NOW);
		assertThatThrownBy(() -> item.approveFor("POLICE", "beredning.polis", "Beredningsgruppen (polisen)", NOW))
			.hasMessage("communication.rule.party-approved");
	}

	@Test
	void refusesApprovalForAPartyOutsideTheAgreement() {
		assertThatThrownBy(() -> item.approveFor("REGION", "region.user", "Regionen", NOW))
			.hasMessage("communication.rule.not-a-party");
	}

	@Test
	void anEditVoidsTheApprovalsAndKeepsThemInTheHistory() {
		item.approveFor("POLICE", "kommunikator.polis", "Kommunikatör (polisen)", NOW);
		item.approveFor("CITY", "beredning.stad", "Beredningsgruppen (staden)", NOW);
		boolean changed = item.revise(content("Trygghetsvandring på fredag"), "kommunikator.stad", NOW.plusHours(1));
		assertThat(changed).isTrue();
		assertThat(item.status()).isEqualTo(CommunicationStatus.DRAFT);
		assertThat(item.standingApprovals()).isEmpty();
		assertThat(item.approvals()).hasSize(2).allMatch(approval -> approval.voidedAt() != null);
		assertThat(item.revision()).isEqualTo(2);
		assertThat(item.latestApprovalBy("kommunikator.polis")).get().extracting(Approval::revision).isEqualTo(1);
	}

	@Test
	void theSameContentAgainIsNoEdit() {
		item.approveFor("POLICE", "kommunikator.polis", "Kommunikatör (polisen)", NOW);
		assertThat(item.revise(content("Trygghetsvandring på torsdag"), "kommunikator.stad", NOW)).isFalse();
		assertThat(item.standingApprovals()).hasSize(1);
		assertThat(item.revision()).isEqualTo(1);
	}

	@Test
	void publishesOnlyAnApprovedItem() {
		assertThatThrownBy(() -> item.publish("kommunikator.stad", NOW)).hasMessage("communication.rule.not-approved");
		approveByBoth();
		item.publish("kommunikator.stad", NOW);
		assertThat(item.status()).isEqualTo(CommunicationStatus.PUBLISHED);
		assertThat(item.isPublic()).isTrue();
		assertThatThrownBy(() -> item.publish("kommunikator.stad", NOW)).hasMessage("communication.rule.already-published");
	}

	@Test
	void aPublishedItemIsFixedAndCanOnlyBeWithdrawn() {
		assertThatThrownBy(() -> item.withdraw("Fel datum", "kommunikator.stad", NOW))
			.hasMessage("communication.rule.not-published");
		approveByBoth();
		item.publish("kommunikator.stad", NOW);
		assertThatThrownBy(() -> item.revise(content("Annan text"), "kommunikator.stad", NOW))
			.hasMessage("communication.rule.published-is-fixed");
		item.withdraw("Fel datum", "kommunikator.stad", NOW);
		assertThat(item.status()).isEqualTo(CommunicationStatus.WITHDRAWN);
		assertThat(item.withdrawalReason()).isEqualTo("Fel datum");
		assertThat(item.isPublic()).isFalse();
	}

	private void approveByBoth() {
		item.approveFor("POLICE", "kommunikator.polis", "Kommunikatör (polisen)", NOW);
		item.approveFor("CITY", "beredning.stad", "Beredningsgruppen (staden)", NOW);
	}

	private static CommunicationContent content(String body) {
		return new CommunicationContent("Trygghetsvandring", body, Audience.EXTERNAL, Level.LOCAL, SODERMALM,
				List.of(), null, null);
	}
}
