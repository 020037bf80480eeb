package se.samverkan.agreement;

import java.util.List;
import java.util.stream.Collectors;

import se.samverkan.platform.rules.RuleViolation;

/** Refusal to sign a local agreement that leaves priority areas without a focus area or a reason. */
public class MissingPriorityAreas extends RuleViolation {

	private final transient List<PriorityArea> missing;

	public MissingPriorityAreas(List<PriorityArea> missing) {
		super("agreement.rule.missing-areas", missing.stream().map(PriorityArea::name).collect(Collectors.joining(", ")));
		this.missing = List.copyOf(missing);
	}

	public List<PriorityArea> missing() {
		return missing;
	}

	@Override
	public java.util.Map<String, Object> properties() {
		return java.util.Map.of("missingPriorityAreas", missing.stream()
			.map(area -> java.util.Map.of("id", area.id().toString(), "code", area.code(), "name", area.name()))
			.toList());
	}
}
