package se.samverkan.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samverkan.planning.ActivityContent;
import se.samverkan.planning.ActivityInput;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.InvalidInput;

class ActivityRulesTest {

	private final UUID area = UUID.randomUUID();

	private final UUID unit = UUID.randomUUID();

	private final UUID cause = UUID.randomUUID();

	private final ActivityRules rules = new ActivityRules(Set.of(area), Set.of(unit), Set.of(cause), Set.of());

	@Test
	void namesEveryMissingRequiredFieldInSwedish() {
		InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> rules.check(new ActivityInput(null, " ",
				null, null, null, null, null, null, null, null, null, List.of(), null, null, null, null, null, null)));
		assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("title", "what", "how", "followUpMethod", "responsibleParty", "responsibleUnitId",
					"startDate", "endDate", "priorityAreaIds", "preventionLevel", "preventionType", "horizon");
		assertThat(refused.fieldProblems()).extracting(FieldProblem::message)
			.contains("Fältet ”Vad som ska göras” måste fyllas i.", "Fältet ”Tidsperspektiv” måste fyllas i.");
	}

	@Test
	void refusesAnEndBeforeTheStartAndCausesOutsideTheDistrict() {
		InvalidInput refused = catchThrowableOfType(InvalidInput.class,
				() -> rules.check(valid(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), List.of(UUID.randomUUID()))));
		assertThat(refused.fieldProblems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("endDate", "causeIds");
	}

	@Test
	void acceptsACompleteActivity() {
		ActivityContent content = rules.check(valid(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 11, 30), List.of(cause)));
		assertThat(content.causeIds()).containsExactly(cause);
		assertThat(content.fields()).containsEntry("horizon", "LONG_TERM").containsEntry("targetCount", 8);
	}

	private ActivityInput valid(LocalDate start, LocalDate end, List<UUID> causes) {
		return new ActivityInput("Trygghetsvandringar", "Vandringar", "Kvällstid", "Antal", "JOINT", unit, null, null,
				null, start, end, List.of(area), causes, List.of(), "UNIVERSAL", "SITUATIONAL", "LONG_TERM", 8);
	}
}
