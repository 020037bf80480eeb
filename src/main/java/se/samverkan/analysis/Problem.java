package se.samverkan.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.NotFound;

/**
 * A prioritised problem of a district (or of the whole city) within one priority area, with the evidence that shows it and
 * its root cause analysis. Brå: measures are seldom tied to the problems they are meant to solve;
 * here the causes are what activities point at.
 */
public class Problem {

	private final UUID id;

	private final UUID districtId;

	private final UUID priorityAreaId;

	private final String title;

	private final String description;

	private final Integer priority;

	private final String sources;

	private final List<UUID> placeIds;

	private final List<Evidence> evidence;

	private final List<Cause> causes;

	private final int version;

	private final UUID focusAreaId;

	public Problem(UUID id, UUID districtId, UUID priorityAreaId, String title, String description, Integer priority,
			String sources, List<UUID> placeIds, List<Evidence> evidence, List<Cause> causes, int version) {
		this(id, districtId, priorityAreaId, title, description, priority, sources, placeIds, evidence, causes, version,
				null);
	}

	/**
	 * {@code districtId} null: a city-wide problem (for the city-wide handlingsplan);
	 * {@code focusAreaId}: the local agreement's focus area the problem belongs to, if any.
	 */
	public Problem(UUID id, UUID districtId, UUID priorityAreaId, String title, String description, Integer priority,
			String sources, List<UUID> placeIds, List<Evidence> evidence, List<Cause> causes, int version,
			UUID focusAreaId) {
		this.focusAreaId = focusAreaId;
		this.id = id;
		this.districtId = districtId;
		this.priorityAreaId = priorityAreaId;
		this.title = title;
		this.description = description;
		this.priority = priority;
		this.sources = sources;
		this.placeIds = List.copyOf(placeIds);
		this.evidence = List.copyOf(evidence);
		this.causes = new ArrayList<>(causes);
		this.version = version;
	}

	/**
	 * A new cause under {@code parentId} (null: a cause of the problem itself). Without a kind, a cause
	 * of the problem is direct and a cause of a cause indirect.
	 */
	public Cause addCause(UUID parentId, String text, CauseKind kind, TriangleSide side, Factor factor, String source) {
		if (parentId != null) {
			cause(parentId).orElseThrow(() -> InvalidInput.of("parentCauseId", "unknown",
					"Den överordnade orsaken finns inte i det här problemets orsaksträd."));
		}
		CauseKind chosen = kind != null ? kind : parentId == null ? CauseKind.DIRECT : CauseKind.INDIRECT;
		int ordinal = causes.stream().mapToInt(Cause::ordinal).max().orElse(-1) + 1;
		Cause cause = new Cause(UUID.randomUUID(), id, parentId, text, chosen, side, factor, source, ordinal);
		causes.add(cause);
		return cause;
	}

	/**
	 * Moves a branch (the cause and everything beneath it) under another cause, or to the top. A
	 * branch cannot move under itself; its kind follows its new place.
	 */
	public Cause moveCause(UUID causeId, UUID newParentId) {
		Cause moving = cause(causeId).orElseThrow(() -> new NotFound("cause", causeId));
		if (newParentId != null) {
			cause(newParentId).orElseThrow(() -> InvalidInput.of("parentCauseId", "unknown",
					"Den nya överordnade orsaken finns inte i det här problemets orsaksträd."));
			if (branchOf(causeId).contains(newParentId)) {
				throw InvalidInput.of("parentCauseId", "cycle",
						"En orsak kan inte flyttas in under sig själv eller sina egna underorsaker.");
			}
		}
		Cause moved = new Cause(moving.id(), id, newParentId, moving.text(), newParentId == null ? CauseKind.DIRECT
				: CauseKind.INDIRECT, moving.triangleSide(), moving.factor(), moving.source(), moving.ordinal());
		causes.replaceAll(cause -> cause.id().equals(causeId) ? moved : cause);
		return moved;
	}

	/** The cause and every cause beneath it. */
	public Set<UUID> branchOf(UUID causeId) {
		Set<UUID> branch = new HashSet<>();
		branch.add(causeId);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Cause cause : causes) {
				if (cause.parentId() != null && branch.contains(cause.parentId()) && branch.add(cause.id())) {
					grew = true;
				}
			}
		}
		return branch;
	}

	public java.util.Optional<Cause> cause(UUID causeId) {
		return causes.stream().filter(cause -> cause.id().equals(causeId)).findFirst();
	}

	/** The cause tree, top-level causes first, each level in the order the causes were added. */
	public List<CauseNode> tree() {
		Map<UUID, List<Cause>> byParent = new LinkedHashMap<>();
		causes.stream()
			.sorted(Comparator.comparingInt(Cause::ordinal))
			.forEach(cause -> byParent.computeIfAbsent(cause.parentId(), key -> new ArrayList<>()).add(cause));
		return nodes(null, byParent);
	}

	private static List<CauseNode> nodes(UUID parentId, Map<UUID, List<Cause>> byParent) {
		return byParent.getOrDefault(parentId, List.of())
			.stream()
			.map(cause -> new CauseNode(cause, nodes(cause.id(), byParent)))
			.toList();
	}

	/** The causes on one side of the triangle (with the handler, guardian or manager of that side). */
	public List<Cause> causesOn(TriangleSide column) {
		return causes.stream()
			.filter(cause -> cause.triangleSide().column() == column)
			.sorted(Comparator.comparingInt(Cause::ordinal))
			.toList();
	}

	public UUID id() {
		return id;
	}

	public UUID districtId() {
		return districtId;
	}

	public UUID priorityAreaId() {
		return priorityAreaId;
	}

	public UUID focusAreaId() {
		return focusAreaId;
	}

	public boolean isCityWide() {
		return districtId == null;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public Integer priority() {
		return priority;
	}

	public String sources() {
		return sources;
	}

	public List<UUID> placeIds() {
		return placeIds;
	}

	public List<Evidence> evidence() {
		return evidence;
	}

	public List<Cause> causes() {
		return List.copyOf(causes);
	}

	public int version() {
		return version;
	}
}
