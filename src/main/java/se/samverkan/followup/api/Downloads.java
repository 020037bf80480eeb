package se.samverkan.followup.api;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;

import se.samverkan.identity.CurrentActor;
import se.samverkan.followup.FollowupExports;
import se.samverkan.platform.documents.ExportJobs.ExportFile;

/** Answers an export as a download, or (async=true) as 202 with the background job to follow. */
final class Downloads {

	private Downloads() {
	}

	record Accepted(UUID jobId, String status, String location) {
	}

	static ResponseEntity<?> answer(FollowupExports exports, FollowupExports.Kind kind, UUID id, String format,
			boolean async) {
		Locale locale = LocaleContextHolder.getLocale();
		if (async) {
			UUID job = exports.inBackground(CurrentActor.get(), kind, id, format, locale);
			String location = "/api/v1/export-jobs/" + job;
			return ResponseEntity.accepted().location(URI.create(location)).body(new Accepted(job, "RUNNING", location));
		}
		return file(exports.export(CurrentActor.get(), kind, id, format, locale));
	}

	static ResponseEntity<byte[]> file(ExportFile file) {
		return se.samverkan.platform.web.FileDownloads.attachment(file);
	}
}
