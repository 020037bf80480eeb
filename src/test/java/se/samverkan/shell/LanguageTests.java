package se.samverkan.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkan.support.Api;
import se.samverkan.support.IntegrationTest;

@IntegrationTest
class LanguageTests {

	@LocalServerPort
	int port;

	@Test
	void servesPagesInSwedishWhateverTheBrowserPrefers() {
		var api = new Api(port);
		var english = api.send(api.request("/login", null).header("Accept-Language", "en-US,en;q=0.9").GET().build());
		assertThat(english.raw().body()).contains("Logga in i Samverkan").contains("lang=\"sv\"");
	}

	@Test
	void servesEnglishWhenTheUserChoosesIt() {
		var api = new Api(port);
		var chosen = api.get("/login?lang=en", null);
		assertThat(chosen.raw().body()).contains("Sign in to Samverkan").contains("lang=\"en\"");
		assertThat(chosen.header("Set-Cookie")).contains("samverkan-lang=en");
	}

	@Test
	void answersApiProblemsInEnglishWhenAsked() {
		var api = new Api(port);
		var problem = api.send(api.request("/api/v1/units/00000000-0000-0000-0000-000000000000", api.tokenFor("lasare"))
			.header("Accept-Language", "en")
			.GET()
			.build());
		assertThat(problem.body().get("detail").asString()).startsWith("There is no unit");
	}
}
