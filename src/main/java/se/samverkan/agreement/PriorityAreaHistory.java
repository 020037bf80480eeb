package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The priority areas across the agreement's revisions. Each revision says what its areas continue
 * (kept, renamed, merged) and which earlier areas it retired; plans and problems of earlier years
 * keep their areas, and a report across the change reads an area of one agreement as its
 * counterparts in another, showing both.
 */
@Service
@Transactional(readOnly = true)
public class PriorityAreaHistory {

	private final Agreements agreements;

	PriorityAreaHistory(Agreements agreements) {
		this.agreements = agreements;
	}

	/** An area with the agreement it belongs to and the earlier areas it continues. */
	public record AreaInHistory(PriorityArea area, UUID agreementId, LocalDate agreementValidFrom, List<UUID> mapsFrom) {
	}

	/**
	 * The areas of the overarching agreement in force in the year (on 1 July, else at the year's end);
	 * the agreement the parties work under when none was in force (a year before the first one).
	 */
	public List<PriorityArea> areasOfYear(int year) {
		return agreementOfYear(year).map(agreement -> agreements.priorityAreasOf(agreement.id()))
			.orElseGet(() -> agreements.currentSigned().map(current -> agreements.priorityAreasOf(current.id())).orElse(List.of()));
	}

	public java.util.Optional<Agreement> agreementOfYear(int year) {
		var midYear = agreements.overarchingOn(LocalDate.of(year, 7, 1));
		return midYear.isPresent() ? midYear : agreements.overarchingOn(LocalDate.of(year, 12, 31));
	}

	/** Every area of every agreement, by id. */
	public Map<UUID, AreaInHistory> all() {
		Map<UUID, UUID> agreementOf = agreements.agreementOfEveryArea();
		Map<UUID, LocalDate> validFrom = new HashMap<>();
		agreements.find(AgreementKind.OVERARCHING, null, null).forEach(a -> validFrom.put(a.id(), a.validFrom()));
		Map<UUID, List<UUID>> mapsFrom = agreements.mapsFrom();
		Map<UUID, AreaInHistory> all = new HashMap<>();
		for (PriorityArea area : agreements.allPriorityAreas()) {
			UUID agreement = agreementOf.get(area.id());
			all.put(area.id(), new AreaInHistory(area, agreement, validFrom.get(agreement),
					mapsFrom.getOrDefault(area.id(), List.of())));
		}
		return all;
	}

	/**
	 * The areas of {@code targetAgreementId} that {@code areaId} corresponds to: itself when it is
	 * one of them; otherwise the areas it became (following the mapping forwards to a later
	 * agreement) or came from (backwards to an earlier one). Empty when it was retired or new.
	 */
	public Set<UUID> counterparts(UUID areaId, UUID targetAgreementId, Map<UUID, AreaInHistory> all) {
		AreaInHistory start = all.get(areaId);
		if (start == null) {
			return Set.of();
		}
		if (targetAgreementId.equals(start.agreementId())) {
			return Set.of(areaId);
		}
		LocalDate targetFrom = all.values()
			.stream()
			.filter(area -> area.agreementId().equals(targetAgreementId))
			.map(AreaInHistory::agreementValidFrom)
			.findFirst()
			.orElse(null);
		if (targetFrom == null) {
			return Set.of();
		}
		boolean forwards = start.agreementValidFrom() == null || targetFrom.isAfter(start.agreementValidFrom());
		Map<UUID, List<UUID>> edges = new HashMap<>();
		all.values().forEach(area -> area.mapsFrom().forEach(from -> {
			if (forwards) {
				edges.computeIfAbsent(from, id -> new ArrayList<>()).add(area.area().id());
			}
			else {
				edges.computeIfAbsent(area.area().id(), id -> new ArrayList<>()).add(from);
			}
		}));
		Set<UUID> found = new LinkedHashSet<>();
		Set<UUID> seen = new HashSet<>();
		Deque<UUID> queue = new ArrayDeque<>(List.of(areaId));
		while (!queue.isEmpty()) {
			UUID next = queue.poll();
			for (UUID reached : edges.getOrDefault(next, List.of())) {
				if (!seen.add(reached)) {
					continue;
				}
				AreaInHistory area = all.get(reached);
				if (area != null && targetAgreementId.equals(area.agreementId())) {
					found.add(reached);
				}
				else {
					queue.add(reached);
				}
			}
		}
		return found;
	}
}
