package se.samverkan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samverkan.platform.rules.InvalidInput;

class ProblemTest {

	private final Problem problem = new Problem(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Droghandel",
			null, null, null, List.of(), List.of(), List.of(), 0);

	@Test
	void aCauseOfTheProblemIsDirectAndACauseOfACauseIndirect() {
		Cause direct = problem.addCause(null, "Mörk park", null, TriangleSide.PLACE, Factor.RISK, null);
		Cause indirect = problem.addCause(direct.id(), "Ingen sköter belysningen", null, TriangleSide.MANAGER,
				Factor.RISK, null);
		assertThat(direct.kind()).isEqualTo(CauseKind.DIRECT);
		assertThat(indirect.kind()).isEqualTo(CauseKind.INDIRECT);
		assertThat(problem.tree()).hasSize(1);
		assertThat(problem.tree().get(0).children()).extracting(node -> node.cause().text())
			.containsExactly("Ingen sköter belysningen");
	}

	@Test
	void refusesACauseUnderACauseOfAnotherProblem() {
		assertThatThrownBy(() -> problem.addCause(UUID.randomUUID(), "x", null, TriangleSide.PLACE, Factor.RISK, null))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void movesABranchWithEverythingBeneathItButNeverUnderItself() {
		Cause a = problem.addCause(null, "A", null, TriangleSide.OFFENDER, Factor.RISK, null);
		Cause b = problem.addCause(a.id(), "B", null, TriangleSide.HANDLER, Factor.PROTECTIVE, null);
		Cause c = problem.addCause(null, "C", null, TriangleSide.VICTIM, Factor.RISK, null);
		assertThatThrownBy(() -> problem.moveCause(a.id(), b.id())).isInstanceOf(InvalidInput.class);
		Cause moved = problem.moveCause(a.id(), c.id());
		assertThat(moved.kind()).isEqualTo(CauseKind.INDIRECT);
		assertThat(problem.branchOf(c.id())).containsExactlyInAnyOrder(a.id(), b.id(), c.id());
		assertThat(problem.moveCause(a.id(), null).kind()).isEqualTo(CauseKind.DIRECT);
	}

	@Test
	void placesHandlersGuardiansAndManagersBesideTheirSideOfTheTriangle() {
		problem.addCause(null, "Föräldrar saknar stöd", null, TriangleSide.HANDLER, Factor.RISK, null);
		problem.addCause(null, "Butikspersonal saknar rutiner", null, TriangleSide.GUARDIAN, Factor.RISK, null);
		problem.addCause(null, "Fastighetsägaren städar", null, TriangleSide.MANAGER, Factor.PROTECTIVE, null);
		assertThat(problem.causesOn(TriangleSide.OFFENDER)).extracting(Cause::text).containsExactly("Föräldrar saknar stöd");
		assertThat(problem.causesOn(TriangleSide.VICTIM)).extracting(Cause::text)
			.containsExactly("Butikspersonal saknar rutiner");
		assertThat(problem.causesOn(TriangleSide.PLACE)).extracting(Cause::text).containsExactly("Fastighetsägaren städar");
	}
}
