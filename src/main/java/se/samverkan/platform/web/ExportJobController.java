package se.samverkan.platform.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.platform.documents.ExportJobs;
import se.samverkan.platform.rules.NotFound;

/** A background export's progress and, once done, its file; only the user who asked sees either. */
@RestController
@Tag(name = "Exports")
class ExportJobController {

	private final ExportJobs jobs;

	ExportJobController(ExportJobs jobs) {
		this.jobs = jobs;
	}

	@Operation(summary = "How far a background export has come", description = "status RUNNING, DONE or FAILED; percent 0-100.")
	@GetMapping("/api/v1/export-jobs/{id}")
	ExportJobs.Job job(@PathVariable UUID id) {
		return jobs.job(id, username()).orElseThrow(() -> new NotFound("export job", id));
	}

	@Operation(summary = "The finished file of a background export")
	@GetMapping("/api/v1/export-jobs/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable UUID id) {
		return download(jobs.file(id, username()).orElseThrow(() -> new NotFound("export file", id)));
	}

	/** The file as a download. */
	static ResponseEntity<byte[]> download(ExportJobs.ExportFile file) {
		return FileDownloads.attachment(file);
	}

	static String username() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}
}
