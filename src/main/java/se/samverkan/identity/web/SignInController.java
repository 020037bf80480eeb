package se.samverkan.identity.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.samverkan.identity.CurrentActor;

/** The sign-in page; the form posts to Spring Security's /login. */
@Controller
class SignInController {

	private final ObjectProvider<ClientRegistrationRepository> oidc;

	SignInController(ObjectProvider<ClientRegistrationRepository> oidc) {
		this.oidc = oidc;
	}

	@GetMapping("/login")
	String signIn(Model model) {
		if (CurrentActor.find().isPresent()) {
			return "redirect:/";
		}
		model.addAttribute("oidcEnabled", oidc.getIfAvailable() != null);
		return "identity/login";
	}
}
