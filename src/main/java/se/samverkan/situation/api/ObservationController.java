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

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.identity.CurrentActor;
import se.samverkan.platform.web.PageOf;
import se.samverkan.situation.CategoryManagement;
import se.samverkan.situation.ImportResult;
import se.samverkan.situation.NewObservation;
import se.samverkan.situation.Observation;
import se.samverkan.situation.ObservationCategory;
import se.samverkan.situation.ObservationCsvImport;
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

	ObservationController(ObservationReporting reporting, CategoryManagement categories, ObservationCsvImport csv) {
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

	@GetMapping("/observations")
	PageOf<ObservationResponse> find(@RequestParam(required = false) UUID districtId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String categoryCode, @RequestParam(required = false) UUID placeId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		var filter = new Observations.Filter(districtId, from == null ? null : from.atStartOfDay(STOCKHOLM).toOffsetDateTime(),
				to == null ? null : to.plusDays(1).atStartOfDay(STOCKHOLM).toOffsetDateTime(), categoryCode, placeId, null,
				null);
		var found = reporting.find(CurrentActor.get(), filter, page, size);
		return new PageOf<>(found.items().stream().map(ObservationResponse::of).toList(), found.page(), found.size(),
				found.totalItems());
	}

	/**
	 * CSV import, all or nothing. A file with errors answers 400 with the same members
	 * ({@code imported} 0, {@code errors} by line).
	 */
	@PostMapping(value = "/observations/import", consumes = { "text/csv", "text/plain", "application/octet-stream" })
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
