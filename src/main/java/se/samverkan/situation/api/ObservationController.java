package se.samverkan.situation.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.PageOf;
import se.samverkan.situation.CategoryManagement;
import se.samverkan.situation.ImportResult;
import se.samverkan.situation.NewObservation;
import se.samverkan.situation.Observation;
import se.samverkan.situation.ObservationCategory;
import se.samverkan.situation.ObservationCsvImport;
import se.samverkan.situation.ObservationHandling;
import se.samverkan.situation.ObservationStatus;
import se.samverkan.situation.ObservationReporting;
import se.samverkan.situation.Observations;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Situation picture")
class ObservationController {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final ObservationReporting reporting;

	private final CategoryManagement categories;

	private final ObservationCsvImport csv;

	private final ObservationHandling handling;

	ObservationController(ObservationReporting reporting, CategoryManagement categories, ObservationCsvImport csv,
			ObservationHandling handling) {
		this.handling = handling;
		this.reporting = reporting;
		this.categories = categories;
		this.csv = csv;
	}

	record CategoryResponse(String code, String name, String nameEn, String priorityAreaCode,
			List<String> policeEventTypes, int ordinal, int version) {

		static CategoryResponse of(ObservationCategory category) {
			return new CategoryResponse(category.code(), category.name(), category.nameEn(), category.priorityAreaCode(),
					category.policeEventTypes(), category.ordinal(), category.version());
		}
	}

	record ObservationResponse(UUID id, java.time.OffsetDateTime occurredAt, java.time.OffsetDateTime reportedAt,
			String reportedBy, Map<String, Double> position, UUID placeId, String spot, UUID districtId,
			String neighbourhood, String categoryCode, String priorityAreaCode, int severity, String description,
			String proposedMeasure, String status, String externalId, String source, int version) {

		static ObservationResponse of(Observation o) {
			Map<String, Double> position = null;
			if (o.lat() != null) {
				position = new LinkedHashMap<>();
				position.put("lat", o.lat());
				position.put("lon", o.lon());
			}
			return new ObservationResponse(o.id(), o.occurredAt(), o.reportedAt(), o.reportedBy(), position, o.placeId(),
					o.spot(), o.districtId(), o.neighbourhood(), o.categoryCode(), o.priorityAreaCode(), o.severity(),
					o.description(), o.proposedMeasure(), o.status(), o.externalId(), o.source(), o.version());
		}
	}

	@GetMapping("/observation-categories")
	List<CategoryResponse> categories() {
		CurrentActor.get();
		return reporting.categories().stream().map(CategoryResponse::of).toList();
	}

	record CategoryRequest(String code, String name, String nameEn, String priorityAreaCode,
			List<String> policeEventTypes, Integer ordinal, Integer version) {

		ObservationCategory category(String code) {
			return new ObservationCategory(code, name, nameEn, priorityAreaCode, policeEventTypes,
					ordinal == null ? 0 : ordinal, version == null ? -1 : version);
		}
	}

	@PostMapping("/observation-categories")
	ResponseEntity<CategoryResponse> createCategory(@RequestBody CategoryRequest request) {
		var saved = categories.save(CurrentActor.get(), request.category(request.code()), true);
		return ResponseEntity.status(HttpStatus.CREATED).body(CategoryResponse.of(saved));
	}

	@PutMapping("/observation-categories/{code}")
	CategoryResponse updateCategory(@PathVariable String code, @RequestBody CategoryRequest request) {
		return CategoryResponse.of(categories.save(CurrentActor.get(), request.category(code), false));
	}

	@PostMapping("/observations")
	ResponseEntity<ObservationResponse> report(@RequestBody NewObservation observation) {
		Observation saved = reporting.report(CurrentActor.get(), observation, "API");
		return ResponseEntity.created(URI.create("/api/v1/observations/" + saved.id())).body(ObservationResponse.of(saved));
	}

	@Operation(description = "A district includes the observations filed under the districts it continued (Järva: "
			+ "Rinkeby-Kista and Spånga-Tensta), as its overview counts them. status: NEW, HANDLED or FORWARDED; "
			+ "neighbourhood: its name, as in the observations.")
	@GetMapping("/observations")
	PageOf<ObservationResponse> find(@RequestParam(required = false) UUID districtId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String categoryCode, @RequestParam(required = false) UUID placeId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String neighbourhood,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (status != null && ObservationStatus.parse(status) == null) {
			throw InvalidInput.of("status", "unknown", "Status ska vara NEW, HANDLED eller FORWARDED.");
		}
		var filter = new Observations.Filter(districtId, from == null ? null : from.atStartOfDay(STOCKHOLM).toOffsetDateTime(),
				to == null ? null : to.plusDays(1).atStartOfDay(STOCKHOLM).toOffsetDateTime(), categoryCode, placeId, null,
				null, status, FieldChecks.clean(neighbourhood));
		var found = reporting.find(CurrentActor.get(), filter, page, size);
		return new PageOf<>(found.items().stream().map(ObservationResponse::of).toList(), found.page(), found.size(),
				found.totalItems());
	}

	record StatusChangeResponse(String fromStatus, String toStatus, String note, String changedBy,
			java.time.OffsetDateTime changedAt) {

		static StatusChangeResponse of(Observations.StatusChange change) {
			return new StatusChangeResponse(change.fromStatus(), change.toStatus(), change.note(), change.changedBy(),
					change.changedAt());
		}
	}

	record ObservationWithHistory(@JsonUnwrapped ObservationResponse observation,
			List<StatusChangeResponse> statusChanges) {
	}

	@Operation(description = "One observation with its status changes and their notes, oldest first.")
	@GetMapping("/observations/{id}")
	ObservationWithHistory get(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		Observation observation = reporting.get(actor, id);
		return new ObservationWithHistory(ObservationResponse.of(observation),
				reporting.statusChanges(actor, id).stream().map(StatusChangeResponse::of).toList());
	}

	record StatusUpdate(String status, String note, Integer version) {
	}

	@Operation(summary = "Change an observation's status (the district's coordinators)",
			description = "NEW -> HANDLED or FORWARDED; FORWARDED -> HANDLED; back to NEW to undo a mistake. A note is "
					+ "required when forwarding (where to) and when going back to NEW (why). Send the version you read: "
					+ "a stale one answers 409 and changes nothing; a change the rules do not allow answers 409.")
	@PatchMapping("/observations/{id}")
	ObservationResponse changeStatus(@PathVariable UUID id, @RequestBody StatusUpdate update) {
		return ObservationResponse.of(handling.changeStatus(CurrentActor.get(), id, update.status(), update.note(),
				update.version()));
	}

	/**
	 * Import from CSV or .xlsx, all or nothing. A file with errors answers 400 with the same members
	 * ({@code imported} 0, {@code errors} by line and column); a file that is neither answers 400
	 * naming the field {@code file}.
	 */
	@Operation(summary = "Import observations from CSV or an Excel workbook (.xlsx)",
			description = "The body is the file. CSV as any tool saves it: comma, semicolon or tab separated, UTF-8 (with or "
					+ "without BOM), UTF-16 with BOM, or Windows-1252 (Swedish Excel's \"CSV (semikolonavgränsad)\"); decimal "
					+ "comma or point in lat and lon; occurredAt as ISO 8601 or \"2025-04-03 21:30\" (Stockholm time). "
					+ "Or an .xlsx workbook: its first sheet, read as a stream. Header row with API.md's field names in any "
					+ "case. Rows whose externalId was imported before are skipped. A file with errors imports nothing and "
					+ "answers 400 with every error as {line, column, message}; a file that is neither CSV nor .xlsx (or an "
					+ "old .xls, or empty) answers 400 with errors [{field: \"file\", code, message}].")
	@PostMapping(value = "/observations/import", consumes = { "text/csv", "text/plain", "application/octet-stream",
			"application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
	ResponseEntity<Object> importCsv(HttpServletRequest request) throws IOException {
		csv.importScope(CurrentActor.get());
		Path file = Files.createTempFile("samverkan-upload", ".csv");
		try (InputStream in = request.getInputStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			ImportResult result = csv.importFile(CurrentActor.get(), file, "api", line -> {
			});
			if (result.errors().isEmpty()) {
				return ResponseEntity.ok(result);
			}
			return se.samverkan.platform.web.RefusedFile.of(result.errors(), Map.of());
		}
		finally {
			Files.deleteIfExists(file);
		}
	}
}
