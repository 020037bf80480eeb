package se.samverkan.followup.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkan.followup.ReportingStatusService;
import se.samverkan.identity.CurrentActor;

/** Law 2023:196 at a glance: the beredningsgrupp's first page in the autumn. */
@Controller
class ReportingStatusPage {

	private final ReportingStatusService status;

	private final Clock clock;

	ReportingStatusPage(ReportingStatusService status, Clock clock) {
		this.status = status;
		this.clock = clock;
	}

	@GetMapping("/reporting-status")
	String page(@RequestParam(required = false) Integer year, Model model) {
		int chosen = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("status", status.of(CurrentActor.get(), chosen));
		model.addAttribute("year", chosen);
		return "followup/reporting-status";
	}
}
