package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Scope;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.UnitType;

/**
 * Districts by the five priority areas: where each district's agreement has a focus area, a
 * written reason, or nothing yet, and which agreements are unsigned or due for revision.
 */
@Service
public class CoverageOverview {

	/** How long before the revision date an agreement counts as due. */
	static final int REVISION_WARNING_DAYS = 180;

	private final Agreements agreements;

	private final AgreementManagement management;

	private final OrganisationDirectory organisation;

	private final AccessPolicy policy;

	private final java.time.Clock clock;

	CoverageOverview(Agreements agreements, AgreementManagement management, OrganisationDirectory organisation,
			AccessPolicy policy, java.time.Clock clock) {
		this.agreements = agreements;
		this.management = management;
		this.organisation = organisation;
		this.policy = policy;
		this.clock = clock;
	}

	public enum CellState {
		FOCUS, REASON, NONE
	}

	public record Cell(UUID priorityAreaId, CellState state, List<String> texts) {
	}

	public record Row(UUID districtId, String districtName, UUID agreementId, AgreementStatus status,
			LocalDate nextRevisionDue, List<Cell> cells, boolean unsigned, boolean revisionDue) {
	}

	public record Overview(List<PriorityArea> priorityAreas, List<Row> rows, LocalDate today) {
	}

	@Transactional(readOnly = true)
	public Overview overview(Actor actor) {
		LocalDate today = LocalDate.now(clock);
		Scope scope = policy.scope(actor, Action.READ);
		List<PriorityArea> areas = management.currentPriorityAreas();
		List<Agreement> local = agreements.find(AgreementKind.LOCAL, null, scope.unitIdsOrNull());
		List<Row> rows = new ArrayList<>();
		for (var district : organisation.units(UnitType.DISTRICT, null, today)) {
			if (!scope.includes(district.id())) {
				continue;
			}
			Agreement agreement = local.stream()
				.filter(candidate -> district.id().equals(candidate.districtId())
						&& candidate.status() != AgreementStatus.SUPERSEDED)
				.findFirst()
				.orElse(null);
			rows.add(row(district.id(), district.name(), agreement, areas, today));
		}
		return new Overview(areas, rows, today);
	}

	private static Row row(UUID districtId, String name, Agreement agreement, List<PriorityArea> areas, LocalDate today) {
		List<Cell> cells = new ArrayList<>();
		for (PriorityArea area : areas) {
			if (agreement == null) {
				cells.add(new Cell(area.id(), CellState.NONE, List.of()));
				continue;
			}
			List<String> focus = agreement.focusAreas()
				.stream()
				.filter(f -> f.priorityAreaId().equals(area.id()))
				.map(FocusArea::title)
				.toList();
			List<String> reasons = agreement.notAddressed()
				.stream()
				.filter(r -> r.priorityAreaId().equals(area.id()))
				.map(NotAddressed::reason)
				.toList();
			cells.add(!focus.isEmpty() ? new Cell(area.id(), CellState.FOCUS, focus)
					: !reasons.isEmpty() ? new Cell(area.id(), CellState.REASON, reasons)
							: new Cell(area.id(), CellState.NONE, List.of()));
		}
		boolean unsigned = agreement == null || agreement.status() != AgreementStatus.SIGNED;
		boolean due = agreement != null && agreement.status() == AgreementStatus.SIGNED
				&& !agreement.nextRevisionDue().isAfter(today.plusDays(REVISION_WARNING_DAYS));
		return new Row(districtId, name, agreement == null ? null : agreement.id(),
				agreement == null ? null : agreement.status(), agreement == null ? null : agreement.nextRevisionDue(), cells,
				unsigned, due);
	}
}
