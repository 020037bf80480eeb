package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samverkan.platform.rules.RuleViolation;

/** The two-party rules of a local agreement, on the aggregate itself. */
class AgreementTest {

	private static final UUID DISTRICT = UUID.randomUUID();

	private static final UUID GLOBEN = UUID.randomUUID();

	private static final UUID FARSTA = UUID.randomUUID();

	@Test
	void neverBecomesSignedWithOnePartyOnly() {
		Agreement agreement = draft(Map.of(DISTRICT, "CITY"));
		assertThatThrownBy(() -> sign(agreement, "CITY")).isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.rule.needs-both-parties");
		assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
	}

	@Test
	void keepsEveryUnitOfAPartyThatHasSigned() {
		Agreement agreement = draft(parties(DISTRICT, "CITY", GLOBEN, "POLICE", FARSTA, "POLICE"));
		sign(agreement, "POLICE");
		assertThatThrownBy(() -> revise(agreement, parties(DISTRICT, "CITY", FARSTA, "POLICE")))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("agreement.rule.signed-party-stays");
		assertThat(agreement.partyUnitIds()).containsExactly(DISTRICT, GLOBEN, FARSTA);
		assertThat(agreement.signatures()).hasSize(1);
	}

	@Test
	void letsAnUnsignedPartysUnitsChange() {
		Agreement agreement = draft(parties(DISTRICT, "CITY", GLOBEN, "POLICE", FARSTA, "POLICE"));
		sign(agreement, "CITY");
		revise(agreement, parties(DISTRICT, "CITY", FARSTA, "POLICE"));
		assertThat(agreement.partyUnitIds()).containsExactly(DISTRICT, FARSTA);
		assertThat(agreement.signatures()).as("a change voids the signatures given").isEmpty();
	}

	private static Map<UUID, String> parties(Object... unitsAndParties) {
		Map<UUID, String> parties = new LinkedHashMap<>();
		for (int i = 0; i < unitsAndParties.length; i += 2) {
			parties.put((UUID) unitsAndParties[i], (String) unitsAndParties[i + 1]);
		}
		return parties;
	}

	private static Agreement draft(Map<UUID, String> parties) {
		return Agreement.draftLocal("Lokal överenskommelse", DISTRICT, parties, LocalDate.of(2026, 1, 1), null,
				List.of(), List.of(), null);
	}

	private static void sign(Agreement agreement, String party) {
		agreement.signFor(party, "Namn", "user", OffsetDateTime.now(), List.of());
	}

	private static void revise(Agreement agreement, Map<UUID, String> parties) {
		agreement.revise("Ändrad", parties, LocalDate.of(2026, 1, 1), null, List.of(), List.of());
	}
}
