package se.samverkan.platform.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.samverkan.platform.documents.ExportJobs;
import se.samverkan.platform.rules.NotFound;

/**
 * A background export's page: its progress, refreshed by htmx every second (and by a link without
 * JavaScript), then the link to the file.
 */
@Controller
class ExportJobPages {

	private final ExportJobs jobs;

	ExportJobPages(ExportJobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/exports/{id}")
	String job(@PathVariable UUID id, Model model) {
		model.addAttribute("job", find(id));
		return "documents/export-job";
	}

	@GetMapping("/exports/{id}/status")
	String status(@PathVariable UUID id, Model model) {
		model.addAttribute("job", find(id));
		return "documents/export-job :: status";
	}

	@GetMapping("/exports/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable UUID id) {
		return ExportJobController.download(
				jobs.file(id, ExportJobController.username()).orElseThrow(() -> new NotFound("export file", id)));
	}

	private ExportJobs.Job find(UUID id) {
		return jobs.job(id, ExportJobController.username()).orElseThrow(() -> new NotFound("export job", id));
	}
}
