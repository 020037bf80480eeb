package se.samverkan.followup.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.followup.AnnualCompilation;
import se.samverkan.followup.CarryOverProposal;
import se.samverkan.followup.CompilationContent;
import se.samverkan.followup.CompilationManagement;
import se.samverkan.followup.Compilations;
import se.samverkan.followup.FollowupExports;
import se.samverkan.identity.CurrentActor;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Follow-up")
class CompilationController {

	private final CompilationManagement compilations;

	private final FollowupExports exports;

	CompilationController(CompilationManagement compilations, FollowupExports exports) {
		this.compilations = compilations;
		this.exports = exports;
	}

	record CompileRequest(Integer year) {
	}

	record DeclineRequest(String reason) {
	}

	/** The compilation with API.md's names: {@code districts}, {@code cityWide}, {@code indicatorDevelopment}, {@code nextYearPlanId}. */
	record CompilationResponse(UUID id, int year, String status, OffsetDateTime generatedAt,
			List<CompilationContent.DistrictResult> districts, CompilationContent.PlanResult cityWide,
			List<CompilationContent.AreaDevelopment> indicatorDevelopment,
			List<CompilationContent.MissingReport> missingReports, List<CompilationContent.Comparison> comparison,
			@Schema(description = "Stadens styrdokument: per steering document and goal (e.g. the council's goal 3.6), the "
					+ "year's plans (as a whole), goals and activities of the districts' plans and the city-wide plan that serve it, with their "
					+ "status. Frozen when the compilation is made, like the other sections; null in a compilation made "
					+ "before this section existed.", nullable = true)
			List<CompilationContent.SteeringDocumentWork> bySteeringDocument,
			UUID nextYearPlanId, String createdBy, OffsetDateTime createdAt, String publishedBy,
			OffsetDateTime publishedAt, int version) {

		static CompilationResponse of(AnnualCompilation a) {
			CompilationContent c = a.content();
			return new CompilationResponse(a.id(), a.year(), a.status(), c.generatedAt(), c.districts(), c.cityWide(),
					c.indicatorDevelopment(), c.missingReports(), c.comparison(), c.bySteeringDocument(), a.nextYearPlanId(), a.createdBy(),
					a.createdAt(), a.publishedBy(), a.publishedAt(), a.version());
		}
	}

	@Operation(summary = "Compile a year (central coordinators)", description = """
			201 with every district's and the city-wide plan's results, indicator development per priority area, \
			missing reports, the comparison of the districts, and nextYearPlanId: the draft CITY_WIDE plan for year + 1 \
			holding exactly the unfinished city-wide activities. Each district's unfinished activities become \
			carry-over proposals. A second compilation of the year 409, naming it.""")
	@PostMapping("/annual-compilations")
	ResponseEntity<CompilationResponse> compile(@RequestBody(required = false) CompileRequest request) {
		AnnualCompilation compilation = compilations.compile(CurrentActor.get(), request == null ? null : request.year());
		return ResponseEntity.created(URI.create("/api/v1/annual-compilations/" + compilation.id()))
			.body(CompilationResponse.of(compilation));
	}

	@GetMapping("/annual-compilations")
	List<Compilations.State> list() {
		return compilations.find(CurrentActor.get());
	}

	@GetMapping("/annual-compilations/{id}")
	CompilationResponse get(@PathVariable UUID id) {
		return CompilationResponse.of(compilations.get(CurrentActor.get(), id));
	}

	@Operation(summary = "Publish the compilation to every local organisation", description = "Notifies every district's coordinators and steering group once. Publishing twice 409.")
	@PostMapping("/annual-compilations/{id}/publish")
	CompilationResponse publish(@PathVariable UUID id) {
		return CompilationResponse.of(compilations.publish(CurrentActor.get(), id));
	}

	@Operation(summary = "The compilation's carry-over proposals in the caller's districts")
	@GetMapping("/annual-compilations/{id}/carry-over-proposals")
	List<CarryOverProposal> proposals(@PathVariable UUID id) {
		compilations.get(CurrentActor.get(), id);
		return compilations.proposals(CurrentActor.get(), id);
	}

	@Operation(summary = "The district carries the activity into its plan for next year")
	@PostMapping("/carry-over-proposals/{id}/accept")
	CarryOverProposal accept(@PathVariable UUID id) {
		return compilations.accept(CurrentActor.get(), id);
	}

	@Operation(summary = "The district declines to carry the activity over", description = "reason optional")
	@PostMapping("/carry-over-proposals/{id}/decline")
	CarryOverProposal decline(@PathVariable UUID id, @RequestBody(required = false) DeclineRequest request) {
		return compilations.decline(CurrentActor.get(), id, request == null ? null : request.reason());
	}

	@Operation(summary = "The compilation as a file", description = "format: pdf, xlsx or csv (the comparison of the districts). async=true: 202 with the export job.")
	@GetMapping("/annual-compilations/{id}/export")
	ResponseEntity<?> export(@PathVariable UUID id, @RequestParam(required = false) String format,
			@RequestParam(defaultValue = "false") boolean async) {
		return Downloads.answer(exports, FollowupExports.Kind.COMPILATION, id, format, async);
	}

	@Operation(summary = "The action plan as a file", description = """
			format: pdf, xlsx or csv (its activities); docx comes with the plan document (issue 15). \
			async=true: 202 with the export job.""")
	@GetMapping("/action-plans/{id}/export")
	ResponseEntity<?> exportPlan(@PathVariable UUID id, @RequestParam(required = false) String format,
			@RequestParam(defaultValue = "false") boolean async) {
		return Downloads.answer(exports, FollowupExports.Kind.PLAN, id, format, async);
	}
}
