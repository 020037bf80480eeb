package se.samverkan.governance.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.governance.PartnerDirectory;
import se.samverkan.identity.CurrentActor;
import se.samverkan.organisation.Partner;

/** The partner register: responsible bodies beyond the two parties, for activities to name. */
@RestController
@RequestMapping("/api/v1/partners")
@Tag(name = "Planning")
class PartnerController {

	private final PartnerDirectory partners;

	PartnerController(PartnerDirectory partners) {
		this.partners = partners;
	}

	record PartnerRequest(String name, String kind) {
	}

	@GetMapping
	@Operation(summary = "The partner organisations (region, schools, housing companies, associations ...)",
			description = "active=true: only those still active")
	List<Partner> list(@RequestParam(defaultValue = "false") boolean active) {
		return partners.all(CurrentActor.get(), active);
	}

	@PostMapping
	@Operation(summary = "Registers a partner organisation (central coordinators and system administrators)",
			description = "kind: HOUSING_COMPANY, SCHOOL, SECURITY_COMPANY, BUSINESS, CIVIL_SOCIETY, PUBLIC_AUTHORITY or OTHER")
	ResponseEntity<Partner> register(@RequestBody(required = false) PartnerRequest request) {
		PartnerRequest body = request == null ? new PartnerRequest(null, null) : request;
		Partner partner = partners.register(CurrentActor.get(), body.name(), body.kind());
		return ResponseEntity.created(URI.create("/api/v1/partners")).body(partner);
	}
}
