package se.samverkan.notification;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.samverkan.followup.CarryOversProposed;
import se.samverkan.followup.CompilationPublished;
import se.samverkan.followup.ReportDecided;
import se.samverkan.followup.ReportStatus;
import se.samverkan.followup.ReportSubmitted;

/**
 * Notices of the follow-up workflow, after the step has committed (Spring Modulith's event
 * publication registry keeps each until it is handled, across restarts). Each is keyed by the item
 * and its version, so a redelivered event notifies nobody twice.
 */
@Component
class FollowupNotices {

	private final NotificationCenter center;

	FollowupNotices(NotificationCenter center) {
		this.center = center;
	}

	@ApplicationModuleListener
	void on(ReportSubmitted event) {
		center.notify(event.recipients(), NotificationType.AWAITING_DECISION, "notification.report-submitted",
				List.of(event.title(), String.valueOf(event.number())), "/reports/" + event.reportId(),
				"report-submitted:" + event.reportId() + ":" + event.number());
	}

	@ApplicationModuleListener
	void on(ReportDecided event) {
		boolean returned = event.outcome() == ReportStatus.RETURNED;
		center.notify(event.authors(), returned ? NotificationType.REPORT_RETURNED : NotificationType.REPORT_ACKNOWLEDGED,
				returned ? "notification.report-returned" : "notification.report-acknowledged",
				List.of(event.title(), event.comment() == null ? "" : event.comment()), "/reports/" + event.reportId(),
				"report-decided:" + event.reportId() + ":" + event.number());
	}

	@ApplicationModuleListener
	void on(CompilationPublished event) {
		center.notify(event.recipients(), NotificationType.COMPILATION_PUBLISHED, "notification.compilation-published",
				List.of(String.valueOf(event.year())), "/compilations/" + event.compilationId(),
				"compilation-published:" + event.compilationId());
	}

	@ApplicationModuleListener
	void on(CarryOversProposed event) {
		center.notify(event.recipients(), NotificationType.CARRY_OVER_PROPOSED, "notification.carry-over-proposed",
				List.of(String.valueOf(event.count()), event.districtName() == null ? "" : event.districtName(),
						String.valueOf(event.year() + 1)),
				"/compilations/" + event.compilationId(), "carry-over:" + event.compilationId() + ":" + event.districtId());
	}
}
