package se.samverkan.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Law 2023:196 at a glance for one year: for the municipality and each district, whether the
 * year's situation picture and action plan are established, which follow-up reports are in,
 * returned or missing, and whether the yearly compilation is published.
 */
public record ReportingStatus(int year, Unit municipality, List<Unit> districts, Compilation compilation) {

	/**
	 * One row: {@code unitId} null for the municipality (its city-wide picture and plan).
	 *
	 * @param actionPlanStatus NONE, DRAFT or ESTABLISHED
	 */
	public record Unit(UUID unitId, String name, boolean situationPictureEstablished, UUID situationPictureId,
			boolean actionPlanEstablished, String actionPlanStatus, UUID actionPlanId, List<PeriodReport> reports) {

		public long reportsIn() {
			return reports.stream().filter(report -> report.status().equals("SUBMITTED") || report.status().equals("ACKNOWLEDGED")).count();
		}
	}

	/**
	 * A period's report: MISSING (none, or a draft not yet submitted: {@code drafting}), SUBMITTED,
	 * ACKNOWLEDGED or RETURNED; {@code overdue} when its due date has passed and it is not in.
	 */
	public record PeriodReport(String period, String status, boolean drafting, LocalDate dueDate, boolean overdue,
			UUID reportId) {
	}

	/** @param status NONE, DRAFT or PUBLISHED */
	public record Compilation(UUID id, String status, boolean published) {
	}
}
