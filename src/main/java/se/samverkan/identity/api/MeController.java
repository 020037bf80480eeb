package se.samverkan.identity.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;

/** Who the caller is. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Authentication")
class MeController {

	record Me(String username, String displayName, String party, List<Grant> roles) {
	}

	record Grant(String role, UUID unitId, String unitName) {
	}

	@GetMapping("/me")
	Me me() {
		Actor actor = CurrentActor.get();
		return new Me(actor.username(), actor.displayName(), actor.party(), actor.grants()
			.stream()
			.map(grant -> new Grant(grant.role().name(), grant.unitId(), grant.unitName()))
			.toList());
	}
}
