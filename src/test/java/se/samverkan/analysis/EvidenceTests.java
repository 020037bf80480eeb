package se.samverkan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planning.PlanningFixtures.json;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/**
 * A problem cites only evidence that exists, that its author may read, and that belongs to its
 * district (issue 14, point 8); and an activity of the city-wide plan shows only the causes its
 * reader may read.
 */
class EvidenceTests extends ApiTest {

	private PlanningFixtures given;

	@BeforeEach
	void setUp() {
		given = new PlanningFixtures(api, jdbc);
		given.removeAll();
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
	}

	@Test
	void refusesEvidenceThatDoesNotExist() {
		var refused = register("samordnare.sodermalm", given.sodermalm(),
				List.of(evidence("OBSERVATION", UUID.randomUUID()), evidence("SITUATION_PICTURE", UUID.randomUUID())));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("evidence[0]:unknown", "evidence[1]:unknown");
		assertThat(jdbc.sql("SELECT count(*) FROM problem").query(Long.class).single()).isZero();
	}

	@Test
	void refusesEvidenceTheAuthorMayNotRead() {
		var refused = register("samordnare.sodermalm", given.sodermalm(),
				List.of(evidence("OBSERVATION", given.observation(given.farsta())),
						evidence("SITUATION_PICTURE", given.picture(given.farsta()))));
		assertThat(fields(refused)).containsExactly("evidence[0]:unknown", "evidence[1]:unknown");
	}

	@Test
	void refusesEvidenceOfAnotherDistrictEvenToThoseWhoReadIt() {
		var refused = register("beredning.stad", given.sodermalm(),
				List.of(evidence("OBSERVATION", given.observation(given.farsta()))));
		assertThat(fields(refused)).containsExactly("evidence[0]:other-district");
	}

	@Test
	void acceptsEvidenceOfTheDistrictAndIndicatorsThatExist() {
		UUID violentCrime = jdbc.sql("SELECT id FROM indicator WHERE code = 'KOLADA-N07403'").query(UUID.class).single();
		var unknown = register("samordnare.sodermalm", given.sodermalm(),
				List.of(evidence("INDICATOR", UUID.randomUUID())));
		assertThat(fields(unknown)).as("an indicator is checked by the indicator module").containsExactly("evidence[0].id:unknown");
		var registered = register("samordnare.sodermalm", given.sodermalm(),
				List.of(evidence("OBSERVATION", given.observation(given.sodermalm())),
						evidence("SITUATION_PICTURE", given.picture(given.sodermalm())),
						evidence("INDICATOR", violentCrime)));
		assertThat(registered.status()).isEqualTo(201);
		assertThat(registered.body().get("evidence")).hasSize(3);
	}

	@Test
	void givesOnlyTheCausesOfDistrictsTheReaderReads() {
		UUID cause = given.cityWideActivityOnASodermalmCause("Orsak i Södermalms analys").get(1);
		assertThat(problems.causes(actor("samordnare.farsta", "FARSTA"), List.of(cause))).isEmpty();
		assertThat(problems.causes(actor("samordnare.sodermalm", "SODERMALM"), List.of(cause))).extracting(Cause::text)
			.containsExactly("Orsak i Södermalms analys");
	}

	@org.springframework.beans.factory.annotation.Autowired
	ProblemManagement problems;

	private se.samverkan.identity.Actor actor(String username, String district) {
		return new se.samverkan.identity.Actor(UUID.randomUUID(), username, username, "CITY",
				List.of(new se.samverkan.identity.RoleGrant(se.samverkan.identity.Role.LOCAL_COORDINATOR,
						fixtures.unit(district), district)));
	}

	private Api.Response register(String username, UUID district, List<Map<String, Object>> evidence) {
		Map<String, Object> body = given.problem(district, "Problem med underlag");
		body.put("evidence", evidence);
		return api.postAs(username, "/api/v1/problems", json(body));
	}

	private static Map<String, Object> evidence(String type, UUID id) {
		return Map.of("type", type, "id", id);
	}

	private static List<String> fields(Api.Response response) {
		List<String> fields = new java.util.ArrayList<>();
		if (response.body() != null && response.body().has("errors")) {
			response.body().get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("code").asString()));
		}
		return fields;
	}
}
