package se.samverkan.followup.web;

import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkan.followup.FollowupExports;
import se.samverkan.identity.CurrentActor;
import se.samverkan.platform.web.FileDownloads;

/** The action plan as a document (PDF, DOCX, XLSX) from the plan's page; the API's export needs a token. */
@Controller
class PlanDocumentPages {

	private final FollowupExports exports;

	PlanDocumentPages(FollowupExports exports) {
		this.exports = exports;
	}

	@GetMapping("/plans/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
		return FileDownloads.attachment(exports.export(CurrentActor.get(), FollowupExports.Kind.PLAN, id, format,
				LocaleContextHolder.getLocale()));
	}
}
