package se.samverkan.support;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.platform.text.NoPersonalIdentityNumber;

/** A test-only endpoint with free text, to check the guard and the error format end to end. */
@RestController
class ProbeController {

	record Note(@NotBlank @Size(max = 2000) @NoPersonalIdentityNumber String text,
			@NoPersonalIdentityNumber String proposal) {
	}

	@PostMapping("/api/v1/test-probe/notes")
	Note echo(@Valid @RequestBody Note note) {
		return note;
	}
}
