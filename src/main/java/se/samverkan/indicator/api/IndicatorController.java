package se.samverkan.indicator.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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

import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.indicator.ImportReport;
import se.samverkan.indicator.Indicator;
import se.samverkan.indicator.IndicatorInput;
import se.samverkan.indicator.IndicatorManagement;
import se.samverkan.indicator.IndicatorReading;
import se.samverkan.indicator.IndicatorValue;
import se.samverkan.indicator.ValueInput;
import se.samverkan.indicator.ValueRecording;
import se.samverkan.indicator.api.IndicatorResponses.Approved;
import se.samverkan.indicator.api.IndicatorResponses.ApproveRequest;
import se.samverkan.indicator.api.IndicatorResponses.ComparisonResponse;
import se.samverkan.indicator.api.IndicatorResponses.IndicatorResponse;
import se.samverkan.indicator.api.IndicatorResponses.Recorded;
import se.samverkan.indicator.api.IndicatorResponses.TrendResponse;
import se.samverkan.indicator.api.IndicatorResponses.ValueRequest;
import se.samverkan.indicator.api.IndicatorResponses.ValueResponse;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.PageOf;
import se.samverkan.platform.web.RefusedFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Indicators")
class IndicatorController {

	private final IndicatorManagement indicators;

	private final ValueRecording recording;

	private final IndicatorReading reading;

	IndicatorController(IndicatorManagement indicators, ValueRecording recording, IndicatorReading reading) {
		this.indicators = indicators;
		this.recording = recording;
		this.reading = reading;
	}

	/** A definition as sent; choices as text so a wrong one is named. Read-only members of a GET are ignored. */
	record IndicatorRequest(String code, String name, String unit, String direction, String source, String sourceRef,
			List<UUID> priorityAreaIds, String level, String frequency, @JsonProperty("public") Boolean isPublic,
			String definition, String limitations, Integer version) {

		IndicatorInput input() {
			return new IndicatorInput(code, name, unit, direction, source, sourceRef, priorityAreaIds, level, frequency,
					isPublic, definition, limitations);
		}

		static IndicatorRequest empty() {
			return new IndicatorRequest(null, null, null, null, null, null, null, null, null, null, null, null, null);
		}
	}

	@GetMapping("/indicators")
	PageOf<IndicatorResponse> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return PageOf.slice(indicators.find(CurrentActor.get()).stream().map(IndicatorResponse::of).toList(), page, size);
	}

	@PostMapping("/indicators")
	ResponseEntity<IndicatorResponse> create(@RequestBody(required = false) IndicatorRequest request) {
		IndicatorRequest body = request == null ? IndicatorRequest.empty() : request;
		Indicator indicator = indicators.create(CurrentActor.get(), body.input());
		return ResponseEntity.created(URI.create("/api/v1/indicators/" + indicator.id())).body(IndicatorResponse.of(indicator));
	}

	@GetMapping("/indicators/{id}")
	IndicatorResponse get(@PathVariable UUID id) {
		return IndicatorResponse.of(indicators.get(CurrentActor.get(), id));
	}

	@PutMapping("/indicators/{id}")
	IndicatorResponse update(@PathVariable UUID id, @RequestBody(required = false) IndicatorRequest request) {
		IndicatorRequest body = request == null ? IndicatorRequest.empty() : request;
		return IndicatorResponse.of(indicators.revise(CurrentActor.get(), id, body.version(), body.input()));
	}

	@Operation(summary = "Upsert values on unit and period", description = """
			Each value names its unit by unitId (null: the municipality as a whole) or unitCode, its period as 2025,
			2025-T1, 2025-Q2 or 2025-05 (the indicator's kind), and its value; state PRELIMINARY (default) or APPROVED
			(central coordinators only); eventCount, the events it counts (fewer than 5 are withheld from the public).
			A changed figure goes back to PRELIMINARY. Bad input 400 naming [i].field; a unit outside the writer's
			scope or an approval by someone else 403 naming the field. Nothing is stored unless all can be.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			array = @ArraySchema(schema = @Schema(implementation = ValueRequest.class))))
	@PutMapping("/indicators/{id}/values")
	Recorded putValues(@PathVariable UUID id, @RequestBody(required = false) JsonNode body) {
		ValueRecording.Recorded recorded = recording.record(CurrentActor.get(), id, inputs(body));
		return new Recorded(recorded.changed(), recorded.unchanged(), responses(recorded.values()));
	}

	@GetMapping("/indicators/{id}/values")
	PageOf<ValueResponse> values(@PathVariable UUID id,
			@Parameter(description = "Unit ids, or the municipality code (0180) for the municipality as a whole; none for every unit")
			@RequestParam(required = false) List<String> unitId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "500") int size) {
		Actor actor = CurrentActor.get();
		return PageOf.slice(responses(reading.values(actor, id, reading.selection(unitId, "unitId"))), page, size);
	}

	@Operation(summary = "Approve preliminary values (central coordinators)",
			description = "The values named by unit and period, or every preliminary value of the indicator when none are named.")
	@PostMapping("/indicators/{id}/values/approve")
	Approved approve(@PathVariable UUID id, @RequestBody(required = false) ApproveRequest request) {
		List<UUID> units = new ArrayList<>();
		List<String> periods = new ArrayList<>();
		if (request != null && request.values() != null) {
			for (int i = 0; i < request.values().size(); i++) {
				var key = request.values().get(i);
				if (key == null || key.period() == null || key.period().isBlank()) {
					throw InvalidInput.of("values[" + i + "].period", "required", "Ange perioden för värdet som ska godkännas.");
				}
				units.add(key.unitId());
				periods.add(key.period().strip());
			}
		}
		List<IndicatorValue> approved = recording.approve(CurrentActor.get(), id, units, periods);
		return new Approved(approved.size(), responses(approved));
	}

	@Operation(summary = "Import values of one indicator from CSV or .xlsx", description = """
			Columns unitCode, period, value; optionally state, eventCount, note. Comma, semicolon (with decimal comma,
			"21,5", as Swedish Excel saves it) or tab; UTF-8, UTF-16 with a byte order mark, or Windows-1252; or an
			Excel workbook (.xlsx, first sheet). All or nothing: a file with errors answers 400 with every error by line.
			Values already stored as they are count as skipped, so importing a file twice changes nothing.""")
	@PostMapping(value = "/indicators/{id}/values/import", consumes = { "text/csv", "text/plain",
			"application/octet-stream", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
	ResponseEntity<Object> importValues(@PathVariable UUID id, HttpServletRequest request) throws IOException {
		return importFile(id, request);
	}

	@Operation(summary = "Import values of several indicators from CSV or .xlsx",
			description = "As the import of one indicator, with a column indicatorCode naming each line's indicator.")
	@PostMapping(value = "/indicators/values/import", consumes = { "text/csv", "text/plain", "application/octet-stream",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
	ResponseEntity<Object> importManyValues(HttpServletRequest request) throws IOException {
		return importFile(null, request);
	}

	@GetMapping("/indicators/{id}/trend")
	TrendResponse trend(@PathVariable UUID id,
			@Parameter(description = "Unit ids, or the municipality code (0180); none for every unit with values")
			@RequestParam(required = false) List<String> unitIds) {
		return TrendResponse.of(reading.trend(CurrentActor.get(), id, reading.selection(unitIds, "unitIds")));
	}

	@GetMapping("/indicators/compare")
	ComparisonResponse compare(@RequestParam(required = false) String period,
			@RequestParam(required = false) List<UUID> indicatorIds) {
		return ComparisonResponse.of(reading.compare(CurrentActor.get(), period, indicatorIds));
	}

	private ResponseEntity<Object> importFile(UUID id, HttpServletRequest request) throws IOException {
		Path file = Files.createTempFile("samverkan-values", ".upload");
		try (InputStream in = request.getInputStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			ImportReport report = recording.importFile(CurrentActor.get(), id, file, "api");
			if (!report.refused()) {
				return ResponseEntity.ok(report);
			}
			Map<String, Object> format = new LinkedHashMap<>();
			format.put("format", report.format());
			return RefusedFile.of(report.errors(), format);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private List<ValueResponse> responses(List<IndicatorValue> values) {
		return values.stream().map(value -> ValueResponse.of(value, reading.unit(value.unitId()))).toList();
	}

	/** The body as value inputs, every member as text, so a wrong one is refused naming its field. */
	static List<ValueInput> inputs(JsonNode body) {
		// A list, or an object holding it under "values" (or "items", as GET .../values answers it).
		String member = body == null || !body.isObject() ? null
				: body.has("values") ? "values" : body.has("items") ? "items" : null;
		JsonNode list = member != null ? body.get(member) : body;
		if (list == null || !list.isArray()) {
			throw InvalidInput.of(member != null ? member : "values", "array",
					"Skicka en lista av värden: [{\"unitId\", \"period\", \"value\", \"state\"}].");
		}
		List<ValueInput> inputs = new ArrayList<>();
		for (JsonNode item : list) {
			if (item == null || item.isNull()) {
				inputs.add(null);
				continue;
			}
			if (!item.isObject()) {
				throw InvalidInput.of("[" + inputs.size() + "]", "object", "Varje värde är ett objekt med unitId, period och value.");
			}
			inputs.add(new ValueInput(text(item, "unitId"), text(item, "unitCode"), text(item, "period"),
					text(item, "value"), text(item, "state"), text(item, "eventCount"), text(item, "note")));
		}
		return inputs;
	}

	private static String text(JsonNode item, String field) {
		JsonNode member = item.get(field);
		if (member == null || member.isNull()) {
			return null;
		}
		if (member.isNumber()) {
			return member.decimalValue().toPlainString();
		}
		return member.isContainer() ? member.toString() : member.asString();
	}
}
