package se.samverkan.analysis;

import se.samverkan.analysis.internal.Choices;
import se.samverkan.platform.rules.FieldChecks;

/** What a cause says, read and checked from what a user gave (when it is added or corrected). */
record CauseContent(String text, CauseKind kind, TriangleSide side, Factor factor, String source) {

	/** Reads the input, collecting every field problem in {@code checks}; values are null where refused. */
	static CauseContent check(CauseInput input, FieldChecks checks) {
		ProblemManagement.requiredText(checks, "text", "Orsak", input.text(), 2000);
		checks.text("source", input.source(), false, 2000);
		CauseKind kind = Choices.parse(checks, "kind", "Direkt eller indirekt", input.kind(), CauseKind.class, false);
		TriangleSide side = Choices.parse(checks, "triangleSide", "Problemtriangeln", input.triangleSide(),
				TriangleSide.class, true);
		Factor factor = Choices.parse(checks, "factor", "Risk- eller skyddsfaktor", input.factor(), Factor.class, true);
		return new CauseContent(input.text() == null ? null : input.text().trim(), kind, side, factor,
				FieldChecks.clean(input.source()));
	}
}
