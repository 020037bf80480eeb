package se.samverkan.agreement;

import java.util.List;
import java.util.stream.Collectors;

import se.samverkan.platform.rules.RuleViolation;

/**
 * Refusal (409) of a step that needs every priority area addressed: signing a local agreement that
 * leaves an area without a focus area or a reason, or establishing a situation picture or an action
 * plan that leaves one without content or a reason (the seed: the local level addresses all five
 * areas in its situation picture, measures and goals). The areas are named in the message and
 * listed as {@code missingPriorityAreas}.
 */
public class MissingPriorityAreas extends RuleViolation {

	private final transient List<PriorityArea> missing;

	public MissingPriorityAreas(List<PriorityArea> missing) {
		this("agreement.rule.missing-areas", missing);
	}

	/** {@code messageKey} takes the names of the areas as its one argument. */
	public MissingPriorityAreas(String messageKey, List<PriorityArea> missing) {
		super(messageKey, missing.stream().map(PriorityArea::name).collect(Collectors.joining(", ")));
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
