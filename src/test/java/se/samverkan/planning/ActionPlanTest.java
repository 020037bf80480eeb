package se.samverkan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samverkan.platform.rules.RuleViolation;

class ActionPlanTest {

	private final ActionPlan plan = ActionPlan.draft(PlanScope.LOCAL, UUID.randomUUID(), 2026);

	@Test
	void aDraftTakesStructuralChange() {
		assertThatCode(plan::requireOpenForChange).doesNotThrowAnyException();
	}

	@Test
	void anEstablishedPlanRefusesStructuralChangeUntilReopened() {
		plan.establish("styrgrupp.sodermalm", OffsetDateTime.now());
		assertThat(plan.status()).isEqualTo(PlanStatus.ESTABLISHED);
		assertThatThrownBy(plan::requireOpenForChange).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> plan.establish("x", OffsetDateTime.now())).isInstanceOf(RuleViolation.class);
		plan.reopen();
		assertThat(plan.establishedBy()).isNull();
		assertThatCode(plan::requireOpenForChange).doesNotThrowAnyException();
	}

	@Test
	void refusesToReopenADraft() {
		assertThatThrownBy(plan::reopen).isInstanceOf(RuleViolation.class);
	}

	@Test
	void theCityWidePlanHasNoDistrict() {
		assertThat(ActionPlan.draft(PlanScope.CITY_WIDE, UUID.randomUUID(), 2026).scopeUnitId()).isNull();
	}
}
