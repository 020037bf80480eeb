package se.samverkan.followup.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import se.samverkan.followup.FollowupExports;
import se.samverkan.followup.FollowupReport;
import se.samverkan.followup.Narrative;
import se.samverkan.followup.ReportManagement;
import se.samverkan.followup.ReportManagement.ReportView;
import se.samverkan.followup.ReportSnapshot;
import se.samverkan.followup.ReportVersion;
import se.samverkan.identity.CurrentActor;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.PageOf;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Follow-up")
class ReportController {

	private final ReportManagement reports;

	private final FollowupExports exports;

	ReportController(ReportManagement reports, FollowupExports exports) {
		this.reports = reports;
		this.exports = exports;
	}

	record CreateRequest(String period) {
	}

	record DecisionRequest(String comment) {
	}

	record VersionSummary(int number, String submittedBy, OffsetDateTime submittedAt, String outcome, String decidedBy,
			OffsetDateTime decidedAt, String comment) {

		static VersionSummary of(ReportVersion v) {
			return new VersionSummary(v.number(), v.submittedBy(), v.submittedAt(),
					v.outcome() == null ? null : v.outcome().name(), v.decidedBy(), v.decidedAt(), v.comment());
		}
	}

	/**
	 * A report: {@code versionNumber} is the report's own version (1, then 2 after a return) and
	 * {@code version} the optimistic-locking counter a PUT sends back.
	 */
	record ReportResponse(UUID id, UUID planId, UUID districtId, String title, String period, String status,
			int versionNumber, Narrative narrative, List<String> authors, String createdBy, OffsetDateTime createdAt,
			ReportSnapshot snapshot, List<VersionSummary> versions, int version) {

		static ReportResponse of(ReportView view, String title) {
			FollowupReport r = view.report();
			return new ReportResponse(r.id(), r.planId(), r.districtId(), title, r.period().code(), r.status().name(),
					r.edition(), r.narrative(), r.authors(), r.createdBy(), r.createdAt(), view.snapshot(),
					view.versions().stream().map(VersionSummary::of).toList(), r.version());
		}
	}

	record ReportListItem(UUID id, UUID planId, UUID districtId, String period, String status, int versionNumber,
			String createdBy, OffsetDateTime createdAt, int version) {

		static ReportListItem of(FollowupReport r) {
			return new ReportListItem(r.id(), r.planId(), r.districtId(), r.period().code(), r.status().name(),
					r.edition(), r.createdBy(), r.createdAt(), r.version());
		}
	}

	@Operation(summary = "Create a follow-up report of the plan for a period of its year",
			description = "period: YYYY-T1, YYYY-T2 or YYYY (the plan's year). 201 with a snapshot of the plan's activities, goals and indicators and an empty narrative; a second report for the same period 409.")
	@PostMapping("/action-plans/{id}/reports")
	ResponseEntity<ReportResponse> create(@PathVariable UUID id, @RequestBody(required = false) CreateRequest request) {
		ReportView view = reports.create(CurrentActor.get(), id, request == null ? null : request.period());
		return ResponseEntity.created(URI.create("/api/v1/reports/" + view.report().id())).body(response(view));
	}

	@Operation(summary = "The reports of a plan")
	@GetMapping("/action-plans/{id}/reports")
	List<ReportListItem> ofPlan(@PathVariable UUID id) {
		return reports.find(CurrentActor.get(), null, id, null).stream().map(ReportListItem::of).toList();
	}

	@Operation(summary = "Reports in the caller's scope", description = "Filters: year, districtId, planId.")
	@GetMapping("/reports")
	PageOf<ReportListItem> list(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) UUID districtId, @RequestParam(required = false) UUID planId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageOf.slice(reports.find(CurrentActor.get(), year, planId, districtId).stream().map(ReportListItem::of).toList(),
				page, size);
	}

	@GetMapping("/reports/{id}")
	ReportResponse get(@PathVariable UUID id) {
		return response(reports.get(CurrentActor.get(), id));
	}

	@Operation(summary = "Write the narrative", description = """
			narrative: {"overall": text, "priorityAreas": [{"priorityAreaId", "text"}]}, or plain text for the overall part; \
			version: as read. A returned report becomes the draft of its next version.""")
	@PutMapping("/reports/{id}")
	ReportResponse write(@PathVariable UUID id, @RequestBody(required = false) JsonNode body) {
		JsonNode request = body == null ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : body;
		return response(reports.write(CurrentActor.get(), id, narrative(request.get("narrative")), version(request)));
	}

	@Operation(summary = "Submit the report to the local steering group and the beredningsgrupp",
			description = "Freezes the snapshot and the text as the report's next version. Submitting twice 409.")
	@PostMapping("/reports/{id}/submit")
	ReportResponse submit(@PathVariable UUID id) {
		return response(reports.submit(CurrentActor.get(), id));
	}

	@Operation(summary = "Acknowledge the submitted report", description = "A steering member or central coordinator who did not write it; the author 409.")
	@PostMapping("/reports/{id}/acknowledge")
	ReportResponse acknowledge(@PathVariable UUID id, @RequestBody(required = false) DecisionRequest request) {
		return response(reports.acknowledge(CurrentActor.get(), id, request == null ? null : request.comment()));
	}

	@Operation(summary = "Return the submitted report with a comment (required)")
	@PostMapping("/reports/{id}/return")
	ReportResponse returnReport(@PathVariable UUID id, @RequestBody(required = false) DecisionRequest request) {
		return response(reports.returnReport(CurrentActor.get(), id, request == null ? null : request.comment()));
	}

	@Operation(summary = "Every submitted version of the report, oldest first")
	@GetMapping("/reports/{id}/versions")
	List<VersionSummary> versions(@PathVariable UUID id) {
		return reports.get(CurrentActor.get(), id).versions().stream().map(VersionSummary::of).toList();
	}

	@Operation(summary = "One submitted version, frozen: its snapshot and text as submitted")
	@GetMapping("/reports/{id}/versions/{number}")
	ReportVersion version(@PathVariable UUID id, @PathVariable int number) {
		return reports.version(CurrentActor.get(), id, number);
	}

	@Operation(summary = "The report as a file", description = "format: pdf, xlsx or csv (the activities). async=true: 202 with the export job to follow at /api/v1/export-jobs/{id}.")
	@GetMapping("/reports/{id}/export")
	ResponseEntity<?> export(@PathVariable UUID id, @RequestParam(required = false) String format,
			@Parameter(description = "run in the background") @RequestParam(defaultValue = "false") boolean async) {
		return Downloads.answer(exports, FollowupExports.Kind.REPORT, id, format, async);
	}

	private ReportResponse response(ReportView view) {
		return ReportResponse.of(view, reports.title(view.plan(), view.report()));
	}

	private static Integer version(JsonNode request) {
		JsonNode version = request.get("version");
		if (version == null || version.isNull()) {
			return null;
		}
		if (!version.isIntegralNumber()) {
			throw InvalidInput.of("version", "invalid", "Versionen är ett heltal.");
		}
		return version.asInt();
	}

	/** The narrative as an object, or plain text for its overall part. */
	static Narrative narrative(JsonNode node) {
		if (node == null || node.isNull()) {
			return Narrative.empty();
		}
		if (node.isString()) {
			return new Narrative(node.asString(), List.of());
		}
		if (!node.isObject()) {
			throw InvalidInput.of("narrative", "invalid", "Texten skickas som {\"overall\", \"priorityAreas\"}.");
		}
		FieldChecks checks = new FieldChecks();
		JsonNode overall = node.get("overall");
		if (overall != null && !overall.isNull() && !overall.isString()) {
			checks.problem("narrative.overall", "invalid", "Texten ska vara text.");
		}
		List<Narrative.AreaText> areas = new java.util.ArrayList<>();
		JsonNode list = node.get("priorityAreas");
		if (list != null && !list.isNull()) {
			if (!list.isArray()) {
				checks.problem("narrative.priorityAreas", "invalid", "En lista med {\"priorityAreaId\", \"text\"}.");
			}
			else {
				for (int i = 0; i < list.size(); i++) {
					JsonNode item = list.get(i);
					String field = "narrative.priorityAreas[" + i + "]";
					UUID area = null;
					JsonNode id = item == null ? null : item.get("priorityAreaId");
					if (id != null && id.isString()) {
						try {
							area = UUID.fromString(id.asString());
						}
						catch (IllegalArgumentException ex) {
							checks.problem(field + ".priorityAreaId", "invalid", "Inget giltigt id.");
						}
					}
					JsonNode text = item == null ? null : item.get("text");
					if (text != null && !text.isNull() && !text.isString()) {
						checks.problem(field + ".text", "invalid", "Texten ska vara text.");
					}
					areas.add(new Narrative.AreaText(area, text == null || !text.isString() ? null : text.asString()));
				}
			}
		}
		checks.throwIfAny();
		return new Narrative(overall == null || !overall.isString() ? null : overall.asString(), areas);
	}
}
