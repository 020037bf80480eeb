package se.samverkan.planning;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.support.Api;
import se.samverkan.support.Fixtures;

/** Builders for problems, plans and activities over the API, and clean-up of what the tests create. */
public final class PlanningFixtures {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final Api api;

	private final JdbcClient jdbc;

	private final Fixtures fixtures;

	public PlanningFixtures(Api api, JdbcClient jdbc) {
		this.api = api;
		this.jdbc = jdbc;
		this.fixtures = new Fixtures(jdbc);
	}

	/** Removes every plan and problem (only these tests create them), and the evidence made for them. */
	public void removeAll() {
		jdbc.sql("DELETE FROM action_plan").update();
		jdbc.sql("DELETE FROM problem").update();
		jdbc.sql("DELETE FROM observation WHERE reported_by = 'planning-fixtures'").update();
		jdbc.sql("DELETE FROM situation_picture WHERE created_by = 'planning-fixtures'").update();
		jdbc.sql("DELETE FROM place WHERE created_by = 'planning-fixtures'").update();
	}

	/** An observation in the district, as evidence a problem may cite (problems cite only what exists). */
	public UUID observation(UUID district) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO observation (id, occurred_at, reported_by, source, district_id, category_code,
				                         priority_area_code, severity)
				VALUES (?, now(), 'planning-fixtures', 'API', ?, 'LITTERING', 'UNSAFE_PLACES', 1)""")
			.params(id, district)
			.update();
		return id;
	}

	/** A draft situation picture of the district, as evidence. */
	public UUID picture(UUID district) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO situation_picture (id, district_id, period, period_start, period_end, author_party, status,
				                               created_by)
				VALUES (?, ?, '2026', DATE '2026-01-01', DATE '2026-12-31', 'CITY', 'DRAFT', 'planning-fixtures')""")
			.params(id, district)
			.update();
		return id;
	}

	/** A place in the district, as the situation module keeps them. */
	public UUID place(UUID district) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO place (id, name, district_id, created_by) VALUES (?, 'Tunnelbaneuppgången', ?, 'planning-fixtures')")
			.params(id, district)
			.update();
		return id;
	}

	public UUID sodermalm() {
		return fixtures.unit("SODERMALM");
	}

	public UUID farsta() {
		return fixtures.unit("FARSTA");
	}

	public List<UUID> areas() {
		return fixtures.priorityAreas();
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	public Map<String, Object> problem(UUID district, String title) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("districtId", district);
		body.put("priorityAreaId", areas().get(1));
		body.put("title", title);
		body.put("description", "Otrygghet kvällstid kring tunnelbaneuppgången");
		body.put("placeIds", List.of(place(district)));
		body.put("evidence", List.of(Map.of("type", "OBSERVATION", "id", observation(district)),
				Map.of("type", "SITUATION_PICTURE", "id", picture(district))));
		return body;
	}

	public Map<String, Object> cause(String text, UUID parent, String side, String factor) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("text", text);
		body.put("parentCauseId", parent);
		body.put("triangleSide", side);
		body.put("factor", factor);
		return body;
	}

	public Map<String, Object> activity(UUID responsibleUnit, List<UUID> causeIds) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "Trygghetsvandringar kring Medborgarplatsen");
		body.put("what", "Trygghetsvandringar med boende och fastighetsägare");
		body.put("how", "En vandring i månaden kvällstid, med protokoll till fastighetsägarna");
		body.put("followUpMethod", "Antal vandringar och åtgärdade brister, tertialvis");
		body.put("responsibleParty", "JOINT");
		body.put("responsibleUnitId", responsibleUnit);
		body.put("responsiblePerson", "Trygghetssamordnaren");
		body.put("participants", "Fastighetsägare, lokalpolisområdet");
		body.put("startDate", "2026-02-01");
		body.put("endDate", "2026-11-30");
		body.put("priorityAreaIds", List.of(areas().get(1)));
		body.put("causeIds", causeIds);
		body.put("goalIds", List.of());
		body.put("preventionLevel", "UNIVERSAL");
		body.put("preventionType", "SITUATIONAL");
		body.put("horizon", "SHORT_TERM");
		body.put("targetCount", 8);
		return body;
	}

	public JsonNode created(String username, String path, Object body) {
		Api.Response response = api.postAs(username, path, json(body));
		if (response.status() != 201) {
			throw new IllegalStateException(path + " -> " + response.status() + ": " + response.raw().body());
		}
		return response.body();
	}

	/** An activity of the city-wide plan acting on a cause of a problem in Södermalm: the activity's and the cause's ids. */
	public List<UUID> cityWideActivityOnASodermalmCause(String causeText) {
		JsonNode problem = created("samordnare.sodermalm", "/api/v1/problems", problem(sodermalm(), "Droghandel i parken"));
		UUID cause = UUID.fromString(created("samordnare.sodermalm",
				"/api/v1/problems/" + problem.get("id").asString() + "/causes", cause(causeText, null, "PLACE", "RISK"))
			.get("id")
			.asString());
		UUID plan = UUID.fromString(created("beredning.stad", "/api/v1/action-plans",
				Map.of("scope", "CITY_WIDE", "year", 2026)).get("id").asString());
		UUID activity = UUID.fromString(created("beredning.stad", "/api/v1/action-plans/" + plan + "/activities",
				activity(sodermalm(), List.of(cause))).get("id").asString());
		return List.of(activity, cause);
	}

	public UUID localPlan(String username, UUID district, int year) {
		return UUID.fromString(created(username, "/api/v1/action-plans",
				Map.of("scope", "LOCAL", "districtId", district, "year", year)).get("id").asString());
	}

	public Api.Response put(String username, String path, String json) {
		return api.send(api.request(path, api.tokenFor(username))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}
}
