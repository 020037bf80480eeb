package se.samverkan.situation.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.governance.DecisionInput;
import se.samverkan.identity.CurrentActor;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.FileDownloads;
import se.samverkan.platform.web.PageOf;
import se.samverkan.situation.DistrictOverview;
import se.samverkan.situation.OverviewPeriod;
import se.samverkan.situation.Place;
import se.samverkan.situation.PlaceManagement;
import se.samverkan.situation.PlaceManagement.PlaceInput;
import se.samverkan.situation.PoliceEventImport;
import se.samverkan.situation.SituationPicture;
import se.samverkan.situation.SituationPicture.Source;
import se.samverkan.situation.SituationPictureManagement;
import se.samverkan.situation.SituationPictureExports;
import se.samverkan.situation.SituationPictureManagement.NewPicture;
import se.samverkan.situation.Trend;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Situation picture")
class SituationController {

	private static final java.time.ZoneId STOCKHOLM = java.time.ZoneId.of("Europe/Stockholm");

	private final DistrictOverview overview;

	private final PlaceManagement places;

	private final PoliceEventImport policeEvents;

	private final SituationPictureManagement pictures;

	private final SituationPictureExports exports;

	SituationController(DistrictOverview overview, PlaceManagement places, PoliceEventImport policeEvents,
			SituationPictureManagement pictures, SituationPictureExports exports) {
		this.overview = overview;
		this.places = places;
		this.policeEvents = policeEvents;
		this.pictures = pictures;
		this.exports = exports;
	}

	@io.swagger.v3.oas.annotations.Operation(description = "A district counts the observations filed under the districts it "
			+ "continued (Järva: Rinkeby-Kista and Spånga-Tensta; countedDistrictIds lists them); a former district counts "
			+ "only its own. from and to are included; without them the last twelve months up to today. byStatus counts "
			+ "NEW, HANDLED and FORWARDED.")
	@GetMapping("/districts/{id}/overview")
	DistrictOverview.Overview overview(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String categoryCode) {
		OverviewPeriod period = OverviewPeriod.of(from, to, LocalDate.now(STOCKHOLM));
		return overview.overview(CurrentActor.get(), id, period.first(), period.last(),
				se.samverkan.platform.rules.FieldChecks.clean(categoryCode));
	}

	/** The body is read only once the caller is known to be allowed to import (by the service). */
	@PostMapping("/imports/police-events")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The police's public events: "
			+ "a JSON array of {id, datetime, name, summary, url, type, location{name, gps}}",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(
							schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object"))))
	PoliceEventImport.Result importPoliceEvents(jakarta.servlet.http.HttpServletRequest request)
			throws java.io.IOException {
		return policeEvents.importEvents(CurrentActor.get(), request.getInputStream());
	}

	/** A place as the API shows it, with {@code position} as POST takes it, so a GET can be PUT back. */
	record PlaceResponse(UUID id, String name, UUID districtId, se.samverkan.situation.Position position,
			List<String> tags, int version) {

		static PlaceResponse of(Place place) {
			return new PlaceResponse(place.id(), place.name(), place.districtId(),
					place.lat() == null ? null : new se.samverkan.situation.Position(place.lat(), place.lon()), place.tags(),
					place.version());
		}
	}

	@GetMapping("/places")
	PageOf<PlaceResponse> places(@RequestParam(required = false) UUID districtId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageOf.slice(places.find(CurrentActor.get(), districtId).stream().map(PlaceResponse::of).toList(), page,
				size);
	}

	@GetMapping("/places/{id}")
	PlaceResponse place(@PathVariable UUID id) {
		return PlaceResponse.of(places.get(CurrentActor.get(), id));
	}

	@PostMapping("/places")
	ResponseEntity<PlaceResponse> createPlace(@RequestBody PlaceInput input) {
		Place place = places.create(CurrentActor.get(), input);
		return ResponseEntity.created(URI.create("/api/v1/places/" + place.id())).body(PlaceResponse.of(place));
	}

	@PutMapping("/places/{id}")
	PlaceResponse updatePlace(@PathVariable UUID id, @RequestBody PlaceInput input) {
		return PlaceResponse.of(places.update(CurrentActor.get(), id, input));
	}

	record SectionUpdate(String assessment, Trend trend, String notAddressedReason, Integer version) {
	}

	/** The steering group's decision (all optional: today, a standard text, the caller); {@code reason} is taken as the text of a reopening. */
	record DecisionRequest(LocalDate decisionDate, String decisionText, List<UUID> presentMemberIds, String reason) {

		DecisionInput input() {
			return new DecisionInput(decisionDate, decisionText != null && !decisionText.isBlank() ? decisionText : reason,
					presentMemberIds);
		}
	}

	record SourcesUpdate(List<Source> sources, Integer version) {
	}

	@PostMapping("/situation-pictures")
	ResponseEntity<SituationPictureResponse> create(@RequestBody NewPicture input) {
		SituationPicture picture = pictures.create(CurrentActor.get(), input);
		return ResponseEntity.created(URI.create("/api/v1/situation-pictures/" + picture.id())).body(response(picture));
	}

	@GetMapping("/situation-pictures")
	PageOf<SituationPictureResponse> list(@RequestParam(required = false) UUID districtId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageOf.slice(pictures.find(CurrentActor.get(), districtId).stream().map(this::response).toList(), page, size);
	}

	@GetMapping("/situation-pictures/{id}")
	SituationPictureResponse get(@PathVariable UUID id) {
		return response(pictures.get(CurrentActor.get(), id));
	}

	@PutMapping("/situation-pictures/{id}/sections/{priorityAreaId}")
	SituationPictureResponse updateSection(@PathVariable UUID id, @PathVariable UUID priorityAreaId,
			@RequestBody SectionUpdate update) {
		return response(pictures.updateSection(CurrentActor.get(), id, priorityAreaId, update.assessment(), update.trend(),
				update.notAddressedReason(), update.version()));
	}

	@PutMapping("/situation-pictures/{id}/sources")
	SituationPictureResponse updateSources(@PathVariable UUID id, @RequestBody SourcesUpdate update) {
		return response(pictures.updateSources(CurrentActor.get(), id, update.sources(), update.version()));
	}

	@PostMapping("/situation-pictures/{id}/establish")
	@Operation(summary = "Records the steering group's decision to establish the picture",
			description = "By a member of the district's local steering group (the beredningsgrupp for a city-wide picture), "
					+ "of the author party for a party's own picture. A JOINT picture is AWAITING_CONFIRMATION until a member "
					+ "of the other party establishes it too. Every priority area needs an assessment or a notAddressedReason (409 names them).")
	SituationPictureResponse establish(@PathVariable UUID id, @RequestBody(required = false) DecisionRequest request) {
		return response(pictures.establish(CurrentActor.get(), id, request == null ? DecisionInput.defaults() : request.input()));
	}

	@PostMapping("/situation-pictures/{id}/reopen")
	@Operation(summary = "Records the steering group's decision to reopen an established picture (an addition to API.md)",
			description = "decisionText (or reason) says why; the picture is a draft again.")
	SituationPictureResponse reopen(@PathVariable UUID id, @RequestBody(required = false) DecisionRequest request) {
		return response(pictures.reopen(CurrentActor.get(), id, request == null ? DecisionInput.defaults() : request.input()));
	}

	private SituationPictureResponse response(SituationPicture picture) {
		return SituationPictureResponse.of(picture, pictures.decisions(picture));
	}

	@Operation(summary = "The situation picture as a document", description = """
			format: pdf or docx. The document is in the caller's language (Accept-Language: en for English): \
			cover with the steering group's decision, summary, each priority area with its assessment and \
			figures against the previous period with the trend in words, the weekly chart, the hotspot map, \
			sources and limitations, method.""")
	@GetMapping("/situation-pictures/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
		return FileDownloads.attachment(exports.export(CurrentActor.get(), id, format, LocaleContextHolder.getLocale()));
	}
}
