package se.samverkan.followup.api;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.followup.ReportingStatus;
import se.samverkan.followup.ReportingStatusService;
import se.samverkan.identity.CurrentActor;

@RestController
@Tag(name = "Follow-up")
class ReportingStatusController {

	private final ReportingStatusService status;

	private final Clock clock;

	ReportingStatusController(ReportingStatusService status, Clock clock) {
		this.status = status;
		this.clock = clock;
	}

	@Operation(summary = "Law 2023:196 at a glance for a year", description = """
			For the municipality (unitId null) and each district in the caller's scope: situation picture established \
			in the year, action plan established, follow-up reports per period (MISSING, SUBMITTED, ACKNOWLEDGED, \
			RETURNED; drafting when a draft exists; overdue after the reporting calendar's due date), and the yearly \
			compilation's state. year defaults to this year.""")
	@GetMapping("/api/v1/reporting-status")
	ReportingStatus get(@RequestParam(required = false) Integer year) {
		return status.of(CurrentActor.get(), year == null ? LocalDate.now(clock).getYear() : year);
	}
}
