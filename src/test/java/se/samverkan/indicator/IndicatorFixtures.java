package se.samverkan.indicator;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.support.Api;
import se.samverkan.support.Fixtures;

/** Builders for indicators and values over the API, and clean-up of what the tests create. */
final class IndicatorFixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final Api api;

	private final JdbcClient jdbc;

	private final Fixtures fixtures;

	IndicatorFixtures(Api api, JdbcClient jdbc) {
		this.api = api;
		this.jdbc = jdbc;
		this.fixtures = new Fixtures(jdbc);
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/** Removes the test indicators, entered values, plans and problems (the starter set and the demo stay). */
	void removeAll() {
		jdbc.sql("DELETE FROM action_plan").update();
		jdbc.sql("DELETE FROM problem").update();
		fixtures.removeTestIndicators();
	}

	UUID unit(String code) {
		return fixtures.unit(code);
	}

	UUID sodermalm() {
		return unit("SODERMALM");
	}

	UUID farsta() {
		return unit("FARSTA");
	}

	List<UUID> areas() {
		return fixtures.priorityAreas();
	}

	/** A definition body: a district-level yearly indicator in the second priority area (unsafe places). */
	Map<String, Object> definition(String code) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("name", "Andel otrygga vid " + code);
		body.put("unit", "%");
		body.put("direction", "LOWER_IS_BETTER");
		body.put("source", "SAFETY_SURVEY");
		body.put("sourceRef", "Trygghetsmätning");
		body.put("priorityAreaIds", List.of(areas().get(1)));
		body.put("level", "DISTRICT");
		body.put("frequency", "YEARLY");
		body.put("public", false);
		body.put("definition", "Andelen som känner sig otrygga.");
		body.put("limitations", "Enkät.");
		return body;
	}

	UUID indicator(String code) {
		return indicator(definition(code));
	}

	UUID indicator(Map<String, Object> body) {
		Api.Response response = api.postAs("beredning.stad", "/api/v1/indicators", json(body));
		if (response.status() != 201) {
			throw new IllegalStateException("indicator -> " + response.status() + ": " + response.raw().body());
		}
		return UUID.fromString(response.body().get("id").asString());
	}

	static Map<String, Object> value(UUID unit, String period, Object value) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unitId", unit);
		body.put("period", period);
		body.put("value", value);
		return body;
	}

	Api.Response putValues(String username, UUID indicator, List<?> values) {
		return put(username, "/api/v1/indicators/" + indicator + "/values", json(values));
	}

	Api.Response put(String username, String path, String body) {
		return api.send(api.request(path, api.tokenFor(username))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	Api.Response upload(String username, String path, byte[] file, String type) {
		return api.send(api.request(path, api.tokenFor(username))
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofByteArray(file))
			.build());
	}

	long storedValues(UUID indicator) {
		return jdbc.sql("SELECT count(*) FROM indicator_value WHERE indicator_id = :id").param("id", indicator)
			.query(Long.class)
			.single();
	}

	static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		if (problem != null && problem.get("errors") != null) {
			problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
		}
		return fields;
	}
}
